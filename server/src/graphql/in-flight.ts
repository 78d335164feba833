import type { ApolloServerPlugin } from '@apollo/server';

/**
 * GraphQL operations still executing. Apollo's drain waits for connections, not for resolvers: a client that
 * hangs up mid-request leaves its operation running, and closing the database under it would fail it. Shutdown
 * waits here (bounded) before closing the database.
 */
export class InFlightOperations {
  private count = 0;
  private waiters: Array<() => void> = [];

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        this.count += 1;
        let ended = false;
        return {
          willSendResponse: async () => {
            if (ended) return;
            ended = true;
            this.count -= 1;
            if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
          },
        };
      },
    };
  }

  /** Resolves when nothing runs, or after `timeoutMs` (a stuck operation must not hold shutdown forever). */
  idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
