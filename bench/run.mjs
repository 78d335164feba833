// Benchmarks of the foundation: GraphQL throughput on the hot paths, websocket fan-out and server memory, on
// SQLite and PostgreSQL, with one instance and with two sharing a Redis.
//
// Run with `npm run bench` (builds the server first; needs the project's Node, e.g.
// `PATH=$PWD/node_modules/.bin:$PATH npm run bench`). Never part of `npm test`.
// The server runs as its own process (`node server/dist/main.js` on a free loopback port, a fresh data folder,
// a generated desk: lib/desk.mjs, also `npm run bench:seed`); autocannon and the socket clients drive it from this
// process, so load and server never share an event loop.
//
// Knobs (environment):
//   BENCH_DURATION  seconds per HTTP scenario (default 10; login runs at most 5)
//   BENCH_SOCKETS   websocket connections to open, and subscribers of the fan-outs (default 1000; split evenly
//                   over the instances of message-fanout-2x)
//   BENCH_REPORT_CONVERSATIONS  conversations of the reports' desk (dashboard-month, export-year; default 100000,
//                   built once and cached like the search corpus)
//   BENCH_SEARCH_MESSAGES  messages in the generated search desk (default 1000000). SQLite's is built once, then
//                   cached in the temp folder (lib/search-corpus.mjs); PostgreSQL's is built for each run in a
//                   throwaway database (a few minutes at a million)
//   BENCH_PG_URL    admin URL of the PostgreSQL server where the *-pg scenarios (and message-fanout-2x) create
//                   their throwaway databases `bench_*`, dropped after (default postgres://ics:ics@127.0.0.1:5432/postgres;
//                   the role needs CREATEDB). Unreachable: *-pg scenarios are skipped with the reason, and
//                   message-fanout-2x shares a SQLite file instead
//   BENCH_REDIS_URL Redis of message-fanout-2x; without it a throwaway redis-server is started on a free port (the
//                   scenario is skipped when redis-server is not installed)
//   BENCH_ONLY      comma-separated scenario ids to run, e.g. `me-jwt,websocket` (the baseline always runs);
//                   ids are in bench/scenarios.mjs
//   BENCH_STRICT=1  exit 1 when a target fails (otherwise the exit code ignores targets)
//
// Order: the main desk is generated into SQLite (the server starts once to migrate and seed the demo data, stops,
// the rows are written, the index rebuilt), the server starts → light warm-up (a few requests of every HTTP
// scenario of the main server, even with BENCH_ONLY) → idle RSS → full warm-up → baseline → scenarios → baseline
// again → RSS after. Ratios divide by the mean of the two baselines: a shared machine drifts.
// Scenarios with a `desk` (PostgreSQL, the search corpus, two instances) run on servers of their own, started for
// the scenario on their own generated desk, warmed up, and stopped with their data after; their ratio is to the
// same baselines. Latency percentiles are taken from every response as the bench saw it; targets are in
// bench/targets.mjs. Every way out (end, error, Ctrl-C) stops every server and Redis and drops every database.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runCleanups, throwawayFolder } from './lib/cleanup.mjs';
import { seedDesk } from './lib/desk.mjs';
import { startDeskServers } from './lib/desk-servers.mjs';
import { createApiToken, signIn } from './lib/graphql-client.mjs';
import { megabytes, readRss, settledRss } from './lib/memory.mjs';
import {
  describeErrors,
  printFanoutResults,
  printHttpResults,
  printMemory,
  printSearchResults,
  printSkipped,
  printSocketResults,
  printTargets,
  progress,
} from './lib/report.mjs';
import { HTTP_KINDS, RUNNERS, warmUpHttp } from './lib/runners.mjs';
import { startServer } from './lib/server-process.mjs';
import { assertNodeVersion, BENCH_PASSWORD, readSettings, UsageError } from './lib/settings.mjs';
import { databaseFile } from './lib/sqlite.mjs';
import { BASELINE, MAIN_DESK_CONVERSATIONS, SCENARIOS, selectScenarios } from './scenarios.mjs';
import { evaluateTargets } from './targets.mjs';

const DEMO_ACCOUNT = { email: 'agent@demo.local', password: BENCH_PASSWORD };

/** What scenarios may ask for: fresh credentials, the settings, the running server. */
function createContext(server, settings) {
  let apiToken;
  const sessionToken = () => signIn(server.url, DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);
  return {
    server,
    settings,
    demoAccount: DEMO_ACCOUNT,
    sessionToken,
    /** One API token for the whole run: creating it is the scenario's setup, not its load. */
    apiToken: async () => {
      apiToken ??= createApiToken(server.url, await sessionToken(), 'bench');
      return apiToken;
    },
  };
}

async function warmUp(httpScenarios, ctx, options) {
  for (const scenario of httpScenarios) {
    const result = await warmUpHttp(scenario, ctx, options);
    const errors = result.errors > 0 ? `, ${result.errors} errors (${describeErrors(result.detail)})` : '';
    progress(`warm-up ${scenario.id}: ${result.total} requests${errors}`);
  }
}

