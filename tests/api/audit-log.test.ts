import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldsOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const LOGS = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLogs(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id seq action targetType targetId detail createdAt actor { id displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VERIFY = '{ verifyAuditLog { ok checked brokenAt brokenId } }';

interface Row {
  id: string;
  seq: number;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  createdAt: string;
  actor: { id: string; displayName: string } | null;
}
interface Page {
  auditLogs: { totalCount: number; edges: Array<{ node: Row }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('the audit log', () => {
  let server: TestServer;
  let admin: string;
  let adminId: string;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    const builtAdmin = await buildAdmin(server);
    adminId = builtAdmin.id;
    [admin, agent, customer] = await Promise.all([
      builtAdmin.login(),
      buildAgent(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
    // Something to find: two tag changes by the admin.
    const tag = await server.gql<{ createTag: { id: string } }>(
      'mutation { createTag(input: { name: "audited" }) { id } }',
      {},
      { token: admin },
    );
    await server.gql(`mutation { updateTag(id: "${tag.data?.createTag.id}", input: { name: "audited-2" }) { id } }`, {}, { token: admin });
  });
  afterAll(() => server.close());

  const logs = async (filter: Record<string, unknown>, first = 20, after?: string) => {
    const result = await server.gql<Page>(LOGS, { filter, first, after }, { token: admin });
    expect(result.errors).toBeUndefined();
    return (result.data as Page).auditLogs;
  };

  it('lists records newest first, filtered by action, area, actor, target and time, page by page', async () => {
    const updates = await logs({ action: 'tag.update' });
    expect(updates.totalCount).toBe(1);
    const [update] = updates.edges.map((e) => e.node);
    expect(update).toMatchObject({ action: 'tag.update', targetType: 'Tag', actor: { id: adminId } });
    expect(JSON.parse(update.detail as string)).toEqual({ name: { from: 'audited', to: 'audited-2' } });

    const tags = await logs({ action: 'tag.', actorId: adminId });
    expect(tags.edges.map((e) => e.node.action)).toEqual(['tag.update', 'tag.create']);
    expect((await logs({ targetType: 'Tag', targetId: update.targetId })).totalCount).toBe(2);
    expect((await logs({ action: 'tag.', from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);

    // Logins of the built people, two per page, newest first, with nothing lost or repeated between pages.
    const all = await logs({ action: 'auth.login' }, 100);
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await logs({ action: 'auth.login' }, 2, after);
      seen.push(...page.edges.map((e) => e.node.seq));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.seq));
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('refuses an inverted range and callers without audit:read', async () => {
    const inverted = await server.gql(LOGS, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, { token: admin });
    expect(codesOf(inverted)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(inverted)).toEqual(['to']);
    for (const token of [agent, customer]) {
      expect(codesOf(await server.gql(LOGS, {}, { token }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await server.gql(VERIFY, {}, { token }))).toEqual(['FORBIDDEN']);
    }
  });

  it('verifies the chain, and names the first record edited or following a removed one', async () => {
    const intact = await server.gql<{ verifyAuditLog: { ok: boolean; checked: number; brokenAt: number | null } }>(
      VERIFY,
      {},
      { token: admin },
    );
    expect(intact.data?.verifyAuditLog).toMatchObject({ ok: true, brokenAt: null });
    const total = intact.data?.verifyAuditLog.checked as number;
    expect(total).toBeGreaterThan(3);

    const em = server.orm.em.fork();
    const [target] = await em.find(AuditLog, { action: 'tag.update' });
    const connection = em.getConnection();
    // An edit straight in the database, as an intruder would make it.
    await connection.execute(`update audit_logs set detail = ? where id = ?`, [
      JSON.stringify({ name: { from: 'x', to: 'y' } }),
      target.id,
    ]);
    const edited = await server.gql<{ verifyAuditLog: { ok: boolean; brokenAt: number; brokenId: string } }>(VERIFY, {}, { token: admin });
    expect(edited.data?.verifyAuditLog).toMatchObject({ ok: false, brokenAt: target.seq, brokenId: target.id });

    await connection.execute(`update audit_logs set detail = ? where id = ?`, [JSON.stringify(target.detail), target.id]);
    expect((await server.gql<{ verifyAuditLog: { ok: boolean } }>(VERIFY, {}, { token: admin })).data?.verifyAuditLog.ok).toBe(true);

    // Removing a record breaks the link of the one after it (so there must be one: a later change).
    await server.gql('mutation { createTag(input: { name: "after-the-removal" }) { id } }', {}, { token: admin });
    await connection.execute('delete from audit_logs where seq = ?', [target.seq]);
    const removed = await server.gql<{ verifyAuditLog: { ok: boolean; brokenAt: number } }>(VERIFY, {}, { token: admin });
    expect(removed.data?.verifyAuditLog).toMatchObject({ ok: false, brokenAt: target.seq + 1 });
  });
});
