import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limiter.js';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` hits per window, then says how long to wait', () => {
    const limiter = new SlidingWindowLimiter(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('k', t0 + i * 1000)).toBe(0);
      limiter.hit('k', t0 + i * 1000);
    }
    expect(limiter.retryAfter('k', t0 + 3000)).toBe(57);
    // The oldest hit leaves the window: one more is allowed.
    expect(limiter.retryAfter('k', t0 + 60_001)).toBe(0);
  });

  it('keeps keys apart, and can take back the last hit or forget a key', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);
    limiter.hit('a');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
    expect(limiter.retryAfter('b')).toBe(0);
    limiter.undo('a');
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.hit('a');
    limiter.reset('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('stays bounded under a spray of distinct keys, forgetting the least recently active', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);
    limiter.hit('first');
    for (let i = 0; i < 100_005; i++) limiter.hit(`spray-${i}`);
    expect(limiter.retryAfter('first')).toBe(0);
    expect(limiter.retryAfter('spray-100004')).toBeGreaterThan(0);
  });
});
