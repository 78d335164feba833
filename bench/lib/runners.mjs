// One runner per scenario kind. Each prepares the scenario, measures it, and checks the server survived.
import { startCpuMeter } from './cpu.mjs';
import { runFanout } from './fanout-load.mjs';
import { gql } from './graphql-client.mjs';
import { runHttpLoad } from './http-load.mjs';
import { readRss, settledRss } from './memory.mjs';
import { sortedSamples } from './stats.mjs';
import { closeSockets, openSockets } from './websocket-load.mjs';

const DEFAULT_WARMUP = 200;
const LIGHT_WARMUP = 5;

function httpShape(scenario, settings) {
  return {
    connections: scenario.connections ?? settings.connections,
    seconds: typeof scenario.seconds === 'function' ? scenario.seconds(settings) : settings.duration,
  };
}

/**
 * A fixed number of requests so JIT, caches and pools are warm before anything is measured; `light` sends a few,
 * one at a time: enough to load every code path, not enough to grow the heap.
 */
export async function warmUpHttp(scenario, ctx, { light = false } = {}) {
  const { body, path, token, manyAddresses, nextBody } = await scenario.prepare(ctx);
  const shape = httpShape(scenario, ctx.settings);
  const connections = light ? 1 : shape.connections;
  const amount = light ? LIGHT_WARMUP : (scenario.warmup ?? DEFAULT_WARMUP);
  const result = await runHttpLoad({ url: ctx.server.url, body, path, token, connections, amount, manyAddresses, nextBody });
  ctx.server.assertAlive();
  return result;
}

async function runHttp(scenario, ctx) {
  const { body, path, token, manyAddresses, nextBody } = await scenario.prepare(ctx);
  const { connections, seconds } = httpShape(scenario, ctx.settings);
  const cpuSince = startCpuMeter(ctx.server.pid);
  const load = await runHttpLoad({ url: ctx.server.url, body, path, token, connections, seconds, manyAddresses, nextBody });
  const cpu = cpuSince();
  ctx.server.assertAlive();
  return { ...load, connections, seconds, cpu };
}

/**
 * Opens the sockets and keeps them open a second before reading the server's RSS, against a reading taken
 * after a quiet second before: the difference is what idle authenticated sockets cost the server.
 */
async function runWebsocket(scenario, ctx) {
  const { token, count } = await scenario.prepare(ctx);
  const pid = ctx.server.pid;
  const rssBefore = await settledRss(pid, 1000);
  const cpuSince = startCpuMeter(pid);
  const { sockets, ...opened } = await openSockets({ url: ctx.server.url, token, count });
  const cpu = cpuSince();
  const rssOpen = await settledRss(pid, 1000);
  ctx.server.assertAlive();
  await closeSockets(sockets);
  const rssDelta = rssBefore === null || rssOpen === null ? null : rssOpen - rssBefore;
  return {
    ...opened,
    count,
    opened: sockets.length,
    cpu,
    rssDelta,
    rssPerSocket: rssDelta === null || sockets.length === 0 ? null : rssDelta / sockets.length,
  };
}

/**
 * Subscribers of one conversation and a steady stream of messages: delivery delays, the server's CPU while it
 * fans out, and what the subscribed sockets cost it in memory. With several instances (`ctx.servers`), the
 * subscribers are spread over all of them, messages go through the first, and CPU and memory are their sums.
 */
async function runFanoutScenario(scenario, ctx) {
  const { token, conversationId, count, messages, intervalMs } = await scenario.prepare(ctx);
  const servers = ctx.servers ?? [ctx.server];
  const pids = servers.map((s) => s.pid);
  const totalRss = () => {
    const each = pids.map(readRss);
    return each.includes(null) ? null : each.reduce((sum, bytes) => sum + bytes, 0);
  };
  await settledRss(pids[0], 1000);
  const rssBefore = totalRss();
  let rssSubscribed = null;
  const { sockets, measured, measuredMs, ...result } = await runFanout({
    url: servers[0].url,
    subscriberUrls: servers.map((s) => s.url),
    token,
    conversationId,
    count,
    messages,
    intervalMs,
    onMeasuring: () => {
      rssSubscribed = totalRss();
      return startCpuMeter(pids);
    },
  });
  for (const server of servers) server.assertAlive();
  await closeSockets(sockets);
  return {
    ...result,
    count,
    instances: servers.length,
    opened: sockets.length,
    cpu: measured,
    // Server CPU per message sent, fan-out to every subscriber included (see serverMsPerRequest in report.mjs).
    serverMsPerMessage: measured.server === null ? null : ((measured.server / 100) * measuredMs) / messages,
    rssDelta: rssBefore === null || rssSubscribed === null ? null : rssSubscribed - rssBefore,
  };
}

/** Each probe query once, one at a time: which words are slow on their own, without queueing behind others. */
async function probeQueries(url, token, bodies) {
  const probes = [];
  for (const body of bodies) {
    const started = performance.now();
    const data = await gql(url, body.query, { variables: body.variables, token });
    probes.push({ query: body.variables.query, ms: performance.now() - started, hits: data.searchMessages.edges.length });
  }
  return probes;
}

/**
 * Search over a generated desk (the scenario's own server, see lib/desk-servers.mjs): warm-up, one probe per
 * query word, then the load with a different random query per request.
 */
async function runSearch(scenario, ctx) {
  const { nextBody, probeBodies } = await scenario.prepare(ctx);
  const { connections, seconds } = httpShape(scenario, ctx.settings);
  const { server } = ctx;
  const token = await ctx.sessionToken();
  const warmUp = await runHttpLoad({ url: server.url, token, connections, amount: scenario.warmup ?? DEFAULT_WARMUP, nextBody });
  const probes = await probeQueries(server.url, token, probeBodies);
  const idleRss = await settledRss(server.pid);
  const cpuSince = startCpuMeter(server.pid);
  const load = await runHttpLoad({ url: server.url, token, connections, seconds, nextBody });
  const cpu = cpuSince();
  server.assertAlive();
  const afterRss = await settledRss(server.pid);
  return {
    ...load,
    connections,
    seconds,
    cpu,
    corpus: ctx.desk,
    warmUpErrors: warmUp.errors,
    probes,
    probeMs: sortedSamples(probes.map((p) => p.ms)),
    server: { readyMs: server.readyMs, idleRss, afterRss },
  };
}

export const RUNNERS = { http: runHttp, websocket: runWebsocket, fanout: runFanoutScenario, search: runSearch };

/** Kinds whose results are HTTP loads: they share the HTTP table and the ratio to the baseline. */
export const HTTP_KINDS = new Set(['http', 'search']);
