/**
 * Events between the parts of the server, and (with a Redis implementation) between server processes.
 * Features publish and listen by topic; they never know which implementation carries the events.
 */
export interface PubSub {
  /** Delivers the payload to every listener of the topic. */
  publish<T>(topic: string, payload: T): Promise<void>;
  /** Calls the handler for every payload published on the topic, until the returned function is called. */
  listen<T>(topic: string, handler: (payload: T) => void): () => void;
}

/** One process: delivery is synchronous, so a listener has run by the time `publish` returns. */
export class MemoryPubSub implements PubSub {
  private readonly handlers = new Map<string, Set<(payload: unknown) => void>>();

  async publish<T>(topic: string, payload: T): Promise<void> {
    for (const handler of this.handlers.get(topic) ?? []) handler(payload);
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
}
