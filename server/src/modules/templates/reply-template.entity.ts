import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/** A canned reply; the body may use {{customer.name}}, {{agent.name}} and {{conversation.number}}. */
@Entity({ tableName: 'reply_templates' })
@Index({ properties: ['locale', 'intent'] })
@Index({ properties: ['usageCount'] })
export class ReplyTemplate extends BaseEntity<'shortcut' | 'intent' | 'usageCount' | 'createdBy'> {
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  shortcut?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  intent?: string | null;

  @Property({ type: 'string', length: 8 })
  locale!: string;

  @Property({ type: 'integer' })
  usageCount: number = 0;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;
}
