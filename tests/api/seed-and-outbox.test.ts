import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/src/db/seeders/demo.seeder.js';
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
    for (const role of roles as Array<{ key: keyof typeof BUILT_IN_ROLES; permissions: unknown; built_in: number | boolean }>) {
      // JSON comes back as text from SQLite and parsed from PostgreSQL (jsonb).
      const permissions = typeof role.permissions === 'string' ? JSON.parse(role.permissions) : role.permissions;
      expect(permissions).toEqual(BUILT_IN_ROLES[role.key].permissions);
      expect(role.built_in).toBeTruthy();
    }
  });

  it('seeds the demo accounts, a team, bilingual templates and tags, and conversations in every status', async () => {
    const users = (await rows('select u.email, r.key from users u join roles r on r.id = u.role_id order by u.email')) as Array<{
      email: string;
      key: string;
    }>;
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)));
    // Everyone else is one of the extra demo customers.
    const extras = users.filter((u) => !DEMO_ACCOUNTS.some((a) => a.email === u.email));
    expect(extras.length).toBeGreaterThan(0);
    for (const extra of extras) expect(extra).toEqual({ email: expect.stringMatching(/@demo\.local$/), key: 'customer' });
    expect(Number((await rows('select count(*) as n from team_members'))[0].n)).toBe(2);
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
    expect(Number((await rows('select count(*) as n from messages where internal = true'))[0].n)).toBeGreaterThan(0);
  });

  it('seeds a desk that looks alive: a few dozen conversations in both languages, with history, notes, hand-overs and ratings', async () => {
    const count = async (sql: string) => Number((await rows(sql))[0].n);
    expect(await count('select count(*) as n from conversations')).toBeGreaterThanOrEqual(30);
    const byStatus = Object.fromEntries(
      ((await rows('select status, count(*) as n from conversations group by status')) as Array<{ status: string; n: number }>).map((r) => [
        r.status,
        Number(r.n),
      ]),
    );
    for (const status of ['PENDING', 'IN_PROGRESS', 'TRANSFERRED', 'COMPLETED']) expect(byStatus[status], status).toBeGreaterThan(0);
    expect(
      (await rows('select distinct language from conversations order by language')).map((r: { language: string }) => r.language),
    ).toEqual(['en', 'zh-CN']);
    expect(await count("select count(*) as n from conversations where priority = 'LOW'")).toBeGreaterThan(0);
    expect(await count("select count(*) as n from conversations where priority = 'URGENT'")).toBeGreaterThan(0);
    expect(await count('select count(*) as n from conversation_tags')).toBeGreaterThan(0);

    // The tests' demo accounts keep what other suites rely on.
    const ofUser = (email: string, column: string, status: string) =>
      count(
        `select count(*) as n from conversations c join users u on u.id = c.${column} where u.email = '${email}' and c.status = '${status}'`,
      );
    expect(await ofUser('customer@demo.local', 'customer_id', 'PENDING')).toBeGreaterThan(0);
    expect(await ofUser('customer2@demo.local', 'customer_id', 'PENDING')).toBeGreaterThan(0);
    expect(await ofUser('agent@demo.local', 'assignee_id', 'IN_PROGRESS')).toBeGreaterThan(0);
    // The demo agents can still claim one more (capacity counts IN_PROGRESS and TRANSFERRED ones they own).
    const busy = (await rows(`select u.capacity, count(c.id) as n from users u left join conversations c on c.assignee_id = u.id
      and c.status in ('IN_PROGRESS', 'TRANSFERRED') where u.email in ('agent@demo.local', 'agent2@demo.local') group by u.id`)) as Array<{
      capacity: number;
      n: number;
    }>;
    for (const agent of busy) expect(Number(agent.n)).toBeLessThan(agent.capacity);

    // Several messages each, customer and agent, private notes among them; ratings on completed ones, with a comment.
    expect(
      await count(
        'select count(*) as n from conversations c where (select count(*) from messages m where m.conversation_id = c.id) not between 2 and 10',
      ),
    ).toBe(0);
    expect(await count("select count(*) as n from messages where kind = 'AGENT' and internal = false")).toBeGreaterThan(30);
    expect(await count("select count(*) as n from messages where internal = true and kind = 'AGENT'")).toBeGreaterThan(5);
    expect(await count("select count(*) as n from messages where internal = true and kind <> 'AGENT'")).toBe(0);
    expect(await count('select count(*) as n from evaluations')).toBeGreaterThan(5);
    expect(
      await count(`select count(*) as n from evaluations e join conversations c on c.id = e.conversation_id
        where c.status <> 'COMPLETED' or e.created_at < c.resolved_at or e.rating not between 1 and 5 or e.comment is null`),
    ).toBe(0);
    expect(
      await count(`select count(*) as n from conversations c where c.status = 'COMPLETED' and c.resolved_at is not null
        and not exists (select 1 from evaluations e where e.conversation_id = c.id)`),
    ).toBeGreaterThan(0);
    expect(
      await count(`select count(*) as n from conversations
        where (status = 'COMPLETED') <> (resolved_at is not null) or last_message_at is null or last_message_at < created_at`),
    ).toBe(0);

    // The inbox row shows the last message the customer can see, never a private note.
    expect(
      await count(`select count(*) as n from conversations c where c.last_message_preview is distinct from (
        select substr(m.body, 1, 200) from messages m where m.conversation_id = c.id and m.internal = false order by m.created_at desc limit 1)`),
    ).toBe(0);
    expect(
      await count(`select count(*) as n from conversations c where c.first_response_at is distinct from (
        select min(m.created_at) from messages m where m.conversation_id = c.id and m.kind = 'AGENT' and m.internal = false)`),
    ).toBe(0);

    // Hand-overs: waiting ones have a target, and each has its transfer event with a reason.
    expect(
      await count(`select count(*) as n from conversations c where c.status = 'TRANSFERRED' and (
        (c.transfer_target_id is null and c.team_id is null)
        or not exists (select 1 from conversation_events e where e.conversation_id = c.id and e.type = 'transfer' and e.reason is not null))`),
    ).toBe(0);
    expect(
      await count(`select count(*) as n from conversations c where c.status = 'IN_PROGRESS'
        and exists (select 1 from conversation_events e where e.conversation_id = c.id and e.type = 'transfer')`),
    ).toBeGreaterThan(0);
    // Some were completed and reopened by the customer.
    expect(
      await count("select count(*) as n from conversation_events where type = 'status' and \"from\" = 'COMPLETED' and \"to\" = 'PENDING'"),
    ).toBeGreaterThan(0);
    // Each history starts at PENDING and ends at the current status.
    const histories =
      (await rows(`select c.status, (select e."to" from conversation_events e where e.conversation_id = c.id and e.type = 'status'
      order by e.created_at, e.id limit 1) as first, (select e."to" from conversation_events e where e.conversation_id = c.id and e.type = 'status'
      order by e.created_at desc, e.id desc limit 1) as last from conversations c`)) as Array<{
        status: string;
        first: string;
        last: string;
      }>;
    for (const history of histories) expect(history).toEqual({ status: history.status, first: 'PENDING', last: history.status });
    // The agent's inbox shows a mix of read and unread conversations.
    const reads = (await rows(`select r.last_read_at >= c.last_message_at as seen, count(*) as n from conversations c
      join conversation_reads r on r.conversation_id = c.id join users u on u.id = r.user_id
      where u.email = 'agent@demo.local' group by 1 order by 1`)) as Array<{ seen: number; n: number }>;
    expect(reads.map((r) => Number(r.seen))).toEqual([0, 1]);
  });

  it('indexes the demo conversations for search, in English and Chinese', async () => {
    const token = await server.login('agent@demo.local');
    const search = async (query: string) => {
      const result = await server.gql<{ searchMessages: { edges: { node: { snippet: string; conversation: { subject: string } } }[] } }>(
        'query($q: String!) { searchMessages(query: $q) { edges { node { snippet conversation { subject } } } } }',
        { q: query },
        { token },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.searchMessages.edges.map((e) => e.node) ?? [];
    };
    const chinese = await search('快递');
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese[0]?.snippet).toContain('<mark>快递</mark>');
    const english = await search('parcel');
    expect(english.length).toBeGreaterThan(1);
    expect(english[0]?.snippet).toMatch(/<mark>parcel<\/mark>/i);
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
