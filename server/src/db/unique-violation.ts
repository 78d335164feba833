/**
 * Whether a write was refused by the unique index that `constraint` names (SQLite says `tags.name`,
 * PostgreSQL `tags_name_unique`): other unique indexes in the same transaction are other problems.
 */
export function isUniqueViolation(error: unknown, constraint: RegExp): boolean {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  return name === 'UniqueConstraintViolationException' && constraint.test(message ?? '');
}
