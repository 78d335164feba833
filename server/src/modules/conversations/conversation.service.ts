import { type EntityManager, ref } from '@mikro-orm/core';
import { newId } from '../../db/base.entity.js';
import { SERIAL_LOCKS, serializeOn } from '../../db/dialect.js';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { PubSub } from '../../realtime/pubsub.js';
import type { AuditService } from '../audit/audit.service.js';
import { Tag } from '../tags/tag.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';
import { autoAssignEnabled, leastLoadedAgent } from './auto-assign.js';
import { Conversation } from './conversation.entity.js';
import { type ConversationChangedEvent, TOPIC, type TypingEventPayload } from './conversation.events.js';
import * as policy from './conversation.policy.js';
import { conversationScope } from './conversation.scope.js';
import * as workflow from './conversation.workflow.js';
import { ConversationEvent } from './conversation-event.entity.js';
import { ConversationRead } from './conversation-read.entity.js';
import { ConversationStatus, type Priority } from './conversation-status.js';

/** The relations every published conversation carries, so subscribers resolve them without a query. */
export const PUBLISHED_RELATIONS = ['customer', 'assignee', 'team', 'tags', 'transferTarget'] as const;

/** The facts the policies read, from a loaded conversation. */
export function factsOf(conversation: Conversation, evaluated?: boolean): policy.ConversationFacts {
  return {
    status: conversation.status,
    customerId: conversation.customer.id,
    assigneeId: conversation.assignee?.id ?? null,
    transferTargetId: conversation.transferTarget?.id ?? null,
    teamId: conversation.team?.id ?? null,
    evaluated,
  };
}

interface ChangeOptions {
  action: string;
  expectedVersion?: number | null;
  detail?: Record<string, unknown>;
}

/**
 * The customer-service workflow: every move on a conversation runs here, in one transaction with its history
 * (ConversationEvent) and its audit record, and is published to subscribers after it commits.
 */
export class ConversationService {
  constructor(
    private readonly audit: AuditService,
    private readonly pubsub: PubSub,
  ) {}

  /** One conversation in the viewer's scope; anything else is NOT_FOUND (whether it exists is not revealed). */
  async get(em: EntityManager, viewer: Viewer, id: string): Promise<Conversation> {
    const conversation = await em.findOne(Conversation, { $and: [{ id }, conversationScope(viewer)] });
    if (!conversation) throw notFound('Conversation');
    return conversation;
  }

  async claim(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin, expectedVersion?: number | null) {
    return this.change(em, viewer, id, origin, { action: 'conversation.claim', expectedVersion }, async (c, tx) => {
      if (!policy.mayClaim(viewer, factsOf(c))) throw this.refusal(c, 'claim');
      await this.assertCapacity(tx, viewer.user.id);
      return workflow.claim(c, tx.getReference(User, viewer.user.id, { wrapped: true }));
    });
  }

  async assign(em: EntityManager, viewer: Viewer, id: string, assigneeId: string, origin: RequestOrigin) {
    return this.change(em, viewer, id, origin, { action: 'conversation.assign', detail: { assigneeId } }, async (c, tx) => {
      if (!policy.mayAssign(viewer, factsOf(c))) throw this.refusal(c, 'assign');
      await this.assertAgent(tx, assigneeId, 'assigneeId');
      if (c.assignee?.id !== assigneeId) await this.assertCapacity(tx, assigneeId);
      return workflow.assign(c, tx.getReference(User, assigneeId, { wrapped: true }));
    });
  }

