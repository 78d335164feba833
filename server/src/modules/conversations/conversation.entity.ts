import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { conflict } from '../../graphql/errors.js';
import { Tag } from '../tags/tag.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';
import { Channel, ConversationStatus, Priority, STATUS_TRANSITIONS } from './conversation-status.js';

@ObjectType({ description: 'A consultation between a customer and the desk.' })
@Entity({ tableName: 'conversations' })
@Index({ properties: ['status', 'lastMessageAt'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['customer', 'lastMessageAt'] })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['priority'] })
@Index({ properties: ['intent'] })
@Index({ properties: ['createdAt'] })
/** The dashboard's started and completed conversations of a range, answered from these indexes alone. */
@Index({ properties: ['createdAt', 'firstResponseAt'] })
@Index({ properties: ['resolvedAt', 'createdAt', 'assignee'] })
@Index({ properties: ['lastMessageAt', 'id'] })
@Index({ properties: ['transferTarget', 'status'] })
export class Conversation extends BaseEntity<
  | 'status'
  | 'priority'
  | 'channel'
  | 'version'
  | 'assignee'
  | 'team'
  | 'intent'
  | 'sentiment'
  | 'language'
  | 'transferTarget'
  | 'lastMessagePreview'
> {
  @Field(() => ID)
  declare id: string;

  /** Short sequential number shown to people ("#42"). */
  @Field(() => Int, { description: 'Short sequential number shown to people ("#42").' })
  @Property({ type: 'integer', unique: true })
  number!: number;

  @Field()
  @Property({ type: 'string', length: 200 })
  subject!: string;

  @ManyToOne(() => User, { ref: true })
  customer!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assignee?: Ref<User> | null;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team?: Ref<Team> | null;

  /** While TRANSFERRED: the agent who is to accept it (null when it was handed to a team). */
  @ManyToOne(() => User, { ref: true, nullable: true })
  transferTarget?: Ref<User> | null;

  @Field(() => ConversationStatus)
  @Enum({ items: () => ConversationStatus })
  status: ConversationStatus = ConversationStatus.PENDING;

  @Field(() => Priority)
  @Enum({ items: () => Priority })
  priority: Priority = Priority.NORMAL;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel: Channel = Channel.WEB;

  @ManyToMany(() => Tag, undefined, { owner: true, pivotTable: 'conversation_tags' })
  tags = new Collection<Tag>(this);

  @Field(() => String, { nullable: true, description: 'What the customer wants, as the assistant recognised it.' })
  @Property({ type: 'string', length: 40, nullable: true })
  intent?: string | null;

  @Field(() => String, { nullable: true, description: '`negative`, `neutral` or `positive`.' })
  @Property({ type: 'string', length: 16, nullable: true })
  sentiment?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 8, nullable: true })
  language?: string | null;

  @Field()
  declare createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an agent first answered the customer.' })
  @Property({ type: 'datetime', nullable: true })
  firstResponseAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last completed.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** Set at creation and by every message visible to the customer: the inbox's sort key, never null. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastMessageAt?: Date | null;

  /** The start of the last message the customer can see (notes never land here), for inbox rows. */
  @Field(() => String, { nullable: true, description: 'The start of the last message the customer can see.' })
  @Property({ type: 'string', length: 200, nullable: true })
  lastMessagePreview?: string | null;

  @Field(() => Int, { description: 'Changes on every update; pass it as `expectedVersion` to detect races.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** The one place a status changes: refuses transitions the workflow does not allow (CONFLICT). */
  changeStatus(next: ConversationStatus, at = new Date()): ConversationStatus {
    const previous = this.status;
    if (previous === next) return previous;
    if (!STATUS_TRANSITIONS[previous].includes(next)) {
      throw conflict(`A ${previous} conversation cannot become ${next}.`, { reason: 'INVALID_TRANSITION' });
    }
    this.status = next;
    if (next === ConversationStatus.COMPLETED) this.resolvedAt = at;
    else if (previous === ConversationStatus.COMPLETED) this.resolvedAt = null;
    if (next !== ConversationStatus.TRANSFERRED) this.transferTarget = null;
    return previous;
  }
}
