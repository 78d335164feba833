import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { MemoryPubSub, PUBSUB_RESUMED, type PubSub, type TopicCodec } from './pubsub.js';
import type { RedisLink } from './redis.js';

const CHANNEL_PREFIX = 'ics:events:';

interface Envelope {
  /** The publishing process: it delivered to its own listeners already and skips its own message. */
  o: string;
  /** The payload in its wire form. */
  p: unknown;
}

/**
 * Events shared by every server process through Redis pub/sub (REDIS_URL). A process delivers what it
 * publishes to its own listeners at once, as MemoryPubSub does (exactly once: its own message coming back
 * from Redis is skipped), and sends the wire form to the others. A receiving process parses and decodes each
 * message once and hands that one object to all its listeners, in the order the messages arrived per topic.
 *
 * While Redis is away, events stay within the process (the link logs the outage) and nothing throws; when it
 * is back, PUBSUB_RESUMED is delivered locally so caches can drop what they may have missed.
 */
export class RedisPubSub extends MemoryPubSub implements PubSub {
  private readonly id = randomUUID();
  private readonly codecs = new Map<string, TopicCodec<unknown, unknown>>();
  /** Per topic, the delivery of the latest received message: the next one waits for it (decoding is async). */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly stopRecovery: () => void;

  constructor(
    private readonly link: RedisLink,
    private readonly logger: Logger,
  ) {
    super();
    link.subscriber.on('pmessage', (_pattern: string, channel: string, text: string) => this.received(channel, text));
    link.subscriber.psubscribe(`${CHANNEL_PREFIX}*`).catch(() => {
      // The link reports outages; ioredis subscribes again when the connection is back.
    });
    this.stopRecovery = link.onRecovery(() => this.deliver(PUBSUB_RESUMED, {}));
  }

  override register<T, W>(topic: string, codec: TopicCodec<T, W>): void {
    this.codecs.set(topic, codec as TopicCodec<unknown, unknown>);
  }

  override async publish<T>(topic: string, payload: T): Promise<void> {
    this.deliver(topic, payload);
    if (this.link.commands.status !== 'ready') return;
    const codec = this.codecs.get(topic);
    let text: string;
    try {
      text = JSON.stringify({ o: this.id, p: codec ? codec.encode(payload) : payload } satisfies Envelope, withDates);
    } catch (error) {
      this.logger.error({ err: error, topic }, 'event could not be encoded for the other instances');
      return;
    }
    try {
      // Awaited: once this resolves, Redis has handed the event to every other instance's connection.
      await this.link.commands.publish(CHANNEL_PREFIX + topic, text);
    } catch {
      // Redis went away meanwhile: the link has logged it, and this process's listeners have the event.
    }
  }

  override async close(): Promise<void> {
    this.stopRecovery();
    await Promise.allSettled(this.tails.values());
  }

  private received(channel: string, text: string): void {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    const topic = channel.slice(CHANNEL_PREFIX.length);
    if (!this.hasListeners(topic)) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text, revivingDates) as Envelope;
    } catch {
      this.logger.warn({ topic }, 'ignored an unreadable event from Redis');
      return;
    }
    if (envelope.o === this.id) return;
    const codec = this.codecs.get(topic);
    const pending = this.tails.get(topic);
    if (!codec && !pending) {
      // Plain payloads with nothing ahead of them are delivered at once (e.g. cache invalidations).
      this.safely(topic, () => this.deliver(topic, envelope.p));
      return;
    }
    const decoded = codec ? codec.decode(envelope.p) : Promise.resolve(envelope.p);
    const tail = (pending ?? Promise.resolve())
      .then(() => decoded)
      .then((payload) => {
        if (payload !== null && payload !== undefined) this.deliver(topic, payload);
      })
      .catch((error: unknown) => this.logger.warn({ err: error, topic }, 'could not deliver an event from another instance'))
      .finally(() => {
        if (this.tails.get(topic) === tail) this.tails.delete(topic);
      });
    this.tails.set(topic, tail);
  }

  private safely(topic: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.logger.warn({ err: error, topic }, 'could not deliver an event from another instance');
    }
  }
}

/** JSON with Dates kept as Dates: `{ $date: iso }` on the wire. */
function withDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function revivingDates(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === 'string' && Object.keys(value).length === 1) return new Date(date);
  }
  return value;
}
