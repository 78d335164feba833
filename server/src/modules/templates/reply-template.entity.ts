import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/** A canned reply; the body may use {{customer.name}}, {{agent.name}} and {{conversation.number}}. */
@ObjectType({ description: 'A canned reply for agents; `renderReplyTemplate` fills in its variables.' })
@Entity({ tableName: 'reply_templates' })
@Index({ properties: ['locale', 'intent'] })
@Index({ properties: ['usageCount'] })
export class ReplyTemplate extends BaseEntity<'shortcut' | 'intent' | 'usageCount' | 'createdBy'> {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field({ description: 'May use {{customer.name}}, {{agent.name}} and {{conversation.number}}.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Typed after `/` in the composer: lower-case letters, digits and `-`.' })
  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  shortcut?: string | null;

  @Field(() => String, { nullable: true, description: 'The intent it answers, from the assistant’s list.' })
  @Property({ type: 'string', length: 40, nullable: true })
  intent?: string | null;

  @Field(() => String, { description: '`en` or `zh-CN`.' })
  @Property({ type: 'string', length: 8 })
  locale!: string;

  @Field(() => Int, { description: 'How often it was sent; the most used come first.' })
  @Property({ type: 'integer' })
  usageCount: number = 0;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  declare createdAt: Date;

  @Field()
  declare updatedAt: Date;
}
