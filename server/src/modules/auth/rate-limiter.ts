import { rateLimited } from '../../graphql/errors.js';

const MAX_KEYS = 100_000;

/**
 * Sliding-window counter kept in memory: `limit` hits per `windowMs` per key.
 * One instance per rule; a later issue moves it to Redis for several server instances.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it is under the limit. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.prune(key, now);
    if (recent.length < this.limit) return 0;
    return Math.ceil((recent[recent.length - this.limit] + this.windowMs - now) / 1000);
  }

  hit(key: string, now = Date.now()): void {
    const recent = this.prune(key, now);
    recent.push(now);
    this.hits.delete(key); // re-insert: the map's order stays oldest-activity first
    this.hits.set(key, recent);
    if (this.hits.size > MAX_KEYS) this.evictOldest();
  }

  /** Takes back the most recent hit (an attempt that turned out fine). */
  undo(key: string): void {
    const recent = this.hits.get(key);
    recent?.pop();
    if (recent?.length === 0) this.hits.delete(key);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(key: string, now: number): number[] {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.hits.delete(key);
    return recent;
  }

  /** Memory stays bounded under a spray of distinct keys: the least recently active keys go first. */
  private evictOldest(): void {
    const excess = this.hits.size - MAX_KEYS;
    let removed = 0;
    for (const key of this.hits.keys()) {
      if (removed++ >= excess) break;
      this.hits.delete(key);
    }
  }
}

/** Throws RATE_LIMITED when the key is over its limit; otherwise counts this call (unless told not to). */
export function throttle(limiter: SlidingWindowLimiter, key: string, count = true): void {
  const retryAfter = limiter.retryAfter(key);
  if (retryAfter > 0) throw rateLimited(retryAfter);
  if (count) limiter.hit(key);
}
