import type { EntityMetadata } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { loadConfig } from '../config.js';
import { createSearchIndex } from '../modules/search/create-search-index.js';
import { migrate, type Orm, openOrm, redactUrl } from './orm.js';

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** Rows read and written per statement. */
const BATCH = 500;

/** The tables of the entities (pivot tables included), parents before the tables that reference them. */
function tablesInOrder(orm: Orm): EntityMetadata[] {
  const byTable = new Map<string, EntityMetadata>();
  for (const meta of orm.getMetadata().getAll().values()) {
    if (!meta.embeddable && !meta.virtual && !meta.abstract && meta.tableName) byTable.set(meta.tableName, meta);
  }
  const metas = [...byTable.values()];
  const ordered: EntityMetadata[] = [];
  const seen = new Set<EntityMetadata>();
  const visit = (meta: EntityMetadata) => {
    if (seen.has(meta)) return;
    seen.add(meta);
    for (const prop of meta.relations) {
      if (prop.kind !== 'm:1' && !(prop.kind === '1:1' && prop.owner)) continue;
      const target = prop.targetMeta && byTable.get(prop.targetMeta.tableName);
      if (target && target !== meta) visit(target);
    }
    ordered.push(meta);
  };
  for (const meta of metas) visit(meta);
  return ordered;
}

async function countOf(orm: Orm, table: string): Promise<number> {
  const [row] = await orm.em.getConnection().execute(`select count(*) as n from ${orm.em.getPlatform().quoteIdentifier(table)}`);
  return Number(row.n);
}

/**
 * Copies a SQLite desk into an empty PostgreSQL database: migrates the target, copies every entity table in
 * foreign-key order (through the ORM's type mapping: flags, dates and JSON change representation), rebuilds the
 * search index there instead of copying it, and returns each table's row count on both sides.
 */
export async function copySqliteToPostgres(
  from: string,
  to: string,
  log: (line: string) => void = () => {},
): Promise<{ tables: TableCount[]; ok: boolean }> {
  const common = { NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'copy-command-does-not-sign-anything!!' };
  const source = await openOrm(loadConfig({ ...common, DATABASE_URL: `sqlite:${from}` }));
  try {
    const pending = await source.migrator.getPending();
    if (pending.length > 0) {
      throw new Error(`${from} is behind (${pending.length} migrations pending): start the server on it once, or run db:migrate, first.`);
    }
    const target = await openOrm(loadConfig({ ...common, DATABASE_URL: to }));
    try {
      await migrate(target);
      const tables = tablesInOrder(target);
      for (const meta of tables) {
        if ((await countOf(target, meta.tableName)) > 0) {
          throw new Error(`${redactUrl(to)} is not empty (table ${meta.tableName} has rows): copy into an empty database.`);
        }
      }
      const results: TableCount[] = [];
      // No transaction around the copy: both ORMs share MikroORM's context name, and a transaction of the
      // target's would capture the source's reads too. The target is empty, so a failed copy is simply retried
      // on a new database.
      for (const meta of tables) {
        await copyTable(source.em.fork() as SqlEntityManager, target.em.fork() as SqlEntityManager, meta);
      }
      const reindexed = await createSearchIndex('postgresql').reindexAll(target.em.fork());
      log(`search index rebuilt: ${reindexed.messages} messages, ${reindexed.subjects} subjects`);
      for (const meta of tables) {
        const counts = {
          table: meta.tableName,
          source: await countOf(source, meta.tableName),
          target: await countOf(target, meta.tableName),
        };
        results.push(counts);
        log(`${counts.source === counts.target ? 'ok  ' : 'DIFF'} ${counts.table.padEnd(24)} ${counts.source} -> ${counts.target}`);
      }
      return { tables: results, ok: results.every((row) => row.source === row.target) };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/** One table, in primary-key order, a batch at a time: read with the source's mapping, written with the target's. */
async function copyTable(source: SqlEntityManager, target: SqlEntityManager, meta: EntityMetadata): Promise<void> {
  const jsonProps = meta.props.filter((prop) => prop.kind === 'scalar' && /json/i.test(String(prop.type))).map((prop) => prop.name);
  const orderBy = Object.fromEntries(meta.primaryKeys.map((key) => [key, 'asc']));
  for (let offset = 0; ; offset += BATCH) {
    const rows = (await source
      .createQueryBuilder(meta.class, 'e')
      .select('*')
      .orderBy(orderBy as never)
      .limit(BATCH)
      .offset(offset)
      .execute('all', true)) as Array<Record<string, unknown>>;
    if (rows.length === 0) return;
    // SQLite hands JSON back as text; PostgreSQL's jsonb wants the value, not a JSON string of it.
    for (const row of rows) {
      for (const prop of jsonProps) if (typeof row[prop] === 'string') row[prop] = JSON.parse(row[prop] as string);
    }
    await target
      .createQueryBuilder(meta.class)
      .insert(rows as never)
      .execute('run');
    if (rows.length < BATCH) return;
  }
}
