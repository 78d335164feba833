import type { Ref } from '@mikro-orm/core';
import { conflict } from '../../graphql/errors.js';
import type { Team } from '../teams/team.entity.js';
import type { User } from '../users/user.entity.js';
import type { Conversation } from './conversation.entity.js';
import { ConversationStatus } from './conversation-status.js';

/**
 * The workflow rules, in one place. Each move changes the conversation and says what happened, as events
 * for its history; services load, check permissions and policies, persist and publish around these.
 *
 *   PENDING ──claim/assign──▶ IN_PROGRESS ──transfer──▶ TRANSFERRED ──accept──▶ IN_PROGRESS (new owner)
 *   any open status ──complete──▶ COMPLETED ──customer writes──▶ PENDING
 */
export interface WorkflowEvent {
  type: 'status' | 'assignment' | 'transfer' | 'priority' | 'tags';
  from: string | null;
  to: string | null;
  reason?: string | null;
  detail?: Record<string, unknown> | null;
}

/** A person taking part: a reference to a user (only the id is read). */
export type Party = Ref<User>;

/** Owner and status change together: the assignment event carries user ids, the status event the statuses. */
function moveTo(conversation: Conversation, status: ConversationStatus, owner: Party | null, at: Date): WorkflowEvent[] {
  const events: WorkflowEvent[] = [];
  const previousOwner = conversation.assignee?.id ?? null;
  const previousStatus = conversation.changeStatus(status, at);
  if (previousOwner !== (owner?.id ?? null)) {
    conversation.assignee = owner;
    events.push({ type: 'assignment', from: previousOwner, to: owner?.id ?? null });
  }
  if (previousStatus !== status) events.push({ type: 'status', from: previousStatus, to: status });
  return events;
}

/** An agent takes a waiting conversation. */
export function claim(conversation: Conversation, agent: Party, at = new Date()): WorkflowEvent[] {
  if (conversation.status !== ConversationStatus.PENDING) {
    throw conflict('Someone else has taken this conversation already.', { reason: 'NOT_PENDING' });
  }
  return moveTo(conversation, ConversationStatus.IN_PROGRESS, agent, at);
}

/** Someone who may assign gives an open conversation to an agent. */
export function assign(conversation: Conversation, agent: Party, at = new Date()): WorkflowEvent[] {
  if (conversation.status === ConversationStatus.COMPLETED) {
    throw conflict('A completed conversation cannot be assigned.', { reason: 'COMPLETED' });
  }
  return moveTo(conversation, ConversationStatus.IN_PROGRESS, agent, at);
}

/** Hands it to an agent or a team; it waits, TRANSFERRED, until they accept. */
export function transfer(
  conversation: Conversation,
  target: { agent: Party | null; team: Ref<Team> | null; reason: string },
  at = new Date(),
): WorkflowEvent[] {
  const previousStatus = conversation.changeStatus(ConversationStatus.TRANSFERRED, at);
  conversation.transferTarget = target.agent;
  if (target.team) conversation.team = target.team;
  return [
    {
      type: 'transfer',
      from: conversation.assignee?.id ?? null,
      to: target.agent?.id ?? target.team?.id ?? null,
      reason: target.reason,
      detail: { toAgentId: target.agent?.id ?? null, toTeamId: target.team?.id ?? null },
    },
    { type: 'status', from: previousStatus, to: ConversationStatus.TRANSFERRED },
  ];
}

/** The new owner takes a transferred conversation. */
export function acceptTransfer(conversation: Conversation, agent: Party, at = new Date()): WorkflowEvent[] {
  if (conversation.status !== ConversationStatus.TRANSFERRED) {
    throw conflict('This conversation is not waiting for a hand-over any more.', { reason: 'NOT_TRANSFERRED' });
  }
  return moveTo(conversation, ConversationStatus.IN_PROGRESS, agent, at);
}

export function complete(conversation: Conversation, at = new Date()): WorkflowEvent[] {
  if (conversation.status === ConversationStatus.COMPLETED) {
    throw conflict('This conversation is completed already.', { reason: 'COMPLETED' });
  }
  return moveTo(conversation, ConversationStatus.COMPLETED, conversation.assignee ?? null, at);
}

/** Back to the queue, without an owner (an agent releases it, or its customer writes after completion). */
export function release(conversation: Conversation, at = new Date()): WorkflowEvent[] {
  return moveTo(conversation, ConversationStatus.PENDING, null, at);
}

/**
 * Someone leaves the desk (deactivated): what they own goes back to the queue; a hand-over waiting for them
 * stays with the agent who handed it over.
 */
export function ownerLeft(conversation: Conversation, leaverId: string, at = new Date()): WorkflowEvent[] {
  const owner = conversation.assignee ?? null;
  if (conversation.status === ConversationStatus.TRANSFERRED && owner && owner.id !== leaverId) {
    return moveTo(conversation, ConversationStatus.IN_PROGRESS, owner, at);
  }
  return release(conversation, at);
}

/** Moves to a status by name (`setConversationStatus`): each target has its rule. */
export function setStatus(conversation: Conversation, status: ConversationStatus, actor: Party, at = new Date()): WorkflowEvent[] {
  switch (status) {
    case ConversationStatus.COMPLETED:
      return complete(conversation, at);
    case ConversationStatus.PENDING:
      return release(conversation, at);
    case ConversationStatus.IN_PROGRESS:
      return conversation.status === ConversationStatus.TRANSFERRED
        ? acceptTransfer(conversation, actor, at)
        : claim(conversation, actor, at);
    case ConversationStatus.TRANSFERRED:
      throw conflict('Use transferConversation to hand a conversation over.', { reason: 'USE_TRANSFER' });
  }
}

/** A customer message: completed conversations reopen as PENDING. */
export function customerWrote(conversation: Conversation, at: Date): WorkflowEvent[] {
  return conversation.status === ConversationStatus.COMPLETED ? release(conversation, at) : [];
}
