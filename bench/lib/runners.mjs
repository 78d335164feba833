// One runner per scenario kind. Each prepares the scenario, measures it, and checks the server survived.
import { startCpuMeter } from './cpu.mjs';
import { runHttpLoad } from './http-load.mjs';
import { settledRss } from './memory.mjs';
import { closeSockets, openSockets } from './websocket-load.mjs';

const DEFAULT_WARMUP = 200;

function httpShape(scenario, settings) {
  return {
    connections: scenario.connections ?? settings.connections,
    seconds: typeof scenario.seconds === 'function' ? scenario.seconds(settings) : settings.duration,
  };
}

/** A fixed number of requests so JIT, caches and pools are warm before anything is measured. */
export async function warmUpHttp(scenario, ctx) {
  const { body, token, manyAddresses } = await scenario.prepare(ctx);
  const { connections } = httpShape(scenario, ctx.settings);
  const amount = scenario.warmup ?? DEFAULT_WARMUP;
  const result = await runHttpLoad({ url: ctx.server.url, body, token, connections, amount, manyAddresses });
  ctx.server.assertAlive();
  return result;
}

async function runHttp(scenario, ctx) {
  const { body, token, manyAddresses } = await scenario.prepare(ctx);
  const { connections, seconds } = httpShape(scenario, ctx.settings);
  const cpuSince = startCpuMeter(ctx.server.pid);
  const load = await runHttpLoad({ url: ctx.server.url, body, token, connections, seconds, manyAddresses });
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

export const RUNNERS = { http: runHttp, websocket: runWebsocket };
