// Many graphql-ws connections at once: the cost of the handshake (token check, registry) and of idle sockets.
import { percentile, sortedSamples } from './stats.mjs';

const ACK_TIMEOUT_MS = 15_000;
/** Handshakes in flight at a time: beyond the listen backlog the kernel drops SYNs and adds 1 s retries. */
const IN_FLIGHT = 100;

/** Opens one socket and resolves once the server acknowledged `connection_init`. */
function openSocket(wsUrl, token) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.close();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`no connection_ack within ${ACK_TIMEOUT_MS / 1000} s`)), ACK_TIMEOUT_MS);
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    socket.addEventListener('message', (event) => {
      if (settled) return;
      if (JSON.parse(String(event.data)).type !== 'connection_ack') return fail(new Error(`unexpected message: ${event.data}`));
      settled = true;
      clearTimeout(timer);
      resolve(socket);
    });
    socket.addEventListener('error', () => fail(new Error('websocket error')));
    socket.addEventListener('close', (event) => fail(new Error(`closed before ack: ${event.code} ${event.reason}`)));
  });
}

/** Opens `count` acknowledged sockets, IN_FLIGHT at a time; failures are counted, the first one kept. */
export async function openSockets({ url, token, count }) {
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  const sockets = [];
  const times = [];
  let started = 0;
  let failures = 0;
  let firstFailure;
  const worker = async () => {
    while (started < count) {
      started += 1;
      const t0 = performance.now();
      try {
        sockets.push(await openSocket(wsUrl, token));
        times.push(performance.now() - t0);
      } catch (error) {
        failures += 1;
        firstFailure ??= error;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, worker));
  const elapsedMs = performance.now() - t0;
  const sorted = sortedSamples(times);
  return {
    sockets,
    elapsedMs,
    perSecond: sockets.length / (elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures,
    firstFailure,
  };
}

/** Closes the sockets and waits (bounded) until they are closed, so the server has let go of them. */
export async function closeSockets(sockets, timeoutMs = 10_000) {
  const closed = sockets.map(
    (socket) =>
      new Promise((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.addEventListener('close', () => resolve(), { once: true });
        socket.close(1000, 'bench done');
      }),
  );
  const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([Promise.all(closed), timeout]);
}
