import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/** A long-lived token for API consumers; acts as its owner, narrowed to its scopes. */
@ObjectType({ description: 'A token for API consumers. The secret is shown once, when it is created.' })
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['user'] })
export class ApiToken extends BaseEntity<'scopes' | 'lastUsedAt' | 'revokedAt' | 'expiresAt' | 'prefix'> {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Property({ type: 'string', length: 80 })
  name!: string;

  /** The first characters of the secret, so people can tell their tokens apart. */
  @Field()
  @Property({ type: 'string', length: 16 })
  prefix: string = '';

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** Permission keys the token may use; empty means all of the owner's permissions. */
  @Field(() => [String], { description: 'Permission keys the token may use; empty means all of the owner’s.' })
  @Property({ type: 'json' })
  scopes: string[] = [];

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field()
  declare createdAt: Date;
}
