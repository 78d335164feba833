import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataloaderType, type MikroORM, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import type { Config, DatabaseKind } from '../config.js';
import { entities } from './entities.js';
import { migrationsList as postgresqlMigrations } from './migrations/postgresql/index.js';
import { migrationsList as sqliteMigrations } from './migrations/sqlite/index.js';

export type Orm = MikroORM;

function baseOptions(kind: DatabaseKind): Partial<Options> {
  // One migration list per dialect, generated from the same entities (a test fails when either lags them).
  const migrationsList = kind === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
  return {
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    migrations: { migrationsList, snapshot: false, silent: true },
    // The full-text search tables (FTS5 and their key maps) are written by hand in a migration: not entities.
    schemaGenerator: { skipTables: [/^search_/] },
    forceUtcTimezone: true,
    // Batch reference and collection loads across one response (no N+1 in field resolvers).
    dataloader: DataloaderType.ALL,
    debug: false,
    allowGlobalContext: false,
  };
}

/** The database named by DATABASE_URL does not answer: main.ts prints the message and exits non-zero. */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot reach the database at ${redactUrl(url)}: ${reason}. Check DATABASE_URL and that the server is running.`, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Opens the database named by the configuration (SQLite file by default, PostgreSQL by URL). */
export async function openOrm(config: Config): Promise<Orm> {
  if (config.database.kind === 'postgresql') {
    const { MikroORM: PgOrm } = await import('@mikro-orm/postgresql');
    let orm: Orm | undefined;
    try {
      orm = await PgOrm.init({ ...baseOptions('postgresql'), clientUrl: config.database.url });
      await orm.em.getConnection().execute('select 1');
      return orm;
    } catch (error) {
      await orm?.close(true).catch(() => undefined);
      throw new DatabaseUnreachableError(config.database.url, error);
    }
  }
  const { MikroORM: SqliteOrm } = await import('@mikro-orm/sqlite');
  const file = config.database.sqlitePath as string;
  mkdirSync(dirname(file), { recursive: true });
  const { FairSqliteMikroDriver } = await import('./sqlite-dialect.js');
  const orm = await SqliteOrm.init({ ...baseOptions('sqlite'), driver: FairSqliteMikroDriver, dbName: file } as Options);
  // MikroORM only turns foreign keys on; WAL and a busy timeout make concurrent readers and writers behave.
  const db = (await orm.em.getConnection().getNativeClient()) as {
    pragma: (sql: string) => unknown;
  };
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return orm;
}

/** A migration failed at start (for instance a role that may not create the `pg_trgm` extension). */
export class MigrationFailedError extends Error {
  constructor(cause: unknown) {
    super(`Database migration failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationFailedError';
  }
}

/** Applies pending migrations; never uses schema:update outside tests. */
export async function migrate(orm: Orm): Promise<void> {
  try {
    await orm.migrator.up();
  } catch (error) {
    throw new MigrationFailedError(error);
  }
}
