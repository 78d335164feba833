import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseKind } from '../config.js';

/** Which database an EntityManager talks to, for the few queries written once per dialect. */
export function dialectOf(em: EntityManager): DatabaseKind {
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'postgresql' : 'sqlite';
}

/** Keys of the transaction-scoped advisory locks that serialize "read the tail, append the next" writers. */
export const SERIAL_LOCKS = { auditChain: 71_001, conversationNumber: 71_002, conversationWrite: 71_003, roleChange: 71_004 } as const;

/**
 * Serializes the rest of the caller's transaction with every other transaction taking the same lock, until
 * commit or rollback. SQLite has one writer at a time already (a no-op there); PostgreSQL runs transactions
 * side by side, so two of them would read the same tail and collide on a unique key. Call inside a transaction.
 */
export async function serializeOn(em: EntityManager, key: number): Promise<void> {
  if (dialectOf(em) !== 'postgresql') return;
  await em.getConnection().execute('select pg_advisory_xact_lock(?)', [key], 'all', em.getTransactionContext());
}

/**
 * The same, for one row's writers (key space and the row's id): concurrent messages to one conversation
 * take turns instead of colliding on its version, while other conversations go on in parallel.
 */
export async function serializeOnRow(em: EntityManager, space: number, id: string): Promise<void> {
  if (dialectOf(em) !== 'postgresql') return;
  await em.getConnection().execute('select pg_advisory_xact_lock(?, hashtext(?))', [space, id], 'all', em.getTransactionContext());
}
