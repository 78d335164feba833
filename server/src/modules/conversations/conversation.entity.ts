import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Tag } from '../tags/tag.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';
import { Channel, ConversationStatus, Priority, STATUS_TRANSITIONS } from './conversation-status.js';

@Entity({ tableName: 'conversations' })
@Index({ properties: ['status', 'lastMessageAt'] })
@Index({ properties: ['assignee', 'status'] })
@Index({ properties: ['customer', 'lastMessageAt'] })
@Index({ properties: ['team', 'status'] })
@Index({ properties: ['priority'] })
@Index({ properties: ['intent'] })
@Index({ properties: ['createdAt'] })
export class Conversation extends BaseEntity<
  'status' | 'priority' | 'channel' | 'version' | 'assignee' | 'team' | 'intent' | 'sentiment' | 'language'
> {
  /** Short sequential number shown to people ("#42"). */
  @Property({ type: 'integer', unique: true })
  number!: number;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @ManyToOne(() => User, { ref: true })
  customer!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assignee?: Ref<User> | null;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team?: Ref<Team> | null;

  @Enum({ items: () => ConversationStatus })
  status: ConversationStatus = ConversationStatus.PENDING;

  @Enum({ items: () => Priority })
  priority: Priority = Priority.NORMAL;

  @Enum({ items: () => Channel })
  channel: Channel = Channel.WEB;

  @ManyToMany(() => Tag, undefined, { owner: true, pivotTable: 'conversation_tags' })
  tags = new Collection<Tag>(this);

  @Property({ type: 'string', length: 40, nullable: true })
  intent?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  sentiment?: string | null;

  @Property({ type: 'string', length: 8, nullable: true })
  language?: string | null;

  @Property({ type: 'datetime', nullable: true })
  firstResponseAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastMessageAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** The one place a status changes: rejects transitions the workflow does not allow. */
  changeStatus(next: ConversationStatus, at = new Date()): ConversationStatus {
    const previous = this.status;
    if (previous === next) return previous;
    if (!STATUS_TRANSITIONS[previous].includes(next)) {
      throw new Error(`Cannot move a ${previous} conversation to ${next}`);
    }
    this.status = next;
    this.resolvedAt = next === ConversationStatus.COMPLETED ? at : null;
    return previous;
  }
}
