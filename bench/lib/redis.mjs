// Redis for scenarios with several instances: BENCH_REDIS_URL when given, otherwise a throwaway redis-server of
// our own on a free loopback port (no persistence), stopped on every way out.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { freePort } from './server-process.mjs';

const READY_TIMEOUT_MS = 10_000;

/** The redis-server binary (PATH, then the Debian locations), or null when it is not installed. */
function redisServerBinary() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin'];
  return dirs.map((dir) => join(dir, 'redis-server')).find((candidate) => existsSync(candidate)) ?? null;
}

/** Starts redis-server on a free port; resolves with `{ url, pid, stop }` once it accepts connections. */
async function startRedisServer(binary) {
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const exited = new Promise((done) => child.once('exit', done));
  const stop = onCleanup(`redis-server on port ${port}`, async () => {
    process.off('exit', kill);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  let output = '';
  try {
    await new Promise((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`redis-server was not ready within 10 s:\n${output}`)), READY_TIMEOUT_MS);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          ready();
        }
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  child.stdout.resume();
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid, stop };
}

/** `{ url, stop }` of the Redis to use, or `{ skipped }` saying why there is none. */
export async function provideRedis(givenUrl) {
  if (givenUrl) return { url: givenUrl, stop: async () => {} };
  const binary = redisServerBinary();
  if (!binary) return { skipped: 'redis-server is not installed (apt-get install redis-server) and BENCH_REDIS_URL is not set' };
  return startRedisServer(binary);
}
