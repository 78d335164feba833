// Benchmarks of the foundation: GraphQL throughput on the hot paths and websocket fan-out.
// Run with `npm run bench` (builds the server first). Never part of `npm test`.
// BENCH_DURATION (seconds, default 10) and BENCH_SOCKETS (default 1000) tune the run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { startApp } from '../server/dist/app.js';
import { loadConfig } from '../server/dist/config.js';
import { createLogger } from '../server/dist/logger.js';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const socketCount = Number(process.env.BENCH_SOCKETS ?? 1000);
const password = 'bench-Lantern-73-violet';

const dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-'));
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  JWT_SECRET: randomBytes(32).toString('hex'),
  DEMO_PASSWORD: password,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'silent',
});
const app = await startApp(config, createLogger('silent'));

async function gql(query, variables, token) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function cannon(title, { body, token, connections = 50, seconds = duration }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${app.url}/graphql`,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          benchmark: title,
          'req/s': Math.round(result.requests.average),
          'p50 ms': result.latency.p50,
          'p99 ms': result.latency.p99,
          errors: result.errors + result.non2xx,
        });
      },
    );
  });
}

/** Opens many graphql-ws connections with a token and reports how long the acks took and the memory they cost. */
async function socketFanOut(token) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const sockets = await Promise.all(
    Array.from(
      { length: socketCount },
      () =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
          socket.once('open', () =>
            socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
          );
          socket.once('message', (data) =>
            JSON.parse(String(data)).type === 'connection_ack' ? resolve(socket) : reject(new Error(String(data))),
          );
          socket.once('error', reject);
        }),
    ),
  );
  const elapsed = performance.now() - started;
  const after = process.memoryUsage().rss;
  for (const socket of sockets) socket.close();
  return {
    benchmark: `websocket fan-out (${socketCount} authenticated connections)`,
    'req/s': Math.round(socketCount / (elapsed / 1000)),
    'p50 ms': '-',
    'p99 ms': Math.round(elapsed),
    errors: 0,
    'KiB/socket (server+clients)': Math.round((after - before) / 1024 / socketCount),
  };
}

try {
  const login = await gql('mutation($p: String!) { login(input: { email: "agent@demo.local", password: $p }) { accessToken } }', {
    p: password,
  });
  const token = login.data.login.accessToken;
  const results = [];
  results.push(await cannon('{ __typename } (anonymous)', { body: { query: '{ __typename }' } }));
  results.push(
    await cannon('me { id email role { key } } (JWT + user lookup)', { body: { query: '{ me { id email role { key } } }' }, token }),
  );
  results.push(
    await cannon('passwordStrength (zxcvbn)', { body: { query: '{ passwordStrength(password: "orange-Piano-12") { score } }' } }),
  );
  results.push(
    await cannon('login (argon2id 19 MiB, t=2)', {
      body: { query: `mutation { login(input: { email: "agent@demo.local", password: "${password}" }) { accessToken } }` },
      connections: 4,
      seconds: Math.min(duration, 5),
    }),
  );
  results.push(await socketFanOut(token));
  console.table(results);
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
