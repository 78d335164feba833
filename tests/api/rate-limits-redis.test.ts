import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { RateLimits, throttle } from '../../server/src/modules/auth/rate-limiter.js';
import { RedisLink } from '../../server/src/realtime/redis.js';
import { eventually, NO_REDIS, redisServerBinary, startTestRedis, type TestRedis } from '../fixtures/redis-server.js';

if (!redisServerBinary) console.warn(NO_REDIS);

describe.skipIf(!redisServerBinary)('rate limits on Redis', () => {
  let redis: TestRedis;
  let linkA: RedisLink;
  let linkB: RedisLink;
  const logger = createLogger('silent');

  beforeAll(async () => {
    redis = await startTestRedis();
    linkA = new RedisLink(redis.url, logger);
    linkB = new RedisLink(redis.url, logger);
    expect(await linkA.whenReady(5000)).toBe(true);
    expect(await linkB.whenReady(5000)).toBe(true);
  });
  afterAll(async () => {
    await linkA?.close();
    await linkB?.close();
    await redis?.stop();
  });

  it('two instances count together, and share resets and take-backs', async () => {
    const a = new RateLimits(linkA.commands).limiter('shared', 4, 60_000);
    const b = new RateLimits(linkB.commands).limiter('shared', 4, 60_000);
    await throttle([a, 'k']);
    await throttle([b, 'k']);
    await throttle([a, 'k']);
    await throttle([b, 'k']);
    await expect(throttle([a, 'k'])).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(await b.retryAfter('k')).toBeGreaterThan(50);
    await a.undo('k');
    expect(await b.retryAfter('k')).toBe(0);
    await throttle([b, 'k']);
    await b.reset('k');
    expect(await a.retryAfter('k')).toBe(0);
  });

  it('a parallel burst split over two instances gets no more than the limit through', async () => {
    const a = new RateLimits(linkA.commands).limiter('burst', 5, 60_000);
    const b = new RateLimits(linkB.commands).limiter('burst', 5, 60_000);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => throttle([i % 2 ? a : b, 'k'])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });

  it('while Redis is down, each instance counts in memory; nothing throws but RATE_LIMITED', async () => {
    const a = new RateLimits(linkA.commands).limiter('outage', 2, 60_000);
    await redis.stop();
    await eventually(() => !linkA.ready, 5000, 'the outage to be noticed');
    await throttle([a, 'k']);
    await throttle([a, 'k']);
    await expect(throttle([a, 'k'])).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    await redis.start();
    await eventually(() => linkA.ready && linkB.ready, 10_000, 'reconnection');
    const b = new RateLimits(linkB.commands).limiter('outage', 2, 60_000);
    // Redis came back empty: counting is shared again from there.
    await throttle([b, 'k']);
    await throttle([a, 'k']);
    await expect(throttle([b, 'k'])).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });
});
