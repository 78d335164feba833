import { type EntityManager, raw } from '@mikro-orm/core';
import { SERIAL_LOCKS, serializeOnRow } from '../../db/dialect.js';
import { type PageRequest, paginate } from '../../graphql/connection.js';
import { badInput, conflict, forbidden } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { PubSub } from '../../realtime/pubsub.js';
import type { AuditService } from '../audit/audit.service.js';
import { type Limiter, type RateLimits, throttle } from '../auth/rate-limiter.js';
import type { Conversation } from '../conversations/conversation.entity.js';
import { type MessageAddedEvent, TOPIC } from '../conversations/conversation.events.js';
import * as policy from '../conversations/conversation.policy.js';
import { messageScope } from '../conversations/conversation.scope.js';
import { type ConversationService, factsOf } from '../conversations/conversation.service.js';
import * as workflow from '../conversations/conversation.workflow.js';
import type { SearchIndex } from '../search/search-index.js';
import { ReplyTemplate } from '../templates/reply-template.entity.js';
import { User } from '../users/user.entity.js';
import { Message, MessageKind } from './message.entity.js';

const PREVIEW_LENGTH = 200;

/** Oldest first, like a chat; the id breaks ties. */
const THREAD_ORDER = [
  { property: 'createdAt', direction: 'asc' as const },
  { property: 'id', direction: 'asc' as const },
];

/**
 * Messages: starting a consultation, sending, and reading a thread. Sending is idempotent per
 * (author, clientMessageId): a retry after a lost answer returns the stored message instead of a copy.
 */
export class MessageService {
  private readonly starts: Limiter;
  private readonly sends: Limiter;

  constructor(
    private readonly conversations: ConversationService,
    private readonly audit: AuditService,
    private readonly pubsub: PubSub,
    private readonly search: SearchIndex | null,
    limits: RateLimits,
  ) {
    // Far above what a person types (a message every half second, a new consultation every minute), low
    // enough that a script flooding the desk is refused early; retries of a clientMessageId are not counted.
    this.starts = limits.limiter('conversation-start', 60, 60 * 60_000);
    this.sends = limits.limiter('message-send', 120, 60_000);
  }

  /**
   * The thread of a conversation the viewer may see, without private notes for customers. Oldest first;
   * `last`/`before` read it from its newest end (a long thread opens at its latest messages).
   */
  thread(em: EntityManager, viewer: Viewer, conversationId: string, page: PageRequest) {
    return paginate(em, Message, { $and: [{ conversation: conversationId }, messageScope(viewer)] }, THREAD_ORDER, page);
  }

  /** A customer starts a consultation: the conversation and its first message, once per clientMessageId. */
  async start(
    em: EntityManager,
    viewer: Viewer,
    input: { subject: string; body: string; clientMessageId: string },
    origin: RequestOrigin,
  ): Promise<Conversation> {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject) throw badInput([{ field: 'subject', message: 'Give the conversation a subject.', code: 'blank' }]);
    if (!body) throw badInput([{ field: 'body', message: 'Write a message.', code: 'blank' }]);
    const earlier = await this.earlier(em, viewer, input.clientMessageId);
    if (earlier) return earlier.conversation.load() as Promise<Conversation>;
    await throttle([this.starts, viewer.user.id]);

