import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

/**
 * Append-only record of security-relevant operations. Each row hashes its content together with the
 * previous row's hash, so editing or deleting a row breaks the chain and is detectable.
 */
@Entity({ tableName: 'audit_logs' })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['actor', 'createdAt'] })
@Index({ properties: ['action', 'createdAt'] })
@Index({ properties: ['targetType', 'targetId'] })
export class AuditLog extends BaseEntity<'actor' | 'targetType' | 'targetId' | 'ip' | 'userAgent' | 'detail'> {
  /** Monotonic position in the hash chain. */
  @Property({ type: 'integer', unique: true })
  seq!: number;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor?: Ref<User> | null;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  targetType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  userAgent?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;
}
