import type { MessageFieldsFragment, MessageKind } from '../../../graphql/generated/graphql';

export type Message = MessageFieldsFragment;

/** Where one of the viewer's own messages is: on its way, stored, or refused (then it can be sent again). */
export type DeliveryState = 'sending' | 'sent' | 'failed';

/** A message the viewer wrote that the server has not confirmed yet. */
export interface PendingMessage {
  /** The idempotency key: kept for every retry, so the server stores the message once. */
  clientMessageId: string;
  body: string;
  internal: boolean;
  templateId: string | null;
  createdAt: string;
  state: 'sending' | 'failed';
}

/** One row of the thread on screen. */
export interface ThreadItem {
  key: string;
  message: Message;
  /** Only for the viewer's own messages. */
  delivery: DeliveryState | null;
  pending: PendingMessage | null;
}

function byTime(a: Message, b: Message): number {
  const delta = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (delta !== 0) return delta;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The thread with `incoming` merged in: one entry per id (a message from a page, the subscription and a
 * send answer is the same message), oldest first. Returns `current` itself when nothing changed.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return current;
  const known = new Set(current.map((message) => message.id));
  const fresh = incoming.filter((message, index) => !known.has(message.id) && incoming.findIndex((m) => m.id === message.id) === index);
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort(byTime);
}

/**
 * What the thread shows: stored messages, then the viewer's pending ones. A pending message disappears as
 * soon as its stored copy arrives (by clientMessageId), whichever of the answer and the subscription is first.
 */
export function threadItems(
  messages: readonly Message[],
  pending: readonly PendingMessage[],
  viewer: { id: string; displayName: string; kind: MessageKind },
): ThreadItem[] {
  const viewerId = viewer.id;
  const stored = new Set(messages.filter((m) => m.author?.id === viewerId && m.clientMessageId).map((m) => m.clientMessageId));
  const items: ThreadItem[] = messages.map((message) => ({
    key: message.id,
    message,
    delivery: message.author?.id === viewerId ? 'sent' : null,
    pending: null,
  }));
  for (const item of pending) {
    if (stored.has(item.clientMessageId)) continue;
    items.push({
      key: `pending:${item.clientMessageId}`,
      message: {
        id: `pending:${item.clientMessageId}`,
        kind: viewer.kind,
        body: item.body,
        internal: item.internal,
        clientMessageId: item.clientMessageId,
        createdAt: item.createdAt,
        author: { id: viewerId, displayName: viewer.displayName },
      },
      delivery: item.state,
      pending: item,
    });
  }
  return items;
}

/** The newest message others can see (private notes do not move `lastMessageAt`). */
export function lastPublicAt(messages: readonly Message[]): number {
  for (let index = messages.length - 1; index >= 0; index--) {
    if (!messages[index].internal) return Date.parse(messages[index].createdAt);
  }
  return 0;
}