  async transfer(
    em: EntityManager,
    viewer: Viewer,
    input: { id: string; toAgentId?: string | null; toTeamId?: string | null; reason: string; expectedVersion?: number | null },
    origin: RequestOrigin,
  ) {
    const reason = input.reason.trim();
    if (!reason) throw badReason();
    if (!input.toAgentId && !input.toTeamId) {
      throw badInput([{ field: 'toAgentId', message: 'Choose an agent or a team to hand the conversation to.', code: 'required' }]);
    }
    const detail = { toAgentId: input.toAgentId ?? null, toTeamId: input.toTeamId ?? null, reason };
    return this.change(
      em,
      viewer,
      input.id,
      origin,
      { action: 'conversation.transfer', expectedVersion: input.expectedVersion, detail },
      async (c, tx) => {
        if (!policy.mayTransfer(viewer, factsOf(c))) throw this.refusal(c, 'transfer');
        if (input.toAgentId) {
          if (input.toAgentId === viewer.user.id) throw conflict('You cannot hand a conversation to yourself.', { reason: 'SELF' });
          await this.assertAgent(tx, input.toAgentId, 'toAgentId');
        }
        if (input.toTeamId && !(await tx.count(Team, { id: input.toTeamId }))) throw notFound('Team');
        return workflow.transfer(c, {
          agent: input.toAgentId ? tx.getReference(User, input.toAgentId, { wrapped: true }) : null,
          team: input.toTeamId ? tx.getReference(Team, input.toTeamId, { wrapped: true }) : null,
          reason,
        });
      },
    );
  }

  async acceptTransfer(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin) {
    return this.change(em, viewer, id, origin, { action: 'conversation.accept_transfer' }, async (c, tx) => {
      if (!policy.mayAcceptTransfer(viewer, factsOf(c), viewer.teamIds)) throw this.refusal(c, 'accept');
      await this.assertCapacity(tx, viewer.user.id);
      return workflow.acceptTransfer(c, tx.getReference(User, viewer.user.id, { wrapped: true }));
    });
  }

  async setStatus(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    status: ConversationStatus,
    expectedVersion: number | null | undefined,
    origin: RequestOrigin,
  ) {
    return this.change(em, viewer, id, origin, { action: 'conversation.status', expectedVersion, detail: { status } }, async (c, tx) => {
      const facts = factsOf(c);
      const allowed =
        status === ConversationStatus.COMPLETED
          ? policy.mayComplete(viewer, facts)
          : status === ConversationStatus.PENDING
            ? policy.mayRelease(viewer, facts)
            : policy.mayClaim(viewer, facts) || policy.mayAcceptTransfer(viewer, facts, viewer.teamIds);
      if (!allowed) throw this.refusal(c, 'status');
      if (status === ConversationStatus.IN_PROGRESS) await this.assertCapacity(tx, viewer.user.id);
      return workflow.setStatus(c, status, tx.getReference(User, viewer.user.id, { wrapped: true }));
    });
  }

  async setPriority(em: EntityManager, viewer: Viewer, id: string, priority: Priority, origin: RequestOrigin) {
    return this.change(em, viewer, id, origin, { action: 'conversation.priority', detail: { priority } }, async (c) => {
      if (!policy.mayEdit(viewer, factsOf(c))) throw this.refusal(c, 'edit');
      const from = c.priority;
      c.priority = priority;
      return from === priority ? [] : [{ type: 'priority', from, to: priority }];
    });
  }

  async setTags(em: EntityManager, viewer: Viewer, id: string, tagIds: string[], origin: RequestOrigin) {
    const wanted = [...new Set(tagIds)];
    return this.change(em, viewer, id, origin, { action: 'conversation.tags', detail: { tagIds: wanted } }, async (c, tx) => {
      if (!policy.mayEdit(viewer, factsOf(c))) throw this.refusal(c, 'edit');
      const tags = wanted.length ? await tx.find(Tag, { id: { $in: wanted } }) : [];
      if (tags.length !== wanted.length) throw notFound('Tag');
      await c.tags.init();
      const before = c.tags.getIdentifiers<string>().sort();
      c.tags.set(tags);
      const after = tags.map((t) => t.id).sort();
      return before.join() === after.join() ? [] : [{ type: 'tags', from: before.join(','), to: after.join(',') }];
    });
  }

