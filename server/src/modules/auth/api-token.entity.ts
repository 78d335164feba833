import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/** A long-lived token for API consumers; acts as its owner, narrowed to its scopes. */
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['user'] })
export class ApiToken extends BaseEntity<'scopes' | 'lastUsedAt' | 'revokedAt' | 'expiresAt'> {
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  /** Permission keys the token may use; empty means all of the owner's permissions. */
  @Property({ type: 'json' })
  scopes: string[] = [];

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;
}
