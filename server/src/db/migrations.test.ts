import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { migrate, type Orm, openOrm } from './orm.js';
import { createScratchDatabase, dropDatabase } from './pg-admin.js';

/**
 * Each dialect ships its own migrations, generated from the same entities: on a fresh database they must build
 * exactly the schema the entities describe (the hand-made `search_` tables aside). SQLite here by default;
 * PostgreSQL with TEST_DATABASE_URL (`npm run test:pg`). A failure means: run `npm run db:migration:create`
 * for that dialect (with DATABASE_URL pointing at it).
 */
const pgAdminUrl = process.env.TEST_DATABASE_URL || undefined;
const kind = pgAdminUrl ? 'postgresql' : 'sqlite';

describe(`${kind} migrations`, () => {
  let dataDir: string;
  let scratch: { url: string; name: string } | undefined;
  let orm: Orm;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ics-migrations-'));
    scratch = pgAdminUrl ? await createScratchDatabase(pgAdminUrl) : undefined;
    orm = await openOrm(
      loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        JWT_SECRET: 'migrations-test-secret-of-32-chars!!',
        ...(scratch ? { DATABASE_URL: scratch.url } : {}),
      }),
    );
    await migrate(orm);
  });

  afterAll(async () => {
    await orm?.close();
    if (pgAdminUrl && scratch) await dropDatabase(pgAdminUrl, scratch.name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keep up with the entities: nothing left for the schema generator to change', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('create the search tables', async () => {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute(
        kind === 'postgresql'
          ? `select table_name as name from information_schema.tables where table_schema = 'public' and table_name like 'search\\_%'`
          : `select name from sqlite_master where type = 'table' and name like 'search\\_%' escape '\\'`,
      );
    expect(rows.map((row: { name: string }) => row.name)).toEqual(expect.arrayContaining(['search_messages', 'search_conversations']));
  });
});
