// Direct access to the server's SQLite file, for bulk setup while the server is stopped: the API would take minutes
// for what one transaction here does in seconds.
import { randomFillSync } from 'node:crypto';
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

/** Random bytes in bulk: one crypto call per 4,096 ids instead of one per id. */
const pool = Buffer.alloc(16 * 4096);
let poolAt = pool.length;

/** A UUIDv7 (what the server's ids are) for a given time, so ids sort like the rows' creation times. */
export function uuidv7(ms) {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const bytes = pool.subarray(poolAt, poolAt + 16);
  poolAt += 16;
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
