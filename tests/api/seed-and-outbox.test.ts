import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES } from '../../server/src/permissions/catalogue.js';
import { startTestServer, type TestServer } from '../fixtures/test-server.js';

describe('first start on an empty database', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const rows = (sql: string) => server.orm.em.getConnection().execute(sql);

  it('seeds the built-in roles with the design’s permission matrix', async () => {
    const roles = await rows('select key, permissions, built_in from roles order by key');
    expect(roles.map((r: { key: string }) => r.key)).toEqual(['admin', 'agent', 'customer']);
    for (const role of roles as Array<{ key: keyof typeof BUILT_IN_ROLES; permissions: string; built_in: number }>) {
      expect(JSON.parse(role.permissions)).toEqual(BUILT_IN_ROLES[role.key].permissions);
      expect(role.built_in).toBeTruthy();
    }
  });

  it('seeds the demo accounts, a team, bilingual templates and tags, and conversations in every status', async () => {
    expect((await rows('select email from users order by email')).map((u: { email: string }) => u.email)).toEqual([
      'admin@demo.local',
      'agent2@demo.local',
      'agent@demo.local',
      'customer2@demo.local',
      'customer@demo.local',
    ]);
    expect(await rows('select count(*) as n from team_members')).toEqual([{ n: 2 }]);
    expect((await rows('select distinct locale from reply_templates order by locale')).map((r: { locale: string }) => r.locale)).toEqual([
      'en',
      'zh-CN',
    ]);
    expect((await rows('select distinct status from conversations order by status')).map((r: { status: string }) => r.status)).toEqual([
      'COMPLETED',
      'IN_PROGRESS',
      'PENDING',
      'TRANSFERRED',
    ]);
    expect(Number((await rows('select count(*) as n from messages where internal = 1'))[0].n)).toBeGreaterThan(0);
  });

  it('does not seed twice', async () => {
    const { seedDemoData } = await import('../../server/src/db/seeders/demo.seeder.js');
    expect(await seedDemoData(server.orm.em.fork())).toEqual({ seeded: false });
  });
});

describe('mail without SMTP', () => {
  it('writes each mail as an .eml file in the data folder', async () => {
    const server = await startTestServer({ PUBLIC_URL: 'http://desk.example.test' });
    try {
      await server.gql('mutation { requestPasswordReset(email: "agent@demo.local") }');
      const outbox = join(server.dataDir, 'mail');
      let files: string[] = [];
      for (let i = 0; i < 50 && files.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        files = existsSync(outbox) ? readdirSync(outbox) : [];
      }
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(outbox, files[0]), 'utf8');
      expect(eml).toMatch(/To: agent@demo\.local/);
      expect(eml.replace(/=\r?\n/g, '')).toMatch(/http:\/\/desk\.example\.test\/reset-password\?token=3D/);
    } finally {
      await server.close();
    }
  });
});
