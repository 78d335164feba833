import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation } from './conversation.entity.js';

/** How far a person has read a conversation: behind the unread markers of the inbox. */
@Entity({ tableName: 'conversation_reads' })
@Unique({ properties: ['user', 'conversation'] })
export class ConversationRead extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  @Property({ type: 'datetime' })
  lastReadAt!: Date;
}