    const at = new Date();
    const conversation = await this.once(
      em,
      viewer,
      input.clientMessageId,
      (m) => m.conversation.load() as Promise<Conversation>,
      (tx) => this.openWithMessage(tx, viewer, { subject, body, clientMessageId: input.clientMessageId }, at, origin),
    );
    await this.conversations.touchRead(em, viewer.user.id, conversation.id, at);
    return this.conversations.publishChanged(em, conversation);
  }

  private async openWithMessage(
    tx: EntityManager,
    viewer: Viewer,
    input: { subject: string; body: string; clientMessageId: string },
    at: Date,
    origin: RequestOrigin,
  ): Promise<Conversation> {
    const { subject, body } = input;
    const opened = await this.conversations.open(tx, viewer, subject, at, origin);
    const message = this.write(tx, opened, viewer, { body, internal: false, clientMessageId: input.clientMessageId }, at);
    await this.search?.indexSubject(tx, { id: opened.id, subject });
    await tx.flush();
    await this.search?.indexMessage(tx, { id: message.id, conversationId: opened.id, body, internal: false });
    return opened;
  }

  async send(
    em: EntityManager,
    viewer: Viewer,
    input: { conversationId: string; body: string; internal?: boolean | null; clientMessageId: string; templateId?: string | null },
    origin: RequestOrigin,
  ): Promise<Message> {
    const body = input.body.trim();
    if (!body) throw badInput([{ field: 'body', message: 'Write a message.', code: 'blank' }]);
    const internal = input.internal === true;
    const earlier = await this.earlier(em, viewer, input.clientMessageId);
    if (earlier) {
      if (earlier.conversation.id !== input.conversationId) {
        throw conflict('This clientMessageId was used for another conversation.', { reason: 'ID_REUSED' });
      }
      return earlier;
    }
    await throttle([this.sends, viewer.user.id]);

    const at = new Date();
    const { message, conversation } = await this.once(
      em,
      viewer,
      input.clientMessageId,
      async (m) => ({ message: m, conversation: (await m.conversation.load()) as Conversation }),
      (tx) => this.append(tx, viewer, { ...input, body, internal }, at, origin),
    );
    await this.conversations.touchRead(em, viewer.user.id, conversation.id, at);
    await em.populate(message, ['author']);
    const event: MessageAddedEvent = { conversationId: conversation.id, customerId: conversation.customer.id, internal, message };
    await this.pubsub.publish(TOPIC.messageAdded, event);
    await this.conversations.publishChanged(em, conversation);
    return message;
  }

  /** Adds a message to a conversation in scope, applying the workflow (a customer reopens a completed one). */
  private async append(
    tx: EntityManager,
    viewer: Viewer,
    input: { conversationId: string; body: string; internal: boolean; clientMessageId: string; templateId?: string | null },
    at: Date,
    origin: RequestOrigin,
  ): Promise<{ message: Message; conversation: Conversation }> {
    const { body, internal } = input;
    // Messages to one conversation take turns: each reads the version the previous one committed.
    await serializeOnRow(tx, SERIAL_LOCKS.conversationWrite, input.conversationId);
    const conversation = await this.conversations.get(tx, viewer, input.conversationId);
    const facts = factsOf(conversation);
    if (internal ? !policy.mayAddNote(viewer, facts) : !policy.mayReply(viewer, facts)) {
      throw forbidden(internal ? 'Only the desk writes private notes.' : 'You may not write in this conversation.');
    }
    const isCustomer = conversation.customer.id === viewer.user.id;
    const events = isCustomer ? workflow.customerWrote(conversation, at) : [];
    if (!isCustomer && !internal && !conversation.firstResponseAt) conversation.firstResponseAt = at;
    const message = this.write(tx, conversation, viewer, { body, internal, clientMessageId: input.clientMessageId }, at);
    this.conversations.recordEvents(tx, conversation, viewer.user.id, events);
    if (events.length > 0) {
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'conversation.reopen',
        targetType: 'Conversation',
        targetId: conversation.id,
        detail: { number: conversation.number, events: events.map(({ type, from, to }) => ({ type, from, to })) },
        ...origin,
      });
    }
    if (input.templateId && !isCustomer) {
      // Counted where it is used: the ranking of suggestions learns from it.
      await tx.nativeUpdate(ReplyTemplate, { id: input.templateId }, { usageCount: raw('usage_count + 1') });
    }
    await tx.flush();
    await this.search?.indexMessage(tx, { id: message.id, conversationId: conversation.id, body, internal });
    return { message, conversation };
  }

  /**
   * Runs `create` in a transaction unless this author already used the key; when a concurrent request with
   * the same key wins the race (the unique index says so), answers with what that one stored.
   */
  private async once<T>(
    em: EntityManager,
    viewer: Viewer,
    clientMessageId: string,
    fromEarlier: (message: Message) => Promise<T>,
    create: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await em.transactional(create);
    } catch (error) {
      if ((error as { name?: string }).name !== 'UniqueConstraintViolationException') throw error;
      const earlier = await this.earlier(em.fork(), viewer, clientMessageId);
      if (!earlier) throw error;
      return fromEarlier(earlier);
    }
  }

  /** A message this author already sent with this key (the retry of a send whose answer was lost). */
  private earlier(em: EntityManager, viewer: Viewer, clientMessageId: string): Promise<Message | null> {
    return em.findOne(Message, { author: viewer.user.id, clientMessageId });
  }

  private write(
    tx: EntityManager,
    conversation: Conversation,
    viewer: Viewer,
    input: { body: string; internal: boolean; clientMessageId: string },
    at: Date,
  ): Message {
    const isCustomer = conversation.customer.id === viewer.user.id;
    if (!input.internal) {
      conversation.lastMessageAt = at;
      conversation.lastMessagePreview = input.body.slice(0, PREVIEW_LENGTH);
    }
    return tx.create(Message, {
      conversation,
      author: tx.getReference(User, viewer.user.id, { wrapped: true }),
      kind: isCustomer ? MessageKind.CUSTOMER : MessageKind.AGENT,
      body: input.body,
      internal: input.internal,
      clientMessageId: input.clientMessageId,
      createdAt: at,
    });
  }
}
