// Plain-text tables for the terminal: the first column left-aligned, numbers right-aligned.
import { percentile } from './stats.mjs';

/** Formats a number with fixed decimals, or '-' when there is none (skipped, not measurable). */
export function num(value, decimals = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function pct(value, decimals = 1) {
  return value === null || value === undefined || Number.isNaN(value) ? '-' : `${num(value, decimals)}%`;
}

/** Renders rows (arrays of strings) under headers, columns padded to their widest cell; the first `left` are text. */
export function table(headers, rows, left = 1) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i < left ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function section(title, body) {
  console.log(`\n${title}\n${body}`);
}

/** Progress goes to stderr so stdout holds only the report. */
export function progress(message) {
  process.stderr.write(`· ${message}\n`);
}

/** "RATE_LIMITED ×12, HTTP 401 ×3, timeouts 2": what the errors of a load run were. */
export function describeErrors(detail) {
  const parts = Object.entries(detail.graphqlErrors).map(([code, count]) => `${code} ×${count}`);
  for (const [status, { count }] of Object.entries(detail.statusCodes ?? {})) {
    if (!status.startsWith('2')) parts.push(`HTTP ${status} ×${count}`);
  }
  if (detail.timeouts) parts.push(`timeouts ${detail.timeouts}`);
  if (detail.socketErrors) parts.push(`socket errors ${detail.socketErrors}`);
  return parts.join(', ');
}

/** A bench using most of a core was the bottleneck, not the server: its numbers would understate the server. */
const SATURATED_BENCH_CPU = 90;

/**
 * Server CPU time per response: unlike latency, it hardly changes when other work on the machine takes the CPU
 * away from the server (latency then grows, CPU per request does not), so it compares across busy runs.
 */
function serverMsPerRequest(result) {
  return result.cpu.server === null || result.total === 0 ? null : (result.cpu.server / 100) * ((result.seconds * 1000) / result.total);
}

/** HTTP runs: throughput, latency (from every response, as the bench saw it), errors, and CPU of both sides. */
export function printHttpResults(runs, baseline) {
  const headers = [
    'id',
    'scenario',
    'conns',
    'secs',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'ratio',
    'srv CPU',
    'bench CPU',
    'srv ms/req',
  ];
  const rows = runs.map(({ id, title, result, ratio }) => [
    id,
    title,
    num(result.connections),
    num(result.seconds),
    num(result.reqPerSec),
    num(result.p50, 2),
    num(result.p95, 2),
    num(result.p99, 2),
    num(result.errors),
    pct(ratio),
    pct(result.cpu.server, 0),
    pct(result.cpu.bench, 0),
    num(serverMsPerRequest(result), 2),
  ]);
  section(
    'HTTP (POST /graphql over loopback; ratio = req/s ÷ mean of the two baselines; srv ms/req = server CPU time per response)',
    table(headers, rows, 2),
  );
  const drift = ((baseline.second - baseline.first) / baseline.first) * 100;
  console.log(
    `baseline: first ${num(baseline.first)} req/s, last ${num(baseline.second)} req/s, ` +
      `mean ${num(baseline.mean)} req/s (drift ${drift >= 0 ? '+' : ''}${num(drift, 1)}%)`,
  );
  for (const { id, result } of runs) {
    if (result.errors > 0) console.log(`errors in ${id}: ${describeErrors(result.detail)}`);
    if (result.cpu.bench >= SATURATED_BENCH_CPU) {
      console.log(`note: in ${id} the bench used ${pct(result.cpu.bench, 0)} of a core: the load generator may be the bottleneck`);
    }
  }
}

export function printSocketResults(runs) {
  const headers = [
    'id',
    'scenario',
    'sockets',
    'opened',
    'conn/s',
    'total ms',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'srv CPU',
    'RSS Δ MB',
    'KiB/socket',
  ];
  const rows = runs.map(({ id, title, result }) => [
    id,
    title,
    num(result.count),
    num(result.opened),
    num(result.perSecond),
    num(result.elapsedMs),
    num(result.p50, 1),
    num(result.p95, 1),
    num(result.p99, 1),
    pct(result.cpu.server, 0),
    result.rssDelta === null ? '-' : num(result.rssDelta / 1024 / 1024, 1),
    result.rssPerSocket === null ? '-' : num(result.rssPerSocket / 1024, 1),
  ]);
  section(
    'WebSocket (graphql-transport-ws: connect, connection_init with JWT, wait for connection_ack; server RSS)',
    table(headers, rows, 2),
  );
  for (const { id, result } of runs) {
    if (result.failures > 0) console.log(`failures in ${id}: ${result.failures}, first: ${result.firstFailure?.message}`);
  }
}

export function printMemory({ readyMb, idleMb, afterMb }) {
  const rows = [
    ['at ready (before warm-up)', readyMb === null ? 'n/a' : `${num(readyMb, 1)} MB`, ''],
    ['idle (start + warm-up, then 2 s)', idleMb === null ? 'n/a' : `${num(idleMb, 1)} MB`, ''],
    [
      'after all runs (then 2 s)',
      afterMb === null ? 'n/a' : `${num(afterMb, 1)} MB`,
      idleMb && afterMb ? `${num(afterMb / idleMb, 2)} × idle` : '',
    ],
  ];
  section('Server memory (VmRSS from /proc/<pid>/status)', table(['when', 'RSS', 'ratio'], rows));
}

export function printTargets(rows) {
  section('Targets', table(['target', 'value', 'result'], rows));
}

export function printFanoutResults(runs) {
  const headers = [
    'id',
    'inst',
    'subscribers',
    'live',
    'messages',
    'delivered',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'send p50',
    'send p95',
    'srv CPU',
    'srv ms/msg',
    'RSS Δ MB',
  ];
  const rows = runs.map(({ id, result }) => [
    id,
    num(result.instances),
    num(result.count),
    num(result.subscribed),
    `${num(result.messages)} × ${num(result.intervalMs)} ms`,
    `${num(result.delivered)} / ${num(result.expected)}`,
    num(result.p50, 1),
    num(result.p95, 1),
    num(result.p99, 1),
    num(result.max, 1),
    num(result.sendP50, 1),
    num(result.sendP95, 1),
    pct(result.cpu.server, 0),
    num(result.serverMsPerMessage, 1),
    result.rssDelta === null ? '-' : num(result.rssDelta / 1024 / 1024, 1),
  ]);
  section(
    'Fan-out (graphql-ws messageAdded; delay = arrival at a socket − just before the HTTP sendMessage; live = got a probe;\n' +
      'inst = server instances, subscribers spread evenly, messages sent through the first; srv CPU and RSS summed)',
    table(headers, rows),
  );
  for (const { id, result } of runs) {
    if (result.instances > 1) {
      const where = `${result.desk.database}${result.desk.redis ? ' + Redis' : ''}`;
      const each = result.byInstance.map(
        (d, i) => `#${i + 1}${i === 0 ? ' (sender)' : ''} p50 ${num(d.p50, 1)} ms, p99 ${num(d.p99, 1)} ms, ${num(d.delivered)} delivered`,
      );
      console.log(`${id}: ${result.instances} instances on ${where}; ${each.join('; ')}`);
    }
    const { connect, subscribeErrors, sendErrors } = result;
    if (connect.failures > 0) console.log(`connect failures in ${id}: ${connect.failures}, first: ${connect.firstFailure?.message}`);
    if (subscribeErrors.count > 0) console.log(`subscription errors in ${id}: ${subscribeErrors.count}, first: ${subscribeErrors.first}`);
    if (sendErrors.length > 0) console.log(`send errors in ${id}: ${sendErrors.length}, first: ${sendErrors[0]}`);
  }
}

const mb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${num(bytes / 1024 / 1024, 1)} MB`);
const seconds = (ms) => `${num(ms / 1000, 1)} s`;

/** What the search corpus holds and cost, its server's memory, and the single-query probes. */
export function printSearchResults(runs) {
  for (const { id, result } of runs) {
    const { corpus, server, probes, probeMs } = result;
    const slowest = [...probes].sort((a, b) => b.ms - a.ms).slice(0, 6);
    const rows = [
      ['database', corpus.database],
      ['corpus', `${num(corpus.messages)} messages in ${num(corpus.conversations)} conversations (EN + ZH, 5–50 each)`],
      ['database size', mb(corpus.dbBytes)],
      ['generation (bulk insert)', seconds(corpus.generationMs)],
      [
        'index (reindexAll)',
        `${seconds(corpus.indexMs)} for ${num(corpus.indexed.messages)} messages + ${num(corpus.indexed.subjects)} subjects` +
          (corpus.indexed.indexBuildMs ? `, then ${seconds(corpus.indexed.indexBuildMs)} to build its indexes + vacuum analyze` : ''),
      ],
      ['built', corpus.cached ? `cached, built ${corpus.builtAt}` : 'now'],
      ['server ready', `${num(server.readyMs)} ms`],
      ['server RSS idle / after load', `${mb(server.idleRss)} / ${mb(server.afterRss)}`],
      ['one query at a time', `${num(probes.length)} words: p50 ${num(percentile(probeMs, 50), 1)} ms, max ${num(probeMs.at(-1), 1)} ms`],
      ['slowest words (ms, hits ≤ 20)', slowest.map((p) => `${p.query} ${num(p.ms, 1)} (${p.hits})`).join(', ')],
    ];
    section(`Search ${id} (a server of its own on the generated desk)`, table(['what', 'value'], rows, 2));
    if (result.warmUpErrors > 0) console.log(`errors in ${id} warm-up: ${result.warmUpErrors}`);
  }
}

/** Scenarios that could not run here (no PostgreSQL, no redis-server), and why. */
export function printSkipped(runs) {
  section(
    'Skipped',
    table(
      ['id', 'why'],
      runs.map(({ id, skipped }) => [id, skipped]),
    ),
  );
}
