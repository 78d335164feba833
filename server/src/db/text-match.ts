import { type FilterQuery, raw } from '@mikro-orm/core';

/** Escapes LIKE's wildcards so what people type is matched literally (`50%` is not "50 and anything"). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A filter: the column contains the text, ignoring case. Written as `lower(…) like … escape` because that
 * reads the same on SQLite and PostgreSQL (MikroORM's `$ilike` does not exist on SQLite). SQLite lowers only
 * ASCII letters, which is what case means for the names and titles searched here; CJK has no case.
 */
export function containsText<T>(column: string, text: string): FilterQuery<T> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  return { [raw((alias: string) => `lower(${alias}.${column}) like ? escape '\\'`, [pattern])]: [] } as FilterQuery<T>;
}

/** A filter: the column starts with the text (case as stored). */
export function startsWithText<T>(column: string, text: string): FilterQuery<T> {
  const pattern = `${escapeLike(text)}%`;
  return { [raw((alias: string) => `${alias}.${column} like ? escape '\\'`, [pattern])]: [] } as FilterQuery<T>;
}