/** A scenario on the main server, or (with `desk`) on servers of its own, warmed up first like the main one. */
async function measure(scenario, ctx, label = scenario.id) {
  const entry = { id: label, title: scenario.title, kind: scenario.kind };
  if (!scenario.desk) {
    progress(`running ${label}…`);
    return { ...entry, result: await RUNNERS[scenario.kind](scenario, ctx) };
  }
  const own = await startDeskServers(scenario, ctx);
  if (own.skipped) {
    progress(`skipping ${label}: ${own.skipped}`);
    return { ...entry, skipped: own.skipped };
  }
  try {
    const ownCtx = { ...createContext(own.servers[0], ctx.settings), servers: own.servers, desk: own.desk };
    if (scenario.kind === 'http') await warmUp([scenario], ownCtx);
    progress(`running ${label}…`);
    return { ...entry, result: { ...(await RUNNERS[scenario.kind](scenario, ownCtx)), desk: own.desk } };
  } finally {
    await own.stop();
  }
}

/** Runs everything against a started server and prints the report; returns the exit code. */
async function bench(server, settings, scenarios) {
  const ctx = createContext(server, settings);
  const readyRss = readRss(server.pid);
  // "Idle with everything loaded": every HTTP scenario touched a few times, one request at a time, also those
  // BENCH_ONLY leaves out, so what loads lazily (zxcvbn, jieba, argon2's memory) is in and idle RSS does not
  // depend on the subset. Then the full warm-up (JIT, caches) before anything is measured.
  const everyPath = [BASELINE, ...SCENARIOS.filter((s) => s.kind === 'http' && !s.desk)];
  await warmUp(everyPath, ctx, { light: true });
  const idleRss = await settledRss(server.pid);
  await warmUp(everyPath, ctx);

  const all = [await measure(BASELINE, ctx, 'baseline#1')];
  for (const scenario of scenarios) all.push(await measure(scenario, ctx));
  all.push(await measure(BASELINE, ctx, 'baseline#2'));
  const runs = all.filter((r) => !r.skipped);
  const afterRss = await settledRss(server.pid);

  const first = runs[0].result.reqPerSec;
  const second = runs.at(-1).result.reqPerSec;
  const baseline = { first, second, mean: (first + second) / 2 };
  const httpRuns = runs.filter((r) => HTTP_KINDS.has(r.kind)).map((r) => ({ ...r, ratio: (r.result.reqPerSec / baseline.mean) * 100 }));
  const memory = { readyMb: megabytes(readyRss), idleMb: megabytes(idleRss), afterMb: megabytes(afterRss) };

  printHttpResults(httpRuns, baseline);
  const socketRuns = runs.filter((r) => r.kind === 'websocket');
  if (socketRuns.length > 0) printSocketResults(socketRuns);
  const fanoutRuns = runs.filter((r) => r.kind === 'fanout');
  if (fanoutRuns.length > 0) printFanoutResults(fanoutRuns);
  const searchRuns = runs.filter((r) => r.kind === 'search');
  if (searchRuns.length > 0) printSearchResults(searchRuns);
  printMemory(memory);
  const skipped = all.filter((r) => r.skipped);
  if (skipped.length > 0) printSkipped(skipped);
  const { rows, failed } = evaluateTargets({
    ratios: new Map(httpRuns.map((r) => [r.id, r.ratio])),
    results: new Map(runs.map((r) => [r.id, r.result])),
    memory,
  });
  printTargets(rows);
  return failed && settings.strict ? 1 : 0;
}

let server;
// Ctrl-C or a kill: stop every server, drop the throwaway databases, stop Redis and remove the data before
// leaving (the default would leave all of it behind).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    progress(`${signal}: stopping the servers, removing their data`);
    await runCleanups();
    process.exit(130);
  });
}

try {
  assertNodeVersion();
  const settings = readSettings();
  const scenarios = selectScenarios(settings.only);
  // Read before the server starts: its own start-up would count as load.
  const load = os.loadavg()[0];
  // The main server's desk: generated into its SQLite file before it starts (the same generator as every desk).
  const dataDir = mkdtempSync(join(os.tmpdir(), 'ics-bench-'));
  throwawayFolder(dataDir);
  progress('seeding the main desk…');
  const mainDesk = await seedDesk({
    target: { kind: 'sqlite', file: databaseFile(dataDir) },
    password: DEMO_ACCOUNT.password,
    conversations: MAIN_DESK_CONVERSATIONS,
  });
  progress('starting the server…');
  server = await startServer({ password: DEMO_ACCOUNT.password, dataDir });
  console.log(
    `bench: Node ${process.version}; ${settings.connections} connections × ${settings.duration} s per HTTP scenario; ` +
      `${settings.sockets} sockets`,
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${load.toFixed(2)} before start ` +
      '(other work on the machine skews every number)',
  );
  console.log(
    `server: pid ${server.pid} at ${server.url}, ready in ${Math.round(server.readyMs)} ms on a generated desk of ` +
      `${mainDesk.conversations} conversations, ${mainDesk.messages.toLocaleString('en-US')} messages (NODE_ENV=test, SQLite in a temp dir)`,
  );
  process.exitCode = await bench(server, settings, scenarios);
} catch (error) {
  console.error(`\nbench failed: ${error instanceof UsageError ? error.message : (error.stack ?? error)}`);
  process.exitCode = 1;
} finally {
  const stopped = await server?.stop();
  await runCleanups();
  if (stopped && (stopped.forced || stopped.code !== 0)) {
    console.error(
      `warning: the server did not stop cleanly on SIGTERM (code ${stopped.code}, signal ${stopped.signal}` +
        `${stopped.forced ? ', killed after 10 s' : ''}). Its last output:\n${server.output()}`,
    );
  }
}
