// Direct access to PostgreSQL for the bench: throwaway databases on the server of BENCH_PG_URL, and a desk
// writer (see desk-history.mjs) that sends each table's rows as one statement of arrays.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { onCleanup } from './cleanup.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');
/** `pg` is the server's driver (through @mikro-orm/postgresql), not a bench dependency: resolve it from there. */
const serverRequire = createRequire(join(repoRoot, 'server', 'package.json'));
const pg = serverRequire('pg');

export const DEFAULT_PG_URL = 'postgres://ics:ics@127.0.0.1:5432/postgres';

/** Runs `work(client)` on one connection to `url`, closed after. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Why the server at `adminUrl` cannot be used (unreachable, no CREATEDB), or null when it can. */
export async function pgProblem(adminUrl) {
  try {
    const [row] = await withClient(
      adminUrl,
      async (c) => (await c.query('select rolcreatedb or rolsuper as ok from pg_roles where rolname = current_user')).rows,
    );
    return row?.ok ? null : 'its role may not create databases';
  } catch (error) {
    return error.code ?? error.message;
  }
}

/** `url` with its database replaced by `name`. */
export function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** The URL without its password, for messages. */
export function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * A new empty database `bench_<label>_<random>` on the server of `adminUrl`, dropped by `drop()` and on every
 * way out of the bench (lib/cleanup.mjs). Resolves with `{ url, name, drop }`.
 */
export async function createThrowawayDatabase(adminUrl, label) {
  const name = `bench_${label}_${randomBytes(4).toString('hex')}`;
  const statement = `drop database if exists "${name}" with (force)`;
  await withClient(adminUrl, (c) => c.query(`create database "${name}"`));
  // Last resort when the bench dies without its cleanup (an exit handler cannot wait for a connection: a child can).
  const script = `const c = new (require(${JSON.stringify(serverRequire.resolve('pg'))}).Client)(${JSON.stringify(adminUrl)});
    c.connect().then(() => c.query(${JSON.stringify(statement)})).finally(() => c.end());`;
  const dropAtExit = () => spawnSync(process.execPath, ['-e', script], { stdio: 'ignore', timeout: 10_000 });
  process.once('exit', dropAtExit);
  const drop = onCleanup(`drop database ${name}`, async () => {
    process.off('exit', dropAtExit);
    await withClient(adminUrl, (c) => c.query(statement));
  });
  return { url: withDatabase(adminUrl, name), name, drop };
}

/** True when the database has no table yet (nothing to overwrite). */
export async function isEmptyDatabase(url) {
  const [row] = await withClient(
    url,
    async (c) => (await c.query("select count(*)::int as n from pg_tables where schemaname = 'public'")).rows,
  );
  return row.n === 0;
}

/** A desk writer on PostgreSQL: one `insert … select * from unnest($1::type[], …)` per table and batch. */
export async function pgWriter(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const typesOf = new Map();
  const columnTypes = async (table) => {
    if (!typesOf.has(table)) {
      const { rows } = await client.query(
        "select column_name, udt_name from information_schema.columns where table_schema = 'public' and table_name = $1",
        [table],
      );
      typesOf.set(table, new Map(rows.map((r) => [r.column_name, r.udt_name])));
    }
    return typesOf.get(table);
  };
  return {
    kind: 'postgresql',
    all: async (sql) => (await client.query(sql)).rows,
    insert: async (table, columns, rows) => {
      const types = await columnTypes(table);
      const arrays = columns.map((_, i) => rows.map((row) => row[i]));
      const names = columns.map((c) => `"${c}"`).join(', ');
      const unnest = columns.map((c, i) => `$${i + 1}::${types.get(c)}[]`).join(', ');
      await client.query(`insert into "${table}" (${names}) select * from unnest(${unnest})`, arrays);
    },
    transaction: async (work) => {
      await client.query('begin');
      try {
        await work();
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    close: () => client.end(),
  };
}
