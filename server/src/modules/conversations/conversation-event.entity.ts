import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation } from './conversation.entity.js';

/** Append-only history of a conversation: status changes, assignments, transfers, tag changes. */
@Entity({ tableName: 'conversation_events' })
@Index({ properties: ['conversation', 'createdAt'] })
@Index({ properties: ['type', 'createdAt'] })
export class ConversationEvent extends BaseEntity<'actor' | 'from' | 'to' | 'reason' | 'detail'> {
  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  /** `status`, `assignment`, `transfer`, `tags`, `priority`. */
  @Property({ type: 'string', length: 32 })
  type!: string;

  @Property({ type: 'string', length: 120, nullable: true })
  from?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  to?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;
}
