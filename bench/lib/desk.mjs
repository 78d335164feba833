// A generated desk in an empty database, SQLite file or PostgreSQL: the real server migrates it and seeds its demo
// data, the history generator (desk-history.mjs) writes straight into the tables while no server holds them, and
// the server's own `reindexAll` builds the search index (reindex-child.mjs), as it would after a restore.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeDeskHistory } from './desk-history.mjs';
import { isEmptyDatabase, pgWriter, withClient } from './postgres.mjs';
import { startServer } from './server-process.mjs';
import { sqliteWriter } from './sqlite.mjs';

const REINDEX_TIMEOUT_MS = 60 * 60_000;
/** Tables whose secondary indexes are built once after the bulk load instead of row by row during it. */
const SEARCH_TABLES = ['search_messages', 'search_conversations'];

/** The server's DATABASE_URL for a desk target: `{ kind: 'sqlite', file }` or `{ kind: 'postgresql', url }`. */
export function databaseUrl(target) {
  return target.kind === 'sqlite' ? `sqlite:${target.file}` : target.url;
}

/** Databases every PostgreSQL server has for its own use: never a desk, however empty. */
const MAINTENANCE_DATABASES = new Set(['postgres', 'template0', 'template1']);

async function assertEmpty(target) {
  const name = target.kind === 'postgresql' ? decodeURIComponent(new URL(target.url).pathname.slice(1)) : null;
  if (MAINTENANCE_DATABASES.has(name)) {
    throw new Error(
      `"${name}" is the server's maintenance database: create a database for the desk (create database bench_desk) and seed that.`,
    );
  }
  const empty = target.kind === 'sqlite' ? !existsSync(target.file) || statSync(target.file).size === 0 : await isEmptyDatabase(target.url);
  if (!empty) {
    const where = target.kind === 'sqlite' ? target.file : 'the PostgreSQL database';
    throw new Error(`${where} is not empty: the desk generator only writes into a new, empty database.`);
  }
}

/** Runs reindex-child.mjs with this Node; resolves with its `{ ms, messages, subjects }`. */
function reindex(url) {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [join(import.meta.dirname, 'reindex-child.mjs'), url],
      { timeout: REINDEX_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`reindexAll failed: ${error.message}\n${stderr}`)) : done(JSON.parse(stdout))),
    );
    // The bench stopped mid-way (Ctrl-C): do not leave an indexer writing into a database about to be removed.
    const stop = () => child.kill('SIGKILL');
    process.once('exit', stop);
    child.once('exit', () => process.off('exit', stop));
  });
}

/**
 * PostgreSQL: the search tables' GIN and b-tree indexes (not the primary keys) are dropped before `reindexAll` and
 * created again from their own definitions after: one build per index instead of a million incremental GIN
 * updates. The same indexes as the migration made, just built in one go.
 */
async function reindexPostgres(url) {
  const indexes = await withClient(url, async (c) => {
    const { rows } = await c.query(
      `select i.indexname, i.indexdef from pg_indexes i
       where i.schemaname = 'public' and i.tablename = any($1)
         and not exists (select 1 from pg_constraint k where k.conname = i.indexname)`,
      [SEARCH_TABLES],
    );
    for (const { indexname } of rows) await c.query(`drop index "${indexname}"`);
    return rows;
  });
  const indexed = await reindex(url);
  const started = performance.now();
  await withClient(url, async (c) => {
    // Index builds may use more memory than a session's default; the server's own sessions are unaffected.
    await c.query("set maintenance_work_mem = '512MB'");
    for (const { indexdef } of indexes) await c.query(indexdef);
    // Autovacuum would get there after a bulk load anyway; now, so the first queries are planned on statistics.
    await c.query('vacuum analyze');
  });
  return { ...indexed, indexBuildMs: performance.now() - started };
}

async function databaseBytes(target) {
  if (target.kind === 'sqlite') return statSync(target.file).size;
  return withClient(target.url, async (c) => Number((await c.query('select pg_database_size(current_database()) as n')).rows[0].n));
}

/**
 * Fills an empty database with a generated desk sized by `messages` or `conversations` (see writeDeskHistory for
 * the shape). Refuses a database that holds anything. `onProgress(line)` reports each stage. Resolves with what
 * it wrote and what each stage cost.
 */
export async function seedDesk({ target, password, messages, conversations, seed, days, onProgress = () => {} }) {
  await assertEmpty(target);
  onProgress('migrating and seeding the demo data (server start)…');
  const server = await startServer({ password, env: { DATABASE_URL: databaseUrl(target) } });
  const stopped = await server.stop();
  if (stopped.forced || stopped.code !== 0)
    throw new Error(`The server did not stop cleanly after migrating. Its output:\n${server.output()}`);

  let started = performance.now();
  let reportAt = 200_000;
  const writer = target.kind === 'sqlite' ? sqliteWriter(target.file) : await pgWriter(target.url);
  let written;
  try {
    written = await writeDeskHistory(writer, {
      messages,
      conversations,
      seed,
      days,
      onProgress: ({ messages: done }) => {
        if (done < reportAt) return;
        onProgress(`${done.toLocaleString('en-US')} messages written`);
        reportAt += 200_000;
      },
    });
  } finally {
    await writer.close();
  }
  const generationMs = performance.now() - started;

  onProgress(`${written.messages.toLocaleString('en-US')} messages written; indexing with reindexAll…`);
  started = performance.now();
  const indexed = target.kind === 'sqlite' ? await reindex(databaseUrl(target)) : await reindexPostgres(target.url);
  const indexWallMs = performance.now() - started;
  return { ...written, generationMs, indexMs: indexed.ms, indexWallMs, indexed, dbBytes: await databaseBytes(target) };
}
