// One event, many subscribers: graphql-ws sockets subscribe `messageAdded` of one conversation, messages are sent
// over HTTP at a steady pace, and every delivery is timed from just before its send to its arrival at each socket.
import { setImmediate as nextTick, setTimeout as sleep } from 'node:timers/promises';
import { sendMessage } from './graphql-client.mjs';
import { percentile, sortedSamples } from './stats.mjs';
import { openSockets } from './websocket-load.mjs';

const MESSAGE_ADDED = 'subscription($id: ID!) { messageAdded(conversationId: $id) { id body author { displayName } createdAt } }';
/** Subscriptions sent per event-loop tick: each costs the server a scope check, so do not send 1,000 at once. */
const SUBSCRIBE_PER_TICK = 100;
/** Subscribing is not acknowledged by graphql-ws: probes are sent until every socket received one, this long at most. */
const SUBSCRIBE_TIMEOUT_MS = 20_000;
const PROBE_EVERY_MS = 500;
/** After the last send, how long deliveries may still arrive. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Message bodies carry the run, the sequence number and the wall-clock send time, so each arrival is matched. */
const BODY = /^fan-out (\w+) (probe|#(\d+)) at /;

/**
 * Subscribes every socket and routes its events: `onEvent(socketIndex, kind, sequence, arrivedAt)` with kind
 * `probe` or `measured`. Returns a counter of subscription errors.
 */
async function subscribeAll(sockets, conversationId, runId, onEvent) {
  const errors = { count: 0, first: null };
  const failed = (what) => {
    errors.count += 1;
    errors.first ??= what;
  };
  for (const [index, socket] of sockets.entries()) {
    socket.addEventListener('message', (event) => {
      // Taken first: parsing and bookkeeping of earlier sockets in the same burst are already in it (a few µs each).
      const at = performance.now();
      const message = JSON.parse(String(event.data));
      if (message.type === 'error') return failed(JSON.stringify(message.payload));
      if (message.type !== 'next') return;
      if (message.payload.errors) return failed(JSON.stringify(message.payload.errors));
      const match = BODY.exec(message.payload.data?.messageAdded?.body ?? '');
      if (!match || match[1] !== runId) return;
      onEvent(index, match[3] === undefined ? 'probe' : 'measured', Number(match[3]), at);
    });
    socket.send(JSON.stringify({ id: 'fanout', type: 'subscribe', payload: { query: MESSAGE_ADDED, variables: { id: conversationId } } }));
    if ((index + 1) % SUBSCRIBE_PER_TICK === 0) await nextTick();
  }
  return errors;
}

/** Polls until `done()` or the deadline; true when done. */
async function waitFor(done, timeoutMs, everyMs = 50, onEach = () => {}) {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    onEach();
    await sleep(everyMs);
  }
  return true;
}

/**
 * `count` sockets split evenly over `urls` (instances of one desk; the first gets the remainder), each list
 * tagged with the index of its instance.
 */
async function openSpread(urls, token, count) {
  const sockets = [];
  const instanceOf = [];
  const connect = { failures: 0, firstFailure: undefined };
  for (const [instance, url] of urls.entries()) {
    const share = Math.floor(count / urls.length) + (instance === 0 ? count % urls.length : 0);
    const opened = await openSockets({ url, token, count: share });
    sockets.push(...opened.sockets);
    instanceOf.push(...opened.sockets.map(() => instance));
    connect.failures += opened.failures;
    connect.firstFailure ??= opened.firstFailure;
  }
  return { sockets, instanceOf, connect };
}

/**
 * Opens `count` sockets as `token` (spread over `subscriberUrls`, by default all on `url`), subscribes them to one
 * conversation, waits until all are live (probes), then sends `messages` messages through `url`, `intervalMs`
 * apart (on a fixed schedule, not waiting for answers). `onMeasuring` runs when the measured part starts and the
 * sockets are open (CPU and memory readings). Delays are also kept per instance (`byInstance`).
 */
export async function runFanout({
  url,
  subscriberUrls = [url],
  token,
  conversationId,
  count,
  messages,
  intervalMs,
  onMeasuring = () => {},
}) {
  const runId = Math.random().toString(36).slice(2, 10);
  const { sockets, instanceOf, connect } = await openSpread(subscriberUrls, token, count);
  const live = new Uint8Array(sockets.length);
  const sentAt = new Float64Array(messages).fill(Number.NaN);
  const delays = [];
  const delaysOf = subscriberUrls.map(() => []);
  const seen = new Uint8Array(sockets.length * messages);
  let liveCount = 0;
  const subscribeErrors = await subscribeAll(sockets, conversationId, runId, (index, kind, sequence, at) => {
    if (!live[index]) {
      live[index] = 1;
      liveCount += 1;
    }
    if (kind !== 'measured' || seen[index * messages + sequence]) return;
    seen[index * messages + sequence] = 1;
    delays.push(at - sentAt[sequence]);
    delaysOf[instanceOf[index]].push(at - sentAt[sequence]);
  });

  const send = (body) => sendMessage(url, token, { conversationId, body });
  let probes = 0;
  await waitFor(
    () => liveCount === sockets.length,
    SUBSCRIBE_TIMEOUT_MS,
    PROBE_EVERY_MS,
    () => {
      probes += 1;
      send(`fan-out ${runId} probe at ${new Date().toISOString()}`).catch(() => {});
    },
  );

  const finishMeasuring = onMeasuring();
  const measuring = performance.now();
  const sendLatencies = [];
  const sendErrors = [];
  const sends = [];
  const started = performance.now();
  for (let sequence = 0; sequence < messages; sequence++) {
    const wait = started + sequence * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt[sequence] = performance.now();
    const body = `fan-out ${runId} #${sequence} at ${new Date().toISOString()}`;
    sends.push(
      send(body).then(
        () => sendLatencies.push(performance.now() - sentAt[sequence]),
        (error) => sendErrors.push(error.message),
      ),
    );
  }
  await Promise.all(sends);
  const expected = sockets.length * messages;
  await waitFor(() => delays.length === expected, DRAIN_TIMEOUT_MS);
  const measured = finishMeasuring();
  const measuredMs = performance.now() - measuring;

  const sorted = sortedSamples(delays);
  const sendSorted = sortedSamples(sendLatencies);
  return {
    sockets,
    connect,
    subscribed: liveCount,
    probes,
    subscribeErrors,
    messages,
    intervalMs,
    expected: count * messages,
    delivered: delays.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    byInstance: delaysOf.map((list) => {
      const instanceSorted = sortedSamples(list);
      return { delivered: list.length, p50: percentile(instanceSorted, 50), p99: percentile(instanceSorted, 99) };
    }),
    sendP50: percentile(sendSorted, 50),
    sendP95: percentile(sendSorted, 95),
    sendErrors,
    measured,
    measuredMs,
  };
}
