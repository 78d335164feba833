import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** Reconnect delay: quick at first, then every 2 s for as long as Redis stays away. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);

/**
 * The process's two connections to Redis (REDIS_URL): `commands` (publish, rate limits) and `subscriber`
 * (a connection in subscriber mode can do nothing else). Neither ever queues commands while Redis is away:
 * callers see the outage at once (`ready` is false, commands fail fast) and fall back to this process alone.
 * Both reconnect by themselves; the link logs one warning when Redis is lost and one line when it is back.
 */
export class RedisLink {
  readonly commands: Redis;
  readonly subscriber: Redis;
  private up = false;
  private warned = false;
  private closing = false;
  private readonly recoveryHandlers = new Set<() => void>();

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    const options = {
      retryStrategy,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      connectTimeout: 3000,
      // ioredis would otherwise print the URL (and its password) in some errors.
      showFriendlyErrorStack: false,
    };
    this.commands = new Redis(url, { ...options, connectionName: 'ics-commands' });
    // Subscribing while Redis is away is queued (no timeout): it is sent when the connection comes back.
    this.subscriber = new Redis(url, {
      ...options,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      commandTimeout: undefined,
      connectionName: 'ics-subscriber',
    });
    for (const client of [this.commands, this.subscriber]) {
      // Without an 'error' listener a lost connection would crash the process.
      client.on('error', (error: Error) => this.lost(error));
      client.on('close', () => this.lost());
      client.on('ready', () => this.maybeRecovered());
    }
  }

  /** Both connections are up: events cross processes and limits are shared. */
  get ready(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  /** Resolves true once both connections are ready, or false after `timeoutMs` (the server starts anyway). */
  async whenReady(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ready && Date.now() < deadline && !this.closing) await new Promise((resolve) => setTimeout(resolve, 25));
    return this.ready;
  }

  /** Called after every recovery from an outage (to drop what may have gone stale meanwhile). */
  onRecovery(handler: () => void): () => void {
    this.recoveryHandlers.add(handler);
    return () => this.recoveryHandlers.delete(handler);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      [this.commands, this.subscriber].map(async (client) => {
        // While Redis is away a QUIT would wait for it (the subscriber queues commands): just drop the socket.
        if (client.status !== 'ready') {
          client.disconnect();
          return;
        }
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      }),
    );
  }

  private lost(error?: Error): void {
    if (this.closing || this.warned) return;
    if (this.up || error) {
      this.warned = true;
      this.logger.warn(
        { err: error ? { message: error.message, code: (error as NodeJS.ErrnoException).code } : undefined },
        'Redis unavailable: events stay within this process and rate limits are counted here, until it is back',
      );
    }
    this.up = false;
  }

  private maybeRecovered(): void {
    if (!this.ready || this.closing) return;
    const wasDown = this.warned;
    this.up = true;
    this.warned = false;
    if (!wasDown) return;
    this.logger.info('Redis is back: events and rate limits are shared with the other instances again');
    for (const handler of this.recoveryHandlers) handler();
  }
}
