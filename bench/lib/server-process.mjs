// Runs the built server as its own process, as `npm start` does at its core, so the load generator never
// shares its event loop. Every way out (normal end, error, Ctrl-C, crash) stops it and removes its data
// (unless the caller keeps it: the search corpus is built in a folder that outlives the server).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The Node flags of `npm start` (the server workspace's start script, e.g. its V8 heap settings), so the
 * measured server runs exactly as a real one does.
 */
function startFlags() {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'server', 'package.json'), 'utf8'));
  const words = scripts.start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js') throw new Error(`Unexpected server start script: ${scripts.start}`);
  return words.slice(1, -1);
}
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
/** Lines kept for error messages, and the most forwarded to stderr (a log line per request must not flood the report). */
const TAIL_LINES = 40;
const FORWARD_LIMIT = 50;

/** A port that was free a moment ago: bind port 0, read what the kernel chose, release it. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Only what Node needs from the bench's environment: settings such as DATABASE_URL or REDIS_URL in the
 * caller's shell must not change what is measured.
 */
function serverEnv(overrides) {
  const env = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'NODE_OPTIONS']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return { ...env, ...overrides };
}

/** Keeps the last lines of the child's output and forwards its logs (warnings and worse at LOG_LEVEL=warn). */
function collectOutput(child) {
  const tail = [];
  let forwarded = 0;
  const take = (stream, isLog) => {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      // stdout also carries the demo-account banner: only pino's JSON lines are logs worth showing.
      if (!isLog(line)) return;
      forwarded += 1;
      if (forwarded <= FORWARD_LIMIT) process.stderr.write(`[server] ${line}\n`);
      else if (forwarded === FORWARD_LIMIT + 1) process.stderr.write('[server] … further output suppressed\n');
    });
  };
  take(child.stdout, (line) => line.startsWith('{'));
  take(child.stderr, () => true);
  return () => (tail.length > 0 ? tail.join('\n') : '(no output)');
}

/** Polls GET /readyz until it answers 200; fails early with the child's output when the child exits. */
async function waitUntilReady(url, child, exited, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const { code, signal } = await exited;
      throw new Error(`The server exited before it was ready (code ${code}, signal ${signal}). Its output:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await sleep(100);
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s (last: ${lastProblem}). Its output:\n${output()}`);
}

/** Waits up to ms for the child to exit; true when it did. */
async function exitWithin(exited, ms) {
  // Unref'd: a pending grace timer must not keep the bench alive after the child is gone.
  const timer = sleep(ms, false, { ref: false });
  return Promise.race([exited.then(() => true), timer]);
}

/**
 * Starts `node server/dist/main.js` on a free loopback port with the demo data seeded, in a fresh data folder or
 * in `dataDir`; `stop()` removes the folder unless `keepData`. `env` adds server settings (DATABASE_URL,
 * REDIS_URL); instances that must accept each other's tokens share a `jwtSecret`. The server is also stopped by
 * the bench's cleanup (lib/cleanup.mjs) on Ctrl-C.
 * Resolves once /readyz answers 200, with `url`, `pid`, `dataDir`, `assertAlive()`, `output()` and `stop()`.
 */
export function startServer({
  password,
  logLevel = 'warn',
  dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-')),
  keepData = false,
  env = {},
  jwtSecret = randomBytes(32).toString('hex'),
}) {
  return launch({ password, logLevel, dataDir, keepData, env, jwtSecret });
}

async function launch({ password, logLevel, dataDir, keepData, env, jwtSecret }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...startFlags(), join(repoRoot, 'server', 'dist', 'main.js')], {
    cwd: repoRoot,
    env: serverEnv({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      JWT_SECRET: jwtSecret,
      DEMO_PASSWORD: password,
      SEED_DEMO: 'true',
      // Scenarios may pose as many clients through X-Forwarded-For (per-address limits would refuse one).
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: logLevel,
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close', not 'exit': by then stdout and stderr are drained, so error messages carry the last words.
  const exited = new Promise((done) => child.once('close', (code, signal) => done({ code, signal })));
  const output = collectOutput(child);

  // Last resort when the bench dies without reaching stop(): never leave a server or its data behind.
  const removeData = () => {
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    removeData();
  };
  process.once('exit', onExit);

  const stop = onCleanup(`server on port ${port}`, async () => {
    let forced = false;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exitWithin(exited, STOP_GRACE_MS))) {
        forced = true;
        child.kill('SIGKILL');
        await exitWithin(exited, 5000);
      }
    }
    process.off('exit', onExit);
    removeData();
    const { code, signal } = await exited;
    return { code, signal, forced };
  });

  const started = performance.now();
  try {
    await waitUntilReady(url, child, exited, output);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    pid: child.pid,
    dataDir,
    readyMs: performance.now() - started,
    output,
    stop,
    /** Throws with the child's output when the server died during a run (its numbers would be meaningless). */
    assertAlive() {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server died (code ${child.exitCode}, signal ${child.signalCode}). Its output:\n${output()}`);
      }
    },
  };
}
