import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataloaderType, type MikroORM, type Options } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import type { Config } from '../config.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

function baseOptions(): Partial<Options> {
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

/** Opens the database named by the configuration (SQLite file by default, PostgreSQL by URL). */
export async function openOrm(config: Config): Promise<Orm> {
  if (config.database.kind === 'postgresql') {
    const { MikroORM: PgOrm } = await import('@mikro-orm/postgresql');
    return PgOrm.init({ ...baseOptions(), clientUrl: config.database.url });
  }
  const { MikroORM: SqliteOrm } = await import('@mikro-orm/sqlite');
  const file = config.database.sqlitePath as string;
  mkdirSync(dirname(file), { recursive: true });
  const { FairSqliteMikroDriver } = await import('./sqlite-dialect.js');
  const orm = await SqliteOrm.init({ ...baseOptions(), driver: FairSqliteMikroDriver, dbName: file } as Options);
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

/** Applies pending migrations; never uses schema:update outside tests. */
export async function migrate(orm: Orm): Promise<void> {
  await orm.migrator.up();
}
