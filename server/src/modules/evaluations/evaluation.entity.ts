import type { Ref } from '@mikro-orm/core';
import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';

/** The customer's rating of a completed conversation: one per conversation. */
@Entity({ tableName: 'evaluations' })
export class Evaluation extends BaseEntity<'comment'> {
  @OneToOne(() => Conversation, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  /** 1..5 */
  @Property({ type: 'integer' })
  rating!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
