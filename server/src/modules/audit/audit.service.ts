import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { BackgroundTasks } from '../../background.js';
import { dialectOf, SERIAL_LOCKS, serializeOn } from '../../db/dialect.js';
import { User } from '../users/user.entity.js';
import { AuditLog } from './audit-log.entity.js';

export interface AuditEntry {
  actorId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  detail?: Record<string, unknown> | null;
}

/** The `prevHash` of the first record. */
export const GENESIS = '0'.repeat(64);

/** The canonical text a row's hash covers; verification recomputes exactly this. */
export function auditHash(row: Omit<AuditLog, 'hash' | 'updatedAt' | 'actor'> & { actorId: string | null }): string {
  const canonical = JSON.stringify([
    row.seq,
    row.prevHash,
    row.createdAt.toISOString(),
    row.actorId,
    row.action,
    row.targetType ?? null,
    row.targetId ?? null,
    row.ip ?? null,
    row.userAgent ?? null,
    sortedKeys(row.detail ?? null),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The detail with every object's keys in order: PostgreSQL's jsonb gives keys back in its own order, so the
 * hash must not depend on the order they were written in.
 */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/** Appends to the hash-chained audit log. Appends are serialized so the chain never forks. */
export class AuditService {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly background: BackgroundTasks) {}

  /**
   * Records after the answer is decided, off the request's path: a failure is logged, never turned into the
   * caller's error, and shutdown waits for it.
   */
  recordLater(em: EntityManager, entry: AuditEntry): void {
    this.background.run(`audit ${entry.action}`, () => this.record(em, entry));
  }

  /**
   * Appends in the caller's transaction, so the record exists exactly when the change it describes does.
   * Appends are serialized (SQLite has one writer; on PostgreSQL an advisory lock held to commit), so reading
   * the chain's tail here is safe.
   */
  recordIn(tx: EntityManager, entry: AuditEntry): Promise<AuditLog> {
    return this.append(tx, entry);
  }

  record(em: EntityManager, entry: AuditEntry): Promise<AuditLog> {
    const next = this.tail.then(() => this.appendWithRetry(em, entry));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Another process (a second instance, the CLI) may have taken the next seq: read the tail again and retry. */
  private async appendWithRetry(em: EntityManager, entry: AuditEntry, attempts = 5): Promise<AuditLog> {
    for (let attempt = 1; ; attempt++) {
      try {
        const fork = em.fork();
        // On PostgreSQL the lock in `append` needs a transaction to live in; SQLite keeps its plain flush.
        return await (dialectOf(fork) === 'postgresql' ? fork.transactional((tx) => this.append(tx, entry)) : this.append(fork, entry));
      } catch (error) {
        if ((error as { name?: string }).name !== 'UniqueConstraintViolationException' || attempt >= attempts) throw error;
      }
    }
  }

  private async append(em: EntityManager, entry: AuditEntry): Promise<AuditLog> {
    await serializeOn(em, SERIAL_LOCKS.auditChain);
    const [last] = await em.find(AuditLog, {}, { orderBy: { seq: 'desc' }, fields: ['seq', 'hash'], limit: 1 });
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS;
    const createdAt = new Date();
    const detail = entry.detail ?? null;
    const actorId = entry.actorId ?? null;
    const hash = auditHash({
      id: '',
      seq,
      prevHash,
      createdAt,
      actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip,
      userAgent: entry.userAgent?.slice(0, 400),
      detail,
    });
    const row = em.create(AuditLog, {
      seq,
      prevHash,
      hash,
      createdAt,
      updatedAt: createdAt,
      actor: actorId ? em.getReference(User, actorId) : null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 400) ?? null,
      detail,
    });
    await em.flush();
    return row;
  }
}
