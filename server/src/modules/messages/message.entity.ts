import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { User } from '../users/user.entity.js';

export enum MessageKind {
  CUSTOMER = 'CUSTOMER',
  AGENT = 'AGENT',
  ASSISTANT = 'ASSISTANT',
  SYSTEM = 'SYSTEM',
}

registerEnumType(MessageKind, { name: 'MessageKind' });

@ObjectType({ description: 'One message of a conversation; `internal` ones are private notes that customers never see.' })
@Entity({ tableName: 'messages' })
@Index({ properties: ['conversation', 'createdAt'] })
/** Replies per agent in a range (the dashboard), answered from the index alone. */
@Index({ properties: ['kind', 'internal', 'createdAt', 'author'] })
@Unique({ properties: ['author', 'clientMessageId'] })
export class Message extends BaseEntity<'author' | 'internal' | 'clientMessageId'> {
  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  /** Null for the assistant and system messages. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  author?: Ref<User> | null;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  /** A private note: never shown to the customer. */
  @Field()
  @Property({ type: 'boolean' })
  internal: boolean = false;

  /** Idempotency key chosen by the client, unique per author. */
  @Field(() => String, { nullable: true, description: 'The idempotency key the sender chose.' })
  @Property({ type: 'string', length: 64, nullable: true })
  clientMessageId?: string | null;

  @Field(() => ID)
  declare id: string;

  @Field()
  declare createdAt: Date;
}
