import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/**
 * One refresh token of a login session. Tokens rotate on every use; all tokens of one sign-in share a
 * family, so presenting a token that was already used revokes the whole family (theft detection).
 */
@Entity({ tableName: 'refresh_tokens' })
@Index({ properties: ['family'] })
@Index({ properties: ['user'] })
export class RefreshToken extends BaseEntity<'revokedAt' | 'replacedBy'> {
  /** SHA-256 of the token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 36 })
  family!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  /** Id of the token that replaced this one on rotation. */
  @Property({ type: 'string', length: 36, nullable: true })
  replacedBy?: string;
}
