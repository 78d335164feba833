import { registerEnumType } from 'type-graphql';

export enum ConversationStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  TRANSFERRED = 'TRANSFERRED',
  COMPLETED = 'COMPLETED',
}

export enum Priority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum Channel {
  WEB = 'WEB',
  API = 'API',
}

/** The allowed status transitions; anything else is a CONFLICT. */
export const STATUS_TRANSITIONS: Record<ConversationStatus, readonly ConversationStatus[]> = {
  [ConversationStatus.PENDING]: [ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED, ConversationStatus.COMPLETED],
  [ConversationStatus.IN_PROGRESS]: [ConversationStatus.PENDING, ConversationStatus.TRANSFERRED, ConversationStatus.COMPLETED],
  [ConversationStatus.TRANSFERRED]: [ConversationStatus.IN_PROGRESS, ConversationStatus.PENDING, ConversationStatus.COMPLETED],
  [ConversationStatus.COMPLETED]: [ConversationStatus.PENDING],
};

registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'PENDING waits for an agent, IN_PROGRESS has an owner, TRANSFERRED waits for its new owner to accept, COMPLETED is closed.',
});
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(Channel, { name: 'Channel' });

/** Statuses in which a conversation is still being worked on. */
export const OPEN_STATUSES = [ConversationStatus.PENDING, ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED] as const;
