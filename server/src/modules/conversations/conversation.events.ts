import type { Message } from '../messages/message.entity.js';
import type { Conversation } from './conversation.entity.js';

/**
 * What the conversations feature publishes. Payloads carry entities loaded with what subscribers resolve
 * (customer, assignee, tags, author), so a fan-out to many sockets reads no database; the facts beside them
 * (customer id, internal) let each subscription check its viewer's scope without a query.
 */
export const TOPIC = {
  messageAdded: 'conversations.messageAdded',
  conversationChanged: 'conversations.changed',
  typing: 'conversations.typing',
} as const;

export interface MessageAddedEvent {
  conversationId: string;
  customerId: string;
  internal: boolean;
  message: Message;
}

export interface ConversationChangedEvent {
  conversationId: string;
  customerId: string;
  conversation: Conversation;
}

export interface TypingEventPayload {
  conversationId: string;
  customerId: string;
  userId: string;
  displayName: string;
  isCustomer: boolean;
  typing: boolean;
  /** Notes are typed for the desk only: customers never learn of them. */
  internal: boolean;
}
