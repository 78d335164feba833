import type { PubSub } from './pubsub.js';

/** Events waiting for a slow subscriber; past this the stream ends and the client re-syncs after reconnecting. */
const MAX_BUFFERED = 500;

/**
 * The events of a topic as an async iterator, for a GraphQL subscription: each event passes `accept` (the
 * subscriber's scope) before it is queued, so nobody receives what they may not see.
 */
export function eventStream<T>(pubsub: PubSub, topic: string, accept: (event: T) => boolean): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;

  const finish = (): IteratorResult<T> => {
    done = true;
    unlisten();
    buffered.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return { value: undefined, done: true };
  };

  const unlisten = pubsub.listen<T>(topic, (event) => {
    if (done || !accept(event)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event, done: false });
      return;
    }
    buffered.push(event);
    if (buffered.length > MAX_BUFFERED) finish();
  });

  return {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      return Promise.resolve(finish());
    },
    throw(error?: unknown) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
