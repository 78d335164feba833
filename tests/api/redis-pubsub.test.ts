import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { PUBSUB_RESUMED } from '../../server/src/realtime/pubsub.js';
import { RedisLink } from '../../server/src/realtime/redis.js';
import { RedisPubSub } from '../../server/src/realtime/redis-pubsub.js';
import { eventually, freePort, NO_REDIS, redisServerBinary, startTestRedis, type TestRedis } from '../fixtures/redis-server.js';

if (!redisServerBinary) console.warn(NO_REDIS);

/** Two "processes": two links and two pubsubs on one Redis, each with its own captured log. */
function instance(redis: TestRedis) {
  const logs: Array<{ level: number; msg: string }> = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
  const link = new RedisLink(redis.url, logger);
  const pubsub = new RedisPubSub(link, logger);
  return { link, pubsub, logs };
}

/** At least `count` connections in pattern-subscriber mode (PUBSUB NUMPAT counts patterns, not clients). */
async function subscribers(link: RedisLink, count: number): Promise<boolean> {
  if (link.commands.status !== 'ready') return false;
  const list = (await link.commands.client('LIST')) as string;
  return list.split('\n').filter((line) => / psub=[1-9]/.test(line)).length >= count;
}

describe.skipIf(!redisServerBinary)('RedisPubSub', () => {
  let redis: TestRedis;
  const open: Array<ReturnType<typeof instance>> = [];
  const make = async () => {
    const made = instance(redis);
    open.push(made);
    expect(await made.link.whenReady(5000)).toBe(true);
    return made;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterEach(async () => {
    for (const { pubsub, link } of open.splice(0)) {
      await pubsub.close();
      await link.close();
    }
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('delivers across instances once, with Dates revived, and locally once (not again through Redis)', async () => {
    const a = await make();
    const b = await make();
    const atA: unknown[] = [];
    const atB: unknown[] = [];
    a.pubsub.listen('t', (p) => atA.push(p));
    b.pubsub.listen('t', (p) => atB.push(p));
    await eventually(() => subscribers(a.link, 2), 5000, 'both subscribed');

    const at = new Date('2026-11-25T10:00:00.000Z');
    const payload = { id: 'x', at, nested: { list: [at] } };
    await a.pubsub.publish('t', payload);
    expect(atA).toEqual([payload]);
    expect(atA[0]).toBe(payload); // the very object, synchronously
    await eventually(() => atB.length === 1, 5000, 'delivery to B');
    const received = atB[0] as typeof payload;
    expect(received.at).toBeInstanceOf(Date);
    expect(received.at.getTime()).toBe(at.getTime());
    expect(received.nested.list[0]).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atA).toHaveLength(1);
    expect(atB).toHaveLength(1);
  });

  it('decodes once per event per instance, hands every listener the same object, and keeps the order', async () => {
    const a = await make();
    const b = await make();
    let decodes = 0;
    const codec = {
      encode: (p: { id: string; entity: object }) => ({ id: p.id }),
      decode: async (w: { id: string }) => {
        decodes += 1;
        // The first event takes longer to rebuild than the second: order must hold all the same.
        await new Promise((resolve) => setTimeout(resolve, w.id === '1' ? 80 : 5));
        return { id: w.id, entity: { loaded: w.id } };
      },
    };
    a.pubsub.register('c', codec);
    b.pubsub.register('c', codec);
    const first: unknown[] = [];
    const second: unknown[] = [];
    b.pubsub.listen<{ id: string }>('c', (p) => first.push(p));
    b.pubsub.listen<{ id: string }>('c', (p) => second.push(p));
    await eventually(() => subscribers(a.link, 2), 5000, 'both subscribed');

    await a.pubsub.publish('c', { id: '1', entity: {} });
    await a.pubsub.publish('c', { id: '2', entity: {} });
    await eventually(() => first.length === 2, 5000, 'two events at B');
    expect(decodes).toBe(2);
    expect((first as Array<{ id: string }>).map((e) => e.id)).toEqual(['1', '2']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it('survives an outage: one warning, local delivery meanwhile, recovery logged, cross-instance delivery again', async () => {
    const a = await make();
    const b = await make();
    const atA: unknown[] = [];
    const atB: unknown[] = [];
    let resumed = 0;
    a.pubsub.listen('o', (p) => atA.push(p));
    b.pubsub.listen('o', (p) => atB.push(p));
    b.pubsub.listen(PUBSUB_RESUMED, () => resumed++);
    await eventually(() => subscribers(a.link, 2), 5000, 'both subscribed');

    await redis.stop();
    await eventually(() => !a.link.ready, 5000, 'A to notice');
    await a.pubsub.publish('o', { n: 1 }); // neither throws nor hangs
    expect(atA).toEqual([{ n: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const warnings = a.logs.filter((l) => l.level === 40 && /Redis unavailable/.test(l.msg));
    expect(warnings).toHaveLength(1);

    await redis.start();
    await eventually(() => a.link.ready && b.link.ready, 10_000, 'reconnection');
    await eventually(() => resumed === 1, 5000, 'PUBSUB_RESUMED at B');
    expect(a.logs.some((l) => l.level === 30 && /Redis is back/.test(l.msg))).toBe(true);
    // ioredis subscribes again by itself.
    await eventually(() => subscribers(a.link, 2), 5000, 'subscribed again');
    await a.pubsub.publish('o', { n: 2 });
    await eventually(() => atB.length === 1, 5000, 'delivery after recovery');
    expect(atB).toEqual([{ n: 2 }]);
    expect(a.logs.filter((l) => l.level === 40 && /Redis unavailable/.test(l.msg))).toHaveLength(1);
  });

  it('starts without Redis: one warning, local delivery, nothing thrown', async () => {
    const logs: Array<{ level: number; msg: string }> = [];
    const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
    const link = new RedisLink(`redis://127.0.0.1:${await freePort()}`, logger);
    const pubsub = new RedisPubSub(link, logger);
    try {
      expect(await link.whenReady(300)).toBe(false);
      const got: unknown[] = [];
      pubsub.listen('t', (p) => got.push(p));
      await pubsub.publish('t', { n: 1 });
      expect(got).toEqual([{ n: 1 }]);
      await eventually(() => logs.some((l) => /Redis unavailable/.test(l.msg)), 5000, 'the warning');
      await new Promise((resolve) => setTimeout(resolve, 500)); // a few reconnection attempts
      expect(logs.filter((l) => /Redis unavailable/.test(l.msg))).toHaveLength(1);
    } finally {
      await pubsub.close();
      await link.close();
    }
  });
});
