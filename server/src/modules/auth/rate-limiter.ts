import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../../graphql/errors.js';

/**
 * Where the counters live: in this process, or in Redis (REDIS_URL) so that every server instance counts
 * together. With Redis, a limiter falls back to counting in memory while Redis is unreachable.
 */
export class RateLimits {
  constructor(private readonly redis: Redis | null = null) {}

  /** `limit` hits per `windowMs` per key; `name` keeps this rule's keys apart from the others' in Redis. */
  limiter(name: string, limit: number, windowMs: number): Limiter {
    const duration = Math.ceil(windowMs / 1000);
    const memory = new RateLimiterMemory({ keyPrefix: name, points: limit, duration });
    const store = this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix: `ics:rl:${name}`,
          points: limit,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return new Limiter(store, limit);
  }
}

/**
 * One rule (a fixed window of `limit` hits per key), the same code path whatever the store.
 * Every method is one atomic operation on the store, so parallel requests cannot all slip under the limit.
 */
export class Limiter {
  constructor(
    private readonly store: RateLimiterAbstract,
    readonly limit: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it is under the limit. */
  async retryAfter(key: string): Promise<number> {
    const state = await this.store.get(key);
    if (!state || state.consumedPoints < this.limit) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  /** Counts a hit; answers the seconds to wait when this hit went over the limit (then it still counts), else 0. */
  async hit(key: string): Promise<number> {
    try {
      await this.store.consume(key);
      return 0;
    } catch (result) {
      if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw result;
    }
  }

  /** Takes back one hit (an attempt that turned out fine, or one that was refused). */
  async undo(key: string): Promise<void> {
    await this.store.reward(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.store.delete(key);
  }
}

/**
 * Counts one attempt against every rule at once, or throws RATE_LIMITED (with the longest wait) when any rule
 * is over its limit; a refused attempt counts against none of them.
 */
export async function throttle(...rules: ReadonlyArray<readonly [Limiter, string]>): Promise<void> {
  // A caller already over a limit is refused without touching the other rules' keys (a blocked address
  // spraying account names creates no counters for them).
  const over = Math.max(0, ...(await Promise.all(rules.map(([limiter, key]) => limiter.retryAfter(key)))));
  if (over > 0) throw rateLimited(over);
  // Then the atomic count: of parallel attempts, only those within the limit get through.
  const waits = await Promise.all(rules.map(([limiter, key]) => limiter.hit(key)));
  const retryAfter = Math.max(0, ...waits);
  if (retryAfter === 0) return;
  await Promise.all(rules.map(([limiter, key]) => limiter.undo(key)));
  throw rateLimited(retryAfter);
}

/** Throws RATE_LIMITED when the key is over its limit, without counting. */
export async function assertUnderLimit(limiter: Limiter, key: string): Promise<void> {
  const retryAfter = await limiter.retryAfter(key);
  if (retryAfter > 0) throw rateLimited(retryAfter);
}
