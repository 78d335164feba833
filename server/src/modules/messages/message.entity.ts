import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { User } from '../users/user.entity.js';

export enum MessageKind {
  CUSTOMER = 'CUSTOMER',
  AGENT = 'AGENT',
  ASSISTANT = 'ASSISTANT',
  SYSTEM = 'SYSTEM',
}

@Entity({ tableName: 'messages' })
@Index({ properties: ['conversation', 'createdAt'] })
@Unique({ properties: ['author', 'clientMessageId'] })
export class Message extends BaseEntity<'author' | 'internal' | 'clientMessageId'> {
  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  /** Null for the assistant and system messages. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  author?: Ref<User> | null;

  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Property({ type: 'text' })
  body!: string;

  /** A private note: never shown to the customer. */
  @Property({ type: 'boolean' })
  internal: boolean = false;

  /** Idempotency key chosen by the client, unique per author. */
  @Property({ type: 'string', length: 64, nullable: true })
  clientMessageId?: string | null;
}
