import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Role } from '../../server/src/modules/roles/role.entity.js';
import { PERMISSION_KEYS } from '../../server/src/permissions/catalogue.js';
import { buildAdmin, buildAgent, buildCustomer, buildRole, buildUser } from '../fixtures/factories.js';
import { eventually } from '../fixtures/redis-server.js';
import { codesOf, fieldCodesOf, type GraphQLResponse, startTestServer, type TestServer } from '../fixtures/test-server.js';
import { runOverWebSocket, watchingSocket } from '../fixtures/ws.js';

const ROLES = '{ roles { id key name builtIn permissions } }';
const CATALOGUE = '{ permissions { key area en zhCN } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id name description permissions } }';
const USERS = '{ users(first: 1) { totalCount } }';
const MISSING = '00000000-0000-0000-0000-000000000000';

describe('roles and the permission catalogue', () => {
  let server: TestServer;
  let admin: string;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    [admin, agent, customer] = await Promise.all([
      buildAdmin(server).then((u) => u.login()),
      buildAgent(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
  });
  afterAll(() => server.close());

  const update = (id: string, input: Record<string, unknown>, token: string | null = admin) =>
    server.gql<{ updateRole: { id: string; name: string; description: string | null; permissions: string[] } }>(
      UPDATE,
      { id, input },
      { token: token ?? undefined },
    );
  const permissionsInDatabase = async (id: string) => (await server.orm.em.fork().findOneOrFail(Role, { id })).permissions;

  it('lists the built-in roles first and the whole catalogue in both languages, to those who manage them', async () => {
    const custom = await buildRole(server, ['user:read']);
    const roles = await server.gql<{ roles: Array<{ key: string; builtIn: boolean }> }>(ROLES, {}, { token: admin });
    expect(roles.errors).toBeUndefined();
    expect(roles.data?.roles.slice(0, 3).map((r) => r.key)).toEqual(['admin', 'agent', 'customer']);
    expect(roles.data?.roles.find((r) => r.key === custom.key)?.builtIn).toBe(false);

    const catalogue = await server.gql<{ permissions: Array<{ key: string; area: string; en: string; zhCN: string }> }>(
      CATALOGUE,
      {},
      { token: admin },
    );
    expect(catalogue.data?.permissions.map((p) => p.key)).toEqual(PERMISSION_KEYS);
    const transfer = catalogue.data?.permissions.find((p) => p.key === 'conversation:transfer');
    expect(transfer).toEqual({ key: 'conversation:transfer', area: 'conversation', en: 'Transfer conversations', zhCN: '转接会话' });

    for (const token of [agent, customer]) {
      expect(codesOf(await server.gql(ROLES, {}, { token }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await server.gql(CATALOGUE, {}, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(codesOf(await server.gql(ROLES))).toEqual(['UNAUTHENTICATED']);
  });

  it('are changed only by those who manage roles, and bad input changes nothing', async () => {
    const role = await buildRole(server, ['user:read']);
    for (const [token, code] of [
      [agent, 'FORBIDDEN'],
      [customer, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codesOf(await update(role.id, { permissions: PERMISSION_KEYS }, token))).toEqual([code]);
    }
    const unknown = await update(role.id, { permissions: ['user:read', 'root:everything'] });
    expect(codesOf(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(fieldCodesOf(unknown)).toEqual(['permissions:unknown']);
    expect(unknown.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ message: expect.stringContaining('root:everything') }),
    ]);
    expect(fieldCodesOf(await update(role.id, { name: '   ' }))).toEqual(['name:blank']);
    expect(codesOf(await update(role.id, { name: 'x'.repeat(121) }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await update(MISSING, { name: 'Ghost' }))).toEqual(['NOT_FOUND']);
    expect(await permissionsInDatabase(role.id)).toEqual(['user:read']);
  });

  it('saves names and permissions in catalogue order without repeats, and audits before and after', async () => {
    const role = await buildRole(server, ['user:read']);
    const result = await update(role.id, {
      name: '  Auditors ',
      description: 'Read-only oversight',
      permissions: ['audit:read', 'user:read', 'audit:read'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateRole).toMatchObject({
      name: 'Auditors',
      description: 'Read-only oversight',
      permissions: ['user:read', 'audit:read'],
    });
    const record = await server.orm.em.fork().findOneOrFail(AuditLog, { action: 'role.update', targetId: role.id });
    expect(record.detail).toEqual({
      name: { from: expect.stringMatching(/^Custom/), to: 'Auditors' },
      description: { from: null, to: 'Read-only oversight' },
      permissions: { from: ['user:read'], to: ['user:read', 'audit:read'] },
    });
  });

  it("apply to the role's holders on their next request with the same token, and their sockets reconnect", async () => {
    const role = await buildRole(server, ['user:read', 'conversation:read:any']);
    const holder = await buildUser(server, role.key);
    const token = await holder.login();
    expect((await server.gql<{ users: { totalCount: number } }>(USERS, {}, { token })).data?.users.totalCount).toBeGreaterThan(0);
    const socket = await watchingSocket(server.url, token);
    try {
      expect((await update(role.id, { permissions: ['conversation:read:any'] })).errors).toBeUndefined();
      expect(codesOf(await server.gql(USERS, {}, { token }))).toEqual(['FORBIDDEN']);
      await eventually(() => socket.closes.includes(4403), 5000, 'the socket to close');

      expect((await update(role.id, { permissions: ['user:read'] })).errors).toBeUndefined();
      expect((await server.gql(USERS, {}, { token })).errors).toBeUndefined();
      const refused = await runOverWebSocket(server.url, 'subscription { conversationChanged { id } }', {
        authorization: `Bearer ${token}`,
      });
      expect(codesOf(refused as GraphQLResponse)).toEqual(['FORBIDDEN']);
    } finally {
      await socket.dispose();
    }
  });

  it('never leave nobody active to manage roles', async () => {
    const adminRole = await server.orm.em.fork().findOneOrFail(Role, { key: 'admin' });
    const without = adminRole.permissions.filter((p) => p !== 'role:manage');
    const refused = await update(adminRole.id, { permissions: without });
    expect(fieldCodesOf(refused)).toEqual(['permissions:lastRoleManager']);
    expect(await permissionsInDatabase(adminRole.id)).toContain('role:manage');

    // Once someone active in another role can manage roles, the admin role may give it up, and get it back.
    const managers = await buildRole(server, ['role:manage']);
    const manager = await buildUser(server, managers.key);
    const managerToken = await manager.login();
    expect((await update(adminRole.id, { permissions: without })).errors).toBeUndefined();
    expect(codesOf(await update(adminRole.id, { permissions: adminRole.permissions }))).toEqual(['FORBIDDEN']);
    const restored = await update(adminRole.id, { permissions: adminRole.permissions }, managerToken);
    expect(restored.errors).toBeUndefined();
    expect(await permissionsInDatabase(adminRole.id)).toContain('role:manage');
  });

  it('creates custom roles with a fixed key, and deletes them, moving their holders', async () => {
    const CREATE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id key name builtIn permissions } }';
    const DELETE = 'mutation($id: ID!, $to: ID) { deleteRole(id: $id, moveToRoleId: $to) }';
    const created = await server.gql<{ createRole: { id: string; key: string; builtIn: boolean; permissions: string[] } }>(
      CREATE,
      { input: { key: 'night-shift', name: 'Night shift', permissions: ['user:read', 'conversation:read:any'] } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const role = created.data?.createRole as { id: string; key: string };
    expect(created.data?.createRole).toMatchObject({
      key: 'night-shift',
      builtIn: false,
      permissions: ['conversation:read:any', 'user:read'],
    });

    const again = await server.gql(CREATE, { input: { key: 'night-shift', name: 'Again', permissions: [] } }, { token: admin });
    expect(codesOf(again)).toEqual(['CONFLICT']);
    expect(fieldCodesOf(again)).toEqual(['key:taken']);
    expect(fieldCodesOf(await server.gql(CREATE, { input: { key: 'Bad Key', name: 'X', permissions: [] } }, { token: admin }))).toEqual([
      'key:matches',
    ]);
    expect(fieldCodesOf(await server.gql(CREATE, { input: { key: 'odd', name: 'X', permissions: ['nope'] } }, { token: admin }))).toEqual([
      'permissions:unknown',
    ]);
    expect(codesOf(await server.gql(CREATE, { input: { key: 'mine', name: 'X', permissions: [] } }, { token: agent }))).toEqual([
      'FORBIDDEN',
    ]);

    const holder = await buildUser(server, role.key);
    const token = await holder.login();
    expect((await server.gql(USERS, {}, { token })).errors).toBeUndefined();
    const required = await server.gql(DELETE, { id: role.id }, { token: admin });
    expect(fieldCodesOf(required)).toEqual(['moveToRoleId:required']);
    const customerRole = (await server.orm.em.fork().findOneOrFail(Role, { key: 'customer' })).id;
    expect((await server.gql(DELETE, { id: role.id, to: customerRole }, { token: admin })).data).toEqual({ deleteRole: true });
    // Same token, next request: a customer now.
    expect(codesOf(await server.gql(USERS, {}, { token }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await server.gql(DELETE, { id: role.id, to: customerRole }, { token: admin }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await server.gql(DELETE, { id: customerRole }, { token: admin }))).toEqual(['CONFLICT']);
  });
});
