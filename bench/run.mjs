// Benchmarks of the foundation: GraphQL throughput on the hot paths, websocket fan-out and server memory.
//
// Run with `npm run bench` (builds the server first; needs the project's Node, e.g.
// `PATH=$PWD/node_modules/.bin:$PATH npm run bench`). Never part of `npm test`.
// The server runs as its own process (`node server/dist/main.js` on a free loopback port, a fresh data folder,
// demo data seeded); autocannon drives it from this process, so load and server never share an event loop.
//
// Knobs (environment):
//   BENCH_DURATION  seconds per HTTP scenario (default 10; login runs at most 5)
//   BENCH_SOCKETS   websocket connections to open, and subscribers of the fan-out (default 1000)
//   BENCH_SEARCH_MESSAGES  messages in the generated search corpus (default 1000000; built once, then cached
//                   in the temp folder, see lib/search-corpus.mjs)
//   BENCH_ONLY      comma-separated scenario ids to run, e.g. `me-jwt,websocket` (the baseline always runs);
//                   ids are in bench/scenarios.mjs
//   BENCH_STRICT=1  exit 1 when a target fails (otherwise the exit code ignores targets)
//
// Order: bulk seeding (the server starts once to migrate, stops, scenarios' `seed` write into SQLite, it starts
// again) → light warm-up (a few requests of every HTTP scenario, even with BENCH_ONLY) → idle RSS → full warm-up → baseline →
// scenarios → baseline again → RSS after. Ratios divide by the mean of the two baselines: a shared machine drifts.
// The search scenario runs on a server of its own (a copy of its corpus); its ratio is to the same baselines.
// Latency percentiles are taken from every response as the bench saw it; targets are in bench/targets.mjs.
import os from 'node:os';
import { createApiToken, signIn } from './lib/graphql-client.mjs';
import { megabytes, readRss, settledRss } from './lib/memory.mjs';
import {
  describeErrors,
  printFanoutResults,
  printHttpResults,
  printMemory,
  printSearchResults,
  printSocketResults,
  printTargets,
  progress,
} from './lib/report.mjs';
import { HTTP_KINDS, RUNNERS, warmUpHttp } from './lib/runners.mjs';
import { startServer } from './lib/server-process.mjs';
import { assertNodeVersion, readSettings, UsageError } from './lib/settings.mjs';
import { BASELINE, SCENARIOS, selectScenarios } from './scenarios.mjs';
import { evaluateTargets } from './targets.mjs';

const DEMO_ACCOUNT = { email: 'agent@demo.local', password: 'bench-Lantern-73-violet' };

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

async function measure(scenario, ctx, label = scenario.id) {
  progress(`running ${label}…`);
  const result = await RUNNERS[scenario.kind](scenario, ctx);
  return { id: label, title: scenario.title, kind: scenario.kind, result };
}

/** Bulk data of every scenario that has some: all HTTP scenarios are warmed up, so all of it is always written. */
async function seedAll(file) {
  for (const scenario of SCENARIOS.filter((s) => s.seed)) {
    progress(`seeding ${scenario.id}…`);
    await scenario.seed(file);
  }
}

/** Runs everything against a started server and prints the report; returns the exit code. */
async function bench(server, settings, scenarios) {
  const ctx = createContext(server, settings);
  const readyRss = readRss(server.pid);
  // "Idle with everything loaded": every HTTP scenario touched a few times, one request at a time, also those
  // BENCH_ONLY leaves out, so what loads lazily (zxcvbn, jieba, argon2's memory) is in and idle RSS does not
  // depend on the subset. Then the full warm-up (JIT, caches) before anything is measured.
  const everyPath = [BASELINE, ...SCENARIOS.filter((s) => s.kind === 'http')];
  await warmUp(everyPath, ctx, { light: true });
  const idleRss = await settledRss(server.pid);
  await warmUp(everyPath, ctx);

  const runs = [await measure(BASELINE, ctx, 'baseline#1')];
  for (const scenario of scenarios) runs.push(await measure(scenario, ctx));
  runs.push(await measure(BASELINE, ctx, 'baseline#2'));
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
  const { rows, failed } = evaluateTargets({
    ratios: new Map(httpRuns.map((r) => [r.id, r.ratio])),
    results: new Map(runs.map((r) => [r.id, r.result])),
    memory,
  });
  printTargets(rows);
  return failed && settings.strict ? 1 : 0;
}

let server;
// Ctrl-C or a kill: stop the server and remove its data before leaving (the default would leave both behind).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    progress(`${signal}: stopping the server`);
    await server?.stop();
    process.exit(130);
  });
}

try {
  assertNodeVersion();
  const settings = readSettings();
  const scenarios = selectScenarios(settings.only);
  // Read before the server starts: its own start-up would count as load.
  const load = os.loadavg()[0];
  progress('starting the server…');
  server = await startServer({ password: DEMO_ACCOUNT.password, seed: seedAll });
  console.log(
    `bench: Node ${process.version}; ${settings.connections} connections × ${settings.duration} s per HTTP scenario; ` +
      `${settings.sockets} sockets`,
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${load.toFixed(2)} before start ` +
      '(other work on the machine skews every number)',
  );
  console.log(
    `server: pid ${server.pid} at ${server.url}, ready in ${Math.round(server.readyMs)} ms on the seeded database (NODE_ENV=test, SQLite in a temp dir)`,
  );
  process.exitCode = await bench(server, settings, scenarios);
} catch (error) {
  console.error(`\nbench failed: ${error instanceof UsageError ? error.message : (error.stack ?? error)}`);
  process.exitCode = 1;
} finally {
  const stopped = await server?.stop();
  if (stopped && (stopped.forced || stopped.code !== 0)) {
    console.error(
      `warning: the server did not stop cleanly on SIGTERM (code ${stopped.code}, signal ${stopped.signal}` +
        `${stopped.forced ? ', killed after 10 s' : ''}). Its last output:\n${server.output()}`,
    );
  }
}
