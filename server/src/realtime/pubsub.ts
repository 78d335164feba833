/**
 * Events between the parts of the server, and (with a Redis implementation) between server processes.
 * Features publish and listen by topic; they never know which implementation carries the events.
 */
export interface PubSub {
  /** Delivers the payload to every listener of the topic. */
  publish<T>(topic: string, payload: T): Promise<void>;
  /** Calls the handler for every payload published on the topic, until the returned function is called. */
  listen<T>(topic: string, handler: (payload: T) => void): () => void;
  /**
   * How the topic's payloads cross to other processes. Topics without a codec travel as they are (JSON;
   * Dates survive); a payload that carries entities needs one, since entities cannot leave their process.
   */
  register<T, W>(topic: string, codec: TopicCodec<T, W>): void;
  /** Stops carrying events between processes (shutdown). */
  close(): Promise<void>;
}

/**
 * A payload's form on the wire: plain data (ids and the facts listeners filter on), and how a receiving
 * process rebuilds the payload from it, once per event however many listeners it has there.
 */
export interface TopicCodec<T, W> {
  encode(payload: T): W;
  /** The payload for this process's listeners, or null to drop the event (what it names is gone). */
  decode(wire: W): Promise<T | null>;
}

/** Published locally after an outage of the link between processes: events may have been missed meanwhile. */
export const PUBSUB_RESUMED = 'pubsub.resumed';

/** One process: delivery is synchronous, so a listener has run by the time `publish` returns. */
export class MemoryPubSub implements PubSub {
  private readonly handlers = new Map<string, Set<(payload: unknown) => void>>();

  async publish<T>(topic: string, payload: T): Promise<void> {
    this.deliver(topic, payload);
  }

  /** Hands the one payload object to every listener of the topic in this process. */
  protected deliver(topic: string, payload: unknown): void {
    for (const handler of this.handlers.get(topic) ?? []) handler(payload);
  }

  protected hasListeners(topic: string): boolean {
    return this.handlers.has(topic);
  }

  listen<T>(topic: string, handler: (payload: T) => void): () => void {
    let set = this.handlers.get(topic);
    if (!set) {
      set = new Set();
      this.handlers.set(topic, set);
    }
    const untyped = handler as (payload: unknown) => void;
    set.add(untyped);
    return () => {
      set.delete(untyped);
      if (set.size === 0) this.handlers.delete(topic);
    };
  }

  /** One process: payloads never leave it, so there is nothing to encode. */
  register<T, W>(_topic: string, _codec: TopicCodec<T, W>): void {}

  async close(): Promise<void> {}
}
