import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A user's second factor: an authenticator secret (encrypted at rest) and the hashes of the unused recovery
 * codes. Unconfirmed until the first code is typed back. `version` changes on every use, so a conditional
 * UPDATE lets exactly one of two concurrent uses (or of two uses of one sign-in challenge) through.
 */
@Entity({ tableName: 'user_two_factor' })
export class UserTwoFactor extends BaseEntity<'confirmedAt' | 'lastUsedStep' | 'recoveryCodes' | 'version'> {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', unique: true })
  user!: Ref<User>;

  /** AES-256-GCM of the base32 secret under a key derived from JWT_SECRET (see secret-box.ts). */
  @Property({ type: 'text', hidden: true })
  secretEncrypted!: string;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  /** The last TOTP step accepted: a code's step must be greater (each code works once). */
  @Property({ type: 'integer' })
  lastUsedStep: number = 0;

  /** SHA-256 hashes of the recovery codes not used yet. */
  @Property({ type: 'json', hidden: true })
  recoveryCodes: string[] = [];

  @Property({ type: 'integer' })
  version: number = 1;
}
