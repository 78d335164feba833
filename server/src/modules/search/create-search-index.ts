import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseKind } from '../../config.js';
import { dialectOf } from '../../db/dialect.js';
import { PgSearchIndex } from './pg-search.js';
import type { SearchIndex } from './search-index.js';
import { SqliteSearchIndex } from './sqlite-search.js';

/**
 * The search index of a database kind: FTS5 on SQLite, tsvector + pg_trgm on PostgreSQL. `rankWindow` (tests):
 * how many of the newest matches are ranked.
 */
export function createSearchIndex(kind: DatabaseKind, rankWindow?: number): SearchIndex {
  return kind === 'postgresql' ? new PgSearchIndex(rankWindow) : new SqliteSearchIndex(rankWindow);
}

/** The search index of the database behind an EntityManager (seeders and commands that only have the manager). */
export function searchIndexOf(em: EntityManager): SearchIndex {
  return createSearchIndex(dialectOf(em));
}
