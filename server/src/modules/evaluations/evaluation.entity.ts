import type { Ref } from '@mikro-orm/core';
import { Entity, Index, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';

/** The customer's rating of a completed conversation: one per conversation. */
@ObjectType({ description: 'The customer’s rating of a completed conversation (one per conversation).' })
@Entity({ tableName: 'evaluations' })
/** Ratings given in a range: the dashboard's satisfaction figures. */
@Index({ properties: ['createdAt'] })
export class Evaluation extends BaseEntity<'comment'> {
  @Field(() => ID)
  declare id: string;

  @OneToOne(() => Conversation, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  /** 1..5 */
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @Property({ type: 'integer' })
  rating!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field()
  declare createdAt: Date;
}
