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
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.sweep(now);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(key: string, now: number): number[] {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.hits.delete(key);
    return recent;
  }

  /** Drops expired keys so memory stays bounded under a spray of distinct keys. */
  private sweep(now: number): void {
    for (const key of this.hits.keys()) this.prune(key, now);
  }
}
