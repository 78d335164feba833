import type { EntityManager } from '@mikro-orm/core';

/**
 * Whether a write was refused by the unique index that `constraint` names (SQLite says `tags.name`,
 * PostgreSQL `tags_name_unique`): other unique indexes in the same transaction are other problems.
 */
export function isUniqueViolation(error: unknown, constraint: RegExp): boolean {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  return name === 'UniqueConstraintViolationException' && constraint.test(message ?? '');
}

/**
 * Runs a change in one transaction; when a concurrent request took the same unique value first (the index
 * named by `constraint` refuses the write), answers with `taken()` instead of an internal error.
 */
export async function transactionalUnique<T>(
  em: EntityManager,
  constraint: RegExp,
  taken: () => Error,
  change: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(change);
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw taken();
    throw error;
  }
}
