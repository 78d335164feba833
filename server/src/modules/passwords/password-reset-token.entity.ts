import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/** A single-use, hashed, short-lived password reset token (sent by mail). */
@Entity({ tableName: 'password_reset_tokens' })
@Index({ properties: ['user'] })
export class PasswordResetToken extends BaseEntity<'usedAt'> {
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date;
}
