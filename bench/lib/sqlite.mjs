// Direct access to the server's SQLite file, for bulk setup while the server is stopped: the API would take minutes
// for what one transaction here does in seconds.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** better-sqlite3 is the server's driver (through @mikro-orm/sqlite), not a bench dependency: resolve it from there. */
const Database = createRequire(join(repoRoot, 'server', 'package.json'))('better-sqlite3');

/** Where the server keeps its database in a data folder (config.ts: `<DATA_DIR>/ics.sqlite` without DATABASE_URL). */
export function databaseFile(dataDir) {
  return join(dataDir, 'ics.sqlite');
}

/** Opens the file for bulk writes: the server is stopped, so durability during the load does not matter. */
export function openDatabase(file) {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144'); // 256 MiB of page cache: index pages stay in memory during the load
  db.pragma('foreign_keys = ON');
  return db;
}

/** Folds the WAL into the file and closes it, so the file alone is the whole database (to copy or cache it). */
export function closeDatabase(db) {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/**
 * How the ORM stores datetimes, read from a row it wrote (the demo users): MikroORM writes epoch milliseconds to
 * SQLite today; copying whatever it does keeps sorting and comparisons in the server right if that changes.
 */
export function datetimeWriter(db) {
  const sample = db.prepare('select typeof(created_at) as type, created_at as value from users limit 1').get();
  if (!sample) throw new Error('No user to copy the datetime format from: start the server once to seed the demo data.');
  if (sample.type === 'integer') return (date) => date.getTime();
  if (sample.type === 'text' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(sample.value)) return (date) => date.toISOString();
  if (sample.type === 'text' && /^\d{4}-\d\d-\d\d [\d:.]+$/.test(sample.value)) {
    return (date) => date.toISOString().replace('T', ' ').replace('Z', '');
  }
  throw new Error(`Unknown datetime format in users.created_at: ${sample.type} ${sample.value}`);
}

/**
 * A desk writer (see desk-history.mjs) on a SQLite file: datetimes as the ORM stores them, flags as 0/1.
 * better-sqlite3 is synchronous; the async shape is the one the PostgreSQL writer needs.
 */
export function sqliteWriter(file) {
  const db = openDatabase(file);
  const time = datetimeWriter(db);
  const statements = new Map();
  const value = (v) => (v instanceof Date ? time(v) : typeof v === 'boolean' ? Number(v) : v);
  const statement = (table, columns) => {
    const key = `${table}(${columns})`;
    if (!statements.has(key)) {
      const names = columns.map((c) => `"${c}"`).join(', ');
      statements.set(key, db.prepare(`insert into "${table}" (${names}) values (${columns.map(() => '?').join(', ')})`));
    }
    return statements.get(key);
  };
  return {
    kind: 'sqlite',
    all: async (sql) => db.prepare(sql).all(),
    insert: async (table, columns, rows) => {
      const insert = statement(table, columns);
      for (const row of rows) insert.run(row.map(value));
    },
    transaction: async (work) => {
      db.exec('begin');
      try {
        await work();
        db.exec('commit');
      } catch (error) {
        db.exec('rollback');
        throw error;
      }
    },
    close: async () => closeDatabase(db),
  };
}
