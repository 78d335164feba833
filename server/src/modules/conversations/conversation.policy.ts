import { can, type Viewer } from '../../graphql/viewer.js';
import type { Permission } from '../../permissions/catalogue.js';
import { ConversationStatus, type ConversationStatus as Status } from './conversation-status.js';

/**
 * What a person may do with one conversation, beyond what the permission matrix can say. Pure functions of
 * the viewer and the conversation's facts: the services enforce them, and `viewerCan` exposes them so the
 * web hides what a user cannot do.
 */
export interface ConversationFacts {
  status: Status;
  customerId: string;
  assigneeId: string | null;
  transferTargetId: string | null;
  teamId: string | null;
  /** Whether the customer has rated it already. */
  evaluated?: boolean;
}

const OPEN: readonly Status[] = [ConversationStatus.PENDING, ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED];

const isOpen = (c: ConversationFacts) => OPEN.includes(c.status);
const isCustomer = (viewer: Viewer, c: ConversationFacts) => c.customerId === viewer.user.id;
const handles = (viewer: Viewer) => can(viewer, 'conversation:handle');

/** Reading it at all: its customer, or anyone who reads every conversation. */
/** Who reads conversations at all: the desk every one, customers their own. */
export const READS_CONVERSATIONS = ['conversation:read:any', 'conversation:read:own'] as const satisfies readonly Permission[];

export function maySee(viewer: Viewer, c: Pick<ConversationFacts, 'customerId'>): boolean {
  return can(viewer, 'conversation:read:any') || (can(viewer, 'conversation:read:own') && c.customerId === viewer.user.id);
}

/** Private notes are for the desk, never for customers. */
export function maySeeInternalNotes(viewer: Viewer): boolean {
  return can(viewer, 'conversation:read:any');
}

export function mayClaim(viewer: Viewer, c: ConversationFacts): boolean {
  return handles(viewer) && c.status === ConversationStatus.PENDING;
}

export function mayAssign(viewer: Viewer, c: ConversationFacts): boolean {
  return can(viewer, 'conversation:assign') && isOpen(c);
}

/** The owner hands it on; someone who may assign can move anyone's. */
export function mayTransfer(viewer: Viewer, c: ConversationFacts): boolean {
  if (!can(viewer, 'conversation:transfer')) return false;
  if (c.status === ConversationStatus.PENDING) return true;
  if (c.status !== ConversationStatus.IN_PROGRESS) return false;
  return c.assigneeId === viewer.user.id || can(viewer, 'conversation:assign');
}

/** The agent it was handed to, or (for a team hand-over) any member of that team. */
export function mayAcceptTransfer(viewer: Viewer, c: ConversationFacts, viewerTeamIds: readonly string[]): boolean {
  if (!handles(viewer) || c.status !== ConversationStatus.TRANSFERRED) return false;
  if (c.transferTargetId) return c.transferTargetId === viewer.user.id;
  return c.teamId !== null && viewerTeamIds.includes(c.teamId);
}

/** Customers write into their own conversations (a completed one reopens); the desk into any. */
export function mayReply(viewer: Viewer, c: ConversationFacts): boolean {
  if (!can(viewer, 'message:send')) return false;
  if (isCustomer(viewer, c)) return true;
  return handles(viewer);
}

export function mayAddNote(viewer: Viewer, _c: ConversationFacts): boolean {
  return handles(viewer) && can(viewer, 'message:send');
}

export function mayComplete(viewer: Viewer, c: ConversationFacts): boolean {
  return handles(viewer) && isOpen(c);
}

/** Putting it back in the queue (PENDING): from any other status. */
export function mayRelease(viewer: Viewer, c: ConversationFacts): boolean {
  return handles(viewer) && c.status !== ConversationStatus.PENDING;
}

export function mayEdit(viewer: Viewer, _c: ConversationFacts): boolean {
  return handles(viewer);
}

/** Only its customer, once, after it was completed. */
export function mayRate(viewer: Viewer, c: ConversationFacts): boolean {
  return can(viewer, 'evaluation:submit') && isCustomer(viewer, c) && c.status === ConversationStatus.COMPLETED && !c.evaluated;
}
