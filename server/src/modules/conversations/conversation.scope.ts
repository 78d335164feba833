import type { FilterQuery } from '@mikro-orm/core';
import { can, type Viewer } from '../../graphql/viewer.js';
import type { Message } from '../messages/message.entity.js';
import type { Conversation } from './conversation.entity.js';
import { maySeeInternalNotes } from './conversation.policy.js';

/** Matches nothing: for a viewer who may read no conversation at all. */
const NOTHING = { id: { $in: [] as string[] } };

/**
 * The conversations a viewer may see, as a filter every query adds: lists, counts, single lookups, search and
 * exports. Customers see their own; the desk sees all.
 */
export function conversationScope(viewer: Viewer): FilterQuery<Conversation> {
  if (can(viewer, 'conversation:read:any')) return {};
  if (can(viewer, 'conversation:read:own')) return { customer: viewer.user.id };
  return NOTHING;
}

/** The messages a viewer may see: those of conversations in scope, without private notes for customers. */
export function messageScope(viewer: Viewer): FilterQuery<Message> {
  const scope = conversationScope(viewer);
  const ofConversations = scope === NOTHING ? { id: { $in: [] as string[] } } : Object.keys(scope).length ? { conversation: scope } : {};
  return maySeeInternalNotes(viewer) ? ofConversations : { ...ofConversations, internal: false };
}