  /** Remembers that the viewer has read the conversation up to now (the inbox's unread markers). */
  async markRead(em: EntityManager, viewer: Viewer, id: string): Promise<Conversation> {
    const conversation = await this.get(em, viewer, id);
    await this.touchRead(em, viewer.user.id, conversation.id, new Date());
    return conversation;
  }

  /** Upserts the read mark; one statement whatever existed before. */
  async touchRead(em: EntityManager, userId: string, conversationId: string, at: Date): Promise<void> {
    await em.upsert(
      ConversationRead,
      // upsert skips property initializers: the id and times are given here.
      {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        user: ref(User, userId),
        conversation: ref(Conversation, conversationId),
        lastReadAt: at,
      },
      { onConflictFields: ['user', 'conversation'], onConflictAction: 'merge', onConflictMergeFields: ['lastReadAt', 'updatedAt'] },
    );
  }

  /** Tells the others in a conversation that someone is typing; nothing is stored. */
  async typing(em: EntityManager, viewer: Viewer, id: string, typing: boolean, internal: boolean): Promise<boolean> {
    const conversation = await this.get(em, viewer, id);
    const isCustomer = conversation.customer.id === viewer.user.id;
    const event: TypingEventPayload = {
      conversationId: conversation.id,
      customerId: conversation.customer.id,
      userId: viewer.user.id,
      displayName: viewer.user.displayName,
      isCustomer,
      typing,
      internal: internal && !isCustomer,
    };
    await this.pubsub.publish(TOPIC.typing, event);
    return true;
  }

  /**
   * Opens a new conversation for a customer; with auto-assignment on, the least-loaded available agent gets
   * it at once. The caller (the message service) adds the first message in the same transaction.
   */
  async open(tx: EntityManager, viewer: Viewer, subject: string, at: Date, origin: RequestOrigin): Promise<Conversation> {
    // Numbers are the previous one plus one: concurrent openers take turns (a no-op on SQLite's single writer).
    await serializeOn(tx, SERIAL_LOCKS.conversationNumber);
    const [last] = await tx.find(Conversation, {}, { orderBy: { number: 'desc' }, fields: ['number'], limit: 1 });
    const conversation = tx.create(Conversation, {
      number: (last?.number ?? 0) + 1,
      subject,
      customer: tx.getReference(User, viewer.user.id, { wrapped: true }),
      lastMessageAt: at,
      createdAt: at,
    });
    const events: workflow.WorkflowEvent[] = [{ type: 'status', from: null, to: ConversationStatus.PENDING }];
    if (await autoAssignEnabled(tx)) {
      const agentId = await leastLoadedAgent(tx, null);
      if (agentId) events.push(...workflow.assign(conversation, tx.getReference(User, agentId, { wrapped: true }), at));
    }
    this.recordEvents(tx, conversation, null, events);
    await this.audit.recordIn(tx, {
      actorId: viewer.user.id,
      action: 'conversation.start',
      targetType: 'Conversation',
      targetId: conversation.id,
      detail: { number: conversation.number, assigneeId: conversation.assignee?.id ?? null },
      ...origin,
    });
    return conversation;
  }

  /**
   * Hands back every open conversation a person owns or a hand-over waits for (they were deactivated), in
   * the caller's transaction; publish the returned ones after the commit.
   */
  async handBackAllOf(tx: EntityManager, leaverId: string, actorId: string, reason: string): Promise<Conversation[]> {
    const open = await tx.find(Conversation, {
      $or: [
        { assignee: leaverId, status: { $in: [ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED] } },
        { transferTarget: leaverId, status: ConversationStatus.TRANSFERRED },
      ],
    });
    const at = new Date();
    for (const conversation of open) {
      const events = workflow.ownerLeft(conversation, leaverId, at).map((event) => ({ ...event, reason }));
      this.recordEvents(tx, conversation, actorId, events);
    }
    return open;
  }

