import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/**
 * Append-only record of security-relevant operations. Each row hashes its content together with the
 * previous row's hash, so editing or deleting a row breaks the chain and is detectable.
 */
@ObjectType({ description: 'One recorded operation: who did what to which target, when and from where.' })
@Entity({ tableName: 'audit_logs' })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['actor', 'createdAt'] })
@Index({ properties: ['action', 'createdAt'] })
@Index({ properties: ['targetType', 'targetId'] })
export class AuditLog extends BaseEntity<'actor' | 'targetType' | 'targetId' | 'ip' | 'userAgent' | 'detail'> {
  @Field(() => ID)
  declare id: string;

  /** Monotonic position in the hash chain. */
  @Field(() => Int, { description: 'Position in the hash chain, from 1.' })
  @Property({ type: 'integer', unique: true })
  seq!: number;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor?: Ref<User> | null;

  @Field(() => String, { description: 'e.g. `auth.login`, `conversation.transfer`, `role.update`.' })
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The kind of thing acted on: `User`, `Role`, `Conversation`…' })
  @Property({ type: 'string', length: 40, nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 400, nullable: true })
  userAgent?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Field({ description: "SHA-256 of this record and the previous record's hash." })
  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;

  @Field()
  declare createdAt: Date;
}
