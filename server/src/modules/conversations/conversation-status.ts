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
