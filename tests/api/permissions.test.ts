import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareSchema } from '../../server/src/graphql/schema.js';
import { permissionMatrix } from '../../server/src/permissions/permissions.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../fixtures/test-server.js';

type Role = 'anonymous' | 'customer' | 'agent' | 'admin';
const ROLES: Role[] = ['anonymous', 'customer', 'agent', 'admin'];
const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = {
  customer: 'customer@demo.local',
  agent: 'agent@demo.local',
  admin: 'admin@demo.local',
};

interface Caller {
  role: Role;
  token?: string;
  refreshToken?: string;
}

/**
 * One entry per operation of the API: a document whose arguments are valid enough that an allowed caller
 * gets past authorization. The outcome is "deny" when the answer is UNAUTHENTICATED or FORBIDDEN.
 */
const OPERATIONS: Record<string, (caller: Caller) => { query: string; variables?: Record<string, unknown> }> = {
  'Query.me': () => ({ query: '{ me { id } }' }),
  'Query.passwordStrength': () => ({ query: '{ passwordStrength(password: "x") { score } }' }),
  'Mutation.register': () => ({
    query: 'mutation($e: String!) { register(input: { email: $e, password: "short", displayName: "X" }) { accessToken } }',
    variables: { e: `matrix-${Math.random().toString(36).slice(2)}@example.com` },
  }),
  'Mutation.login': () => ({
    query: 'mutation($p: String!) { login(input: { email: "customer2@demo.local", password: $p }) { accessToken } }',
    variables: { p: DEMO_PASSWORD },
  }),
  'Mutation.refreshSession': (caller) => ({
    query: 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
    variables: { t: caller.refreshToken ?? '' },
  }),
  'Mutation.logout': () => ({ query: 'mutation { logout(refreshToken: "unknown") }' }),
  'Mutation.requestPasswordReset': () => ({ query: 'mutation { requestPasswordReset(email: "nobody@example.com") }' }),
  'Mutation.resetPassword': () => ({ query: 'mutation { resetPassword(token: "unknown", newPassword: "x") }' }),
  'Mutation.changePassword': () => ({ query: 'mutation { changePassword(currentPassword: "wrong", newPassword: "x") { accessToken } }' }),
  'Mutation.updateProfile': () => ({ query: 'mutation { updateProfile(input: {}) { id } }' }),
  'Query.apiTokens': () => ({ query: '{ apiTokens { id } }' }),
  'Mutation.createApiToken': () => ({ query: 'mutation { createApiToken(input: { name: "matrix" }) { token } }' }),
  'Mutation.revokeApiToken': () => ({ query: 'mutation { revokeApiToken(id: "00000000-0000-0000-0000-000000000000") { id } }' }),
};

describe('permission matrix', () => {
  it('has an entry for every root field and every object type of the schema', async () => {
    const schema = await buildBareSchema();
    const matrix = permissionMatrix as Record<string, unknown>;
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!root) continue;
      const rules = (matrix[root.name] ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(root.getFields())) if (!rules[field]) missing.push(`${root.name}.${field}`);
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      if (!matrix[type.name]) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('lists an operation in the role table for every root field', async () => {
    const schema = await buildBareSchema();
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
      root ? Object.keys(root.getFields()).map((f) => `${root.name}.${f}`) : [],
    );
    expect(Object.keys(OPERATIONS).sort()).toEqual(fields.filter((f) => !f.startsWith('Subscription.')).sort());
  });

  describe('who may call what', () => {
    let server: TestServer;
    const callers: Caller[] = [];

    beforeAll(async () => {
      server = await startTestServer();
      const signIn = (email: string) =>
        server.gql<{ login: { accessToken: string; refreshToken: string } }>(
          'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }',
          { e: email, p: DEMO_PASSWORD },
        );
      // An anonymous caller (no access token) may still hold a refresh token, e.g. after a page reload.
      callers.push({ role: 'anonymous', refreshToken: (await signIn('customer2@demo.local')).data?.login.refreshToken });
      for (const role of ['customer', 'agent', 'admin'] as const) {
        const session = (await signIn(ACCOUNTS[role])).data?.login;
        callers.push({ role, token: session?.accessToken, refreshToken: session?.refreshToken });
      }
    });
    afterAll(() => server.close());

    it('matches the reviewed role × operation table (a diff here is a permission change)', async () => {
      const rows: string[] = [`${'operation'.padEnd(32)}${ROLES.map((r) => r.padEnd(11)).join('')}`];
      for (const [operation, build] of Object.entries(OPERATIONS)) {
        const cells: string[] = [];
        for (const caller of callers) {
          const { query, variables } = build(caller);
          const result = await server.gql(query, variables, {
            token: caller.token,
            headers: { 'x-forwarded-for': `10.77.0.${cells.length + 1}` },
          });
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          cells.push(codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED') ? 'deny' : 'allow');
        }
        rows.push(`${operation.padEnd(32)}${cells.map((c) => c.padEnd(11)).join('')}`);
      }
      await expect(`${rows.map((r) => r.trimEnd()).join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/role-operation-table.txt');
    });
  });
});
