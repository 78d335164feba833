import { describe, expect, it } from 'vitest';
import { RateLimits, throttle } from './rate-limiter.js';

describe('rate limits in memory (no REDIS_URL)', () => {
  it('allows `limit` hits per window, then says how long to wait', async () => {
    const limiter = new RateLimits().limiter('t', 3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter('k')).toBe(0);
      expect(await limiter.hit('k')).toBe(0);
    }
    const wait = await limiter.retryAfter('k');
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.hit('k')).toBeGreaterThan(55);
  });

  it('keeps keys apart, and can take back a hit or forget a key', async () => {
    const limiter = new RateLimits().limiter('t', 1, 60_000);
    await limiter.hit('a');
    expect(await limiter.retryAfter('a')).toBeGreaterThan(0);
    expect(await limiter.retryAfter('b')).toBe(0);
    await limiter.undo('a');
    expect(await limiter.retryAfter('a')).toBe(0);
    await limiter.hit('a');
    await limiter.reset('a');
    expect(await limiter.retryAfter('a')).toBe(0);
  });

  it('throttle counts against every rule, and a refused attempt counts against none', async () => {
    const limits = new RateLimits();
    const perIp = limits.limiter('ip', 2, 60_000);
    const perAccount = limits.limiter('account', 5, 60_000);
    await throttle([perIp, 'ip'], [perAccount, 'me']);
    await throttle([perIp, 'ip'], [perAccount, 'me']);
    await expect(throttle([perIp, 'ip'], [perAccount, 'me'])).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
    });
    // The refused third attempt did not use up the account's share.
    for (let i = 0; i < 3; i++) await throttle([perAccount, 'me']);
    await expect(throttle([perAccount, 'me'])).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });

  it('a caller over one limit is refused without counting against the others', async () => {
    const limits = new RateLimits();
    const perIp = limits.limiter('ip', 1, 60_000);
    const perAccount = limits.limiter('account', 1, 60_000);
    await throttle([perIp, 'ip'], [perAccount, 'first']);
    await expect(throttle([perIp, 'ip'], [perAccount, 'second'])).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(await perAccount.retryAfter('second')).toBe(0);
    await throttle([perAccount, 'second']);
  });

  it('counts a parallel burst exactly: no more than `limit` get through', async () => {
    const limiter = new RateLimits().limiter('burst', 5, 60_000);
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => throttle([limiter, 'k'])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });
});
