import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { AUTO_ASSIGN_SETTING } from '../modules/conversations/auto-assign.js';
import { Role } from '../modules/roles/role.entity.js';
import { PgSearchIndex } from '../modules/search/pg-search.js';
import { Setting } from '../modules/settings/setting.entity.js';
import { copySqliteToPostgres } from './copy-database.js';
import { migrate, openOrm } from './orm.js';
import { createScratchDatabase, dropDatabase } from './pg-admin.js';
import { ensureBuiltInRoles, seedDemoData } from './seeders/demo.seeder.js';

/** Needs a PostgreSQL server: runs in `npm run test:pg` (TEST_DATABASE_URL), skipped on the SQLite run. */
const pgAdminUrl = process.env.TEST_DATABASE_URL || undefined;

describe.skipIf(!pgAdminUrl)('db:copy (SQLite → PostgreSQL)', () => {
  let dataDir: string;
  let file: string;
  let scratch: { url: string; name: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ics-copy-'));
    file = join(dataDir, 'desk.sqlite');
    const orm = await openOrm(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: `sqlite:${file}`, JWT_SECRET: 'x'.repeat(32) }),
    );
    await migrate(orm);
    await ensureBuiltInRoles(orm.em.fork());
    await seedDemoData(orm.em.fork(), { password: 'copy-Test-password-42' });
    const em = orm.em.fork();
    em.create(Setting, { key: AUTO_ASSIGN_SETTING, value: { enabled: true } });
    await em.flush();
    await orm.close();
    scratch = await createScratchDatabase(pgAdminUrl!);
  });

  afterAll(async () => {
    if (scratch) await dropDatabase(pgAdminUrl!, scratch.name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every table with the same row counts, rebuilds search, and refuses a second copy into a full database', async () => {
    const lines: string[] = [];
    const result = await copySqliteToPostgres(file, scratch.url, (line) => lines.push(line));
    expect(result.ok).toBe(true);
    const counts = Object.fromEntries(result.tables.map((row) => [row.table, row.target]));
    for (const table of ['roles', 'users', 'conversations', 'messages', 'conversation_tags', 'team_members', 'settings']) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(lines.some((line) => line.startsWith('ok   messages'))).toBe(true);

    const target = await openOrm(
      loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: scratch.url, JWT_SECRET: 'x'.repeat(32) }),
    );
    try {
      const em = target.em.fork();
      // JSON, flags and times arrive as values, not as SQLite's text and integers.
      expect((await em.findOneOrFail(Setting, { key: AUTO_ASSIGN_SETTING })).value).toEqual({ enabled: true });
      const admin = await em.findOneOrFail(Role, { key: 'admin' });
      expect(admin.permissions).toContain('role:manage');
      expect(admin.builtIn).toBe(true);
      const hits = await new PgSearchIndex().searchMessages(target.em.fork(), '退款', { includeInternal: true, limit: 5, offset: 0 });
      expect(hits.length).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
    await expect(copySqliteToPostgres(file, scratch.url)).rejects.toThrow(/not empty/);
  });
});