  /** Writes the history rows of a move. */
  recordEvents(tx: EntityManager, conversation: Conversation, actorId: string | null, events: workflow.WorkflowEvent[]): void {
    for (const event of events) {
      tx.create(ConversationEvent, {
        conversation,
        actor: actorId ? tx.getReference(User, actorId, { wrapped: true }) : null,
        type: event.type,
        from: event.from,
        to: event.to,
        reason: event.reason ?? null,
        detail: event.detail ?? null,
      });
    }
  }

  /**
   * Tells the inbox streams, after the transaction committed: reads the conversation afresh in the request's
   * EntityManager with what subscribers resolve, and returns that copy for the caller's answer too.
   */
  async publishChanged(em: EntityManager, conversation: Conversation): Promise<Conversation> {
    const fresh = await em.findOneOrFail(Conversation, { id: conversation.id }, { populate: PUBLISHED_RELATIONS, refresh: true });
    const event: ConversationChangedEvent = { conversationId: fresh.id, customerId: fresh.customer.id, conversation: fresh };
    await this.pubsub.publish(TOPIC.conversationChanged, event);
    return fresh;
  }

  /** Loads in scope, checks the version, applies the move, records history and audit, commits, publishes. */
  private async change(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    origin: RequestOrigin,
    options: ChangeOptions,
    move: (conversation: Conversation, tx: EntityManager) => Promise<workflow.WorkflowEvent[]>,
  ): Promise<Conversation> {
    const conversation = await em.transactional(async (tx) => {
      const c = await this.get(tx, viewer, id);
      if (options.expectedVersion !== undefined && options.expectedVersion !== null && c.version !== options.expectedVersion) {
        throw conflict('Someone changed this conversation meanwhile. Reload it and try again.', {
          reason: 'VERSION',
          currentVersion: c.version,
        });
      }
      const events = await move(c, tx);
      if (events.length === 0) return c;
      this.recordEvents(tx, c, viewer.user.id, events);
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: options.action,
        targetType: 'Conversation',
        targetId: c.id,
        detail: { ...options.detail, number: c.number, events: events.map(({ type, from, to }) => ({ type, from, to })) },
        ...origin,
      });
      return c;
    });
    return this.publishChanged(em, conversation);
  }

  /** An agent may hold at most `capacity` open conversations. */
  private async assertCapacity(tx: EntityManager, agentId: string): Promise<void> {
    const agent = await tx.findOneOrFail(User, { id: agentId }, { fields: ['capacity'] });
    const open = await tx.count(Conversation, {
      assignee: agentId,
      status: { $in: [ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED] },
    });
    if (open >= agent.capacity) {
      throw conflict(`At capacity: ${open} open conversations of ${agent.capacity}. Complete or hand one over first.`, {
        reason: 'AT_CAPACITY',
      });
    }
  }

  /** The person must be an active member of the desk (allowed to handle conversations). */
  private async assertAgent(tx: EntityManager, userId: string, field: string): Promise<void> {
    const user = await tx.findOne(User, { id: userId, active: true }, { populate: ['role'] });
    if (!user?.role.getEntity().permissions.includes('conversation:handle')) {
      throw notFound(field === 'assigneeId' ? 'Assignee' : 'Agent');
    }
  }

  /** FORBIDDEN when the viewer may never do it; CONFLICT when the conversation's state is what stands in the way. */
  private refusal(conversation: Conversation, what: string) {
    const state = `${conversation.status}`.toLowerCase().replace('_', ' ');
    return what === 'edit'
      ? forbidden('You may not change this conversation.')
      : conflict(`You cannot ${what} a conversation that is ${state}.`, {
          reason: 'NOT_ALLOWED_NOW',
          status: conversation.status,
        });
  }
}

function badReason() {
  return badInput([{ field: 'reason', message: 'Say why you hand the conversation over.', code: 'blank' }]);
}
