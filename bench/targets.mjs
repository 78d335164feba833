// The bars the foundation must clear. `check(run)` returns { value, pass }, or null when its data was not
// measured (scenario left out by BENCH_ONLY, no /proc).
import { num, pct } from './lib/report.mjs';
import { percentile } from './lib/stats.mjs';

/** Throughput of a scenario as a share of the signed-out baseline. */
function ratioAtLeast(id, minimum) {
  return (run) => {
    const ratio = run.ratios.get(id);
    return ratio === undefined ? null : { value: pct(ratio), pass: ratio >= minimum };
  };
}

/** A latency percentile of a scenario's HTTP responses, in ms; errors fail it (an error answer is often a fast one). */
function latencyAtMost(id, key, maximum) {
  return (run) => {
    const result = run.results.get(id);
    if (result === undefined) return null;
    const errors = result.errors > 0 ? `, ${num(result.errors)} errors` : '';
    return { value: `${num(result[key], 1)} ms${errors}`, pass: result[key] <= maximum && result.errors === 0 };
  };
}

/** Fan-out: the p99 delay, and every subscriber got every message (a lost one is no fast delivery). */
function fanoutWithin(id, maximum) {
  return (run) => {
    const result = run.results.get(id);
    if (result === undefined) return null;
    const lost = result.expected - result.delivered;
    return { value: `${num(result.p99, 1)} ms${lost > 0 ? `, ${num(lost)} lost` : ''}`, pass: result.p99 <= maximum && lost === 0 };
  };
}

/** Search probes, one query at a time (every query word once): the p95 of what a single searcher waits. */
function probesWithin(id, maximum) {
  return (run) => {
    const result = run.results.get(id);
    if (result === undefined) return null;
    const p95 = percentile(result.probeMs, 95);
    return { value: `${num(p95, 1)} ms`, pass: p95 <= maximum };
  };
}

export const TARGETS = [
  { label: 'signed-in { __typename } ≥ 50% of signed-out', check: ratioAtLeast('typename-jwt', 50) },
  { label: 'me ≥ 45% of signed-out', check: ratioAtLeast('me-jwt', 45) },
  { label: 'inbox page of 50, 50 conns: p95 ≤ 50 ms', check: latencyAtMost('inbox-page', 'p95', 50) },
  { label: 'inbox page of 50, 50 conns, PostgreSQL: p95 ≤ 50 ms', check: latencyAtMost('inbox-page-pg', 'p95', 50) },
  { label: 'messageAdded fan-out: p99 ≤ 100 ms, none lost', check: fanoutWithin('message-fanout', 100) },
  { label: 'fan-out over 2 instances + Redis: p99 ≤ 150 ms, none lost', check: fanoutWithin('message-fanout-2x', 150) },
  { label: 'search (generated corpus), one at a time: p95 ≤ 50 ms', check: probesWithin('search-1m', 50) },
  { label: 'search (generated corpus), 10 in flight: p95 ≤ 50 ms', check: latencyAtMost('search-1m', 'p95', 50) },
  { label: 'search, PostgreSQL, one at a time: p95 ≤ 50 ms', check: probesWithin('search-1m-pg', 50) },
  { label: 'search, PostgreSQL, 10 in flight: p95 ≤ 50 ms', check: latencyAtMost('search-1m-pg', 'p95', 50) },
  { label: 'dashboard of a month, 100,000 conversations: p95 ≤ 300 ms', check: latencyAtMost('dashboard-month', 'p95', 300) },
  {
    label: 'idle RSS ≤ 250 MB',
    check: ({ memory }) => (memory.idleMb === null ? null : { value: `${num(memory.idleMb, 1)} MB`, pass: memory.idleMb <= 250 }),
  },
  {
    label: 'after-run RSS ≤ 2 × idle',
    check: ({ memory }) => {
      if (memory.idleMb === null || memory.afterMb === null) return null;
      const ratio = memory.afterMb / memory.idleMb;
      return { value: `${num(ratio, 2)} ×`, pass: ratio <= 2 };
    },
  },
];

/** Evaluates every target: rows for the report, and whether any failed. */
export function evaluateTargets(run) {
  const rows = TARGETS.map((target) => {
    const outcome = target.check(run);
    return [target.label, outcome?.value ?? '-', outcome === null ? 'skipped' : outcome.pass ? 'pass' : 'FAIL'];
  });
  return { rows, failed: rows.some((row) => row[2] === 'FAIL') };
}
