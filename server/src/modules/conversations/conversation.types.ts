import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Conversation } from './conversation.entity.js';

@ObjectType({ description: 'How many conversations each inbox tab holds under the current filters.' })
export class InboxCounts {
  @Field(() => Int)
  mine!: number;

  @Field(() => Int)
  unassigned!: number;

  @Field(() => Int)
  all!: number;
}

@ObjectType()
export class ConversationConnection extends Connection(Conversation) {
  /** Computed only when asked for: one statement. */
  counts!: () => Promise<InboxCounts>;
}

@ObjectType({ description: 'What the viewer may do with a conversation, so the app offers only that.' })
export class ConversationPermissions {
  @Field()
  claim!: boolean;

  @Field()
  assign!: boolean;

  @Field()
  transfer!: boolean;

  @Field()
  acceptTransfer!: boolean;

  @Field()
  reply!: boolean;

  @Field()
  addNote!: boolean;

  @Field()
  complete!: boolean;

  @Field({ description: 'Put it back in the queue (PENDING).' })
  release!: boolean;

  @Field({ description: 'Change priority and tags.' })
  edit!: boolean;

  @Field()
  rate!: boolean;
}

@ObjectType({ description: 'Someone is typing (or stopped) in a conversation.' })
export class TypingEvent {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'True for the customer, false for the desk.' })
  isCustomer!: boolean;

  @Field()
  typing!: boolean;
}

@ObjectType({ description: 'One entry of a conversation’s history.' })
export class ConversationHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: '`status`, `assignment`, `transfer`, `priority` or `tags`.' })
  type!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  createdAt!: Date;
}
