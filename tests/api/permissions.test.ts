import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildBareSchema } from '../../server/src/graphql/schema.js';
import { permissionMatrix } from '../../server/src/permissions/permissions.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../fixtures/test-server.js';

/** Callers: the three built-in roles signed in, nobody, and an integration holding an agent's unscoped API token. */
type Role = 'anonymous' | 'customer' | 'agent' | 'admin' | 'apiToken';
const ROLES: Role[] = ['anonymous', 'customer', 'agent', 'admin', 'apiToken'];
const ACCOUNTS: Record<Exclude<Role, 'anonymous' | 'apiToken'>, string> = {
  customer: 'customer@demo.local',
  agent: 'agent@demo.local',
  admin: 'admin@demo.local',
};

interface Caller {
  role: Role;
  token?: string;
  refreshToken?: string;
  /** A conversation of the demo customer, so conversation operations get past authorization for allowed callers. */
  conversationId: string;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';
const CLIENT_ID = () => `matrix-${Math.random().toString(36).slice(2)}`;

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
  'Mutation.beginTwoFactorEnrolment': () => ({ query: 'mutation { beginTwoFactorEnrolment { secret } }' }),
  'Mutation.confirmTwoFactor': () => ({ query: 'mutation { confirmTwoFactor(code: "000000") { codes } }' }),
  'Mutation.regenerateRecoveryCodes': () => ({ query: 'mutation { regenerateRecoveryCodes(code: "000000") { codes } }' }),
  'Mutation.disableTwoFactor': () => ({ query: 'mutation { disableTwoFactor(password: "wrong", code: "000000") }' }),
  'Mutation.completeTwoFactorSignIn': () => ({
    query: 'mutation { completeTwoFactorSignIn(challenge: "forged", code: "") { accessToken } }',
  }),
  'Query.apiTokens': () => ({ query: '{ apiTokens { id } }' }),
  'Mutation.createApiToken': () => ({ query: 'mutation { createApiToken(input: { name: "matrix" }) { token } }' }),
  'Mutation.revokeApiToken': () => ({ query: 'mutation { revokeApiToken(id: "00000000-0000-0000-0000-000000000000") { id } }' }),
  'Query.conversation': (c) => ({ query: 'query($id: ID!) { conversation(id: $id) { id } }', variables: { id: c.conversationId } }),
  'Query.conversations': () => ({ query: '{ conversations(first: 1) { totalCount } }' }),
  'Query.searchMessages': () => ({ query: '{ searchMessages(query: "parcel") { totalCount } }' }),
  'Mutation.startConversation': () => ({
    query: 'mutation($c: String!) { startConversation(input: { subject: "Matrix", body: "Hello", clientMessageId: $c }) { id } }',
    variables: { c: CLIENT_ID() },
  }),
  'Mutation.sendMessage': (c) => ({
    query: 'mutation($id: ID!, $c: String!) { sendMessage(input: { conversationId: $id, body: "Hi", clientMessageId: $c }) { id } }',
    variables: { id: c.conversationId, c: CLIENT_ID() },
  }),
  'Mutation.claimConversation': () => ({ query: `mutation { claimConversation(id: "${NO_ID}") { id } }` }),
  'Mutation.assignConversation': () => ({ query: `mutation { assignConversation(id: "${NO_ID}", assigneeId: "${NO_ID}") { id } }` }),
  'Mutation.transferConversation': () => ({
    query: `mutation { transferConversation(input: { id: "${NO_ID}", toTeamId: "${NO_ID}", reason: "matrix" }) { id } }`,
  }),
  'Mutation.acceptTransfer': () => ({ query: `mutation { acceptTransfer(id: "${NO_ID}") { id } }` }),
  'Mutation.setConversationStatus': () => ({ query: `mutation { setConversationStatus(id: "${NO_ID}", status: COMPLETED) { id } }` }),
  'Mutation.setConversationPriority': () => ({ query: `mutation { setConversationPriority(id: "${NO_ID}", priority: HIGH) { id } }` }),
  'Mutation.setConversationTags': () => ({ query: `mutation { setConversationTags(id: "${NO_ID}", tagIds: []) { id } }` }),
  'Mutation.markConversationRead': (c) => ({
    query: 'mutation($id: ID!) { markConversationRead(id: $id) { id } }',
    variables: { id: c.conversationId },
  }),
  'Mutation.setTyping': (c) => ({
    query: 'mutation($id: ID!) { setTyping(conversationId: $id, typing: false) }',
    variables: { id: c.conversationId },
  }),
  'Query.tags': () => ({ query: '{ tags { id } }' }),
  'Query.teams': () => ({ query: '{ teams { id name memberCount } }' }),
  'Query.users': () => ({ query: '{ users(first: 1) { totalCount edges { node { id email openConversations } } } }' }),
  'Query.roles': () => ({ query: '{ roles { id key } }' }),
  'Query.permissions': () => ({ query: '{ permissions { key } }' }),
  'Mutation.updateRole': () => ({ query: `mutation { updateRole(id: "${NO_ID}", input: { name: "Matrix" }) { id } }` }),
  'Mutation.createUser': () => ({
    query: `mutation($e: String!) { createUser(input: { email: $e, displayName: "Matrix", roleId: "${NO_ID}" }) { id } }`,
    variables: { e: `matrix-${Math.random().toString(36).slice(2)}@example.com` },
  }),
  'Mutation.updateUser': () => ({ query: `mutation { updateUser(id: "${NO_ID}", input: { capacity: 3 }) { id } }` }),
  'Mutation.setUserActive': () => ({ query: `mutation { setUserActive(id: "${NO_ID}", active: false) { id } }` }),
  'Mutation.sendPasswordReset': () => ({ query: `mutation { sendPasswordReset(userId: "${NO_ID}") }` }),
  'Query.auditLogs': () => ({ query: '{ auditLogs(first: 1) { totalCount edges { node { action actor { id } } } } }' }),
  'Query.verifyAuditLog': () => ({ query: '{ verifyAuditLog { ok } }' }),
  'Mutation.createTeam': () => ({
    query: 'mutation($n: String!) { createTeam(input: { name: $n }) { id } }',
    variables: { n: CLIENT_ID() },
  }),
  'Mutation.updateTeam': () => ({ query: `mutation { updateTeam(id: "${NO_ID}", input: { name: "Matrix" }) { id } }` }),
  'Mutation.deleteTeam': () => ({ query: `mutation { deleteTeam(id: "${NO_ID}") }` }),
  'Mutation.createRole': () => ({
    query: 'mutation($k: String!) { createRole(input: { key: $k, name: "Matrix", permissions: [] }) { id } }',
    variables: { k: `matrix-${Math.random().toString(36).slice(2, 10)}` },
  }),
  'Mutation.deleteRole': () => ({ query: `mutation { deleteRole(id: "${NO_ID}") }` }),
  'Query.settings': () => ({ query: '{ settings { sla { firstResponseMinutes } updatedBy { id } } }' }),
  'Mutation.updateSettings': () => ({ query: 'mutation { updateSettings(input: {}) { sla { firstResponseMinutes } } }' }),
  'Query.dashboard': () => ({
    query: '{ dashboard(input: { from: "2026-03-01T00:00:00Z", to: "2026-03-08T00:00:00Z", granularity: DAY }) { backlog } }',
  }),
  'Mutation.createTag': () => ({ query: 'mutation($n: String!) { createTag(input: { name: $n }) { id } }', variables: { n: CLIENT_ID() } }),
  'Mutation.updateTag': () => ({ query: `mutation { updateTag(id: "${NO_ID}", input: { colour: "#000000" }) { id } }` }),
  'Mutation.deleteTag': () => ({ query: `mutation { deleteTag(id: "${NO_ID}") }` }),
  'Query.replyTemplates': () => ({ query: '{ replyTemplates(first: 1) { totalCount } }' }),
  'Query.renderReplyTemplate': (c) => ({
    query: `query($id: ID!) { renderReplyTemplate(templateId: "${NO_ID}", conversationId: $id) }`,
    variables: { id: c.conversationId },
  }),
  'Mutation.createReplyTemplate': () => ({
    query: 'mutation($s: String!) { createReplyTemplate(input: { title: "Matrix", body: "Hi", shortcut: $s, locale: "en" }) { id } }',
    variables: { s: CLIENT_ID() },
  }),
  'Mutation.updateReplyTemplate': () => ({ query: `mutation { updateReplyTemplate(id: "${NO_ID}", input: { title: "Matrix" }) { id } }` }),
  'Mutation.deleteReplyTemplate': () => ({ query: `mutation { deleteReplyTemplate(id: "${NO_ID}") }` }),
  'Mutation.submitEvaluation': (c) => ({
    query: 'mutation($id: ID!) { submitEvaluation(input: { conversationId: $id, rating: 5 }) { id } }',
    variables: { id: c.conversationId },
  }),
};

/** Subscriptions run over graphql-ws, where the shield does not apply: their own checks must give the same table. */
const SUBSCRIPTIONS: Record<string, (caller: Caller) => { query: string; variables?: Record<string, unknown> }> = {
  'Subscription.conversationChanged': () => ({ query: 'subscription { conversationChanged { id } }' }),
  'Subscription.messageAdded': (c) => ({
    query: 'subscription($id: ID!) { messageAdded(conversationId: $id) { id } }',
    variables: { id: c.conversationId },
  }),
  'Subscription.typing': (c) => ({
    query: 'subscription($id: ID!) { typing(conversationId: $id) { typing } }',
    variables: { id: c.conversationId },
  }),
};

/**
 * Subscribes over WebSocket and reports "deny" when the answer is UNAUTHENTICATED or FORBIDDEN, "allow" when the
 * subscription started (no error within a short wait) or failed for another reason.
 */
async function subscriptionOutcome(url: string, caller: Caller, document: { query: string; variables?: Record<string, unknown> }) {
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: caller.token ? { authorization: `Bearer ${caller.token}` } : {},
    retryAttempts: 0,
  });
  try {
    const codes = await new Promise<string[]>((resolve) => {
      const timer = setTimeout(() => resolve([]), 400);
      client.subscribe(document, {
        next: (value) => {
          clearTimeout(timer);
          resolve((value.errors ?? []).map((e) => String(e.extensions?.code)));
        },
        error: (error) => {
          clearTimeout(timer);
          resolve(Array.isArray(error) ? error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code)) : ['SOCKET']);
        },
        complete: () => undefined,
      });
    });
    return codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED') ? 'deny' : 'allow';
  } finally {
    await client.dispose();
  }
}

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
    expect([...Object.keys(OPERATIONS), ...Object.keys(SUBSCRIPTIONS)].sort()).toEqual(fields.sort());
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
      const customerSession = (await signIn(ACCOUNTS.customer)).data?.login;
      const started = await server.gql<{ startConversation: { id: string } }>(
        'mutation { startConversation(input: { subject: "Matrix", body: "Parcel", clientMessageId: "matrix-setup" }) { id } }',
        {},
        { token: customerSession?.accessToken },
      );
      const conversationId = started.data?.startConversation.id as string;
      // An anonymous caller (no access token) may still hold a refresh token, e.g. after a page reload.
      callers.push({ role: 'anonymous', refreshToken: (await signIn('customer2@demo.local')).data?.login.refreshToken, conversationId });
      for (const role of ['customer', 'agent', 'admin'] as const) {
        const session = (await signIn(ACCOUNTS[role])).data?.login;
        callers.push({ role, token: session?.accessToken, refreshToken: session?.refreshToken, conversationId });
      }
      const agentSession = callers.find((c) => c.role === 'agent')?.token;
      const minted = await server.gql<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "matrix" }) { token } }',
        {},
        { token: agentSession },
      );
      callers.push({ role: 'apiToken', token: minted.data?.createApiToken.token, conversationId });
    });
    afterAll(() => server.close());

    it('matches the reviewed role × operation table (a diff here is a permission change)', async () => {
      const rows: string[] = [`${'operation'.padEnd(36)}${ROLES.map((r) => r.padEnd(11)).join('')}`];
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
        rows.push(`${operation.padEnd(36)}${cells.map((c) => c.padEnd(11)).join('')}`);
      }
      for (const [operation, build] of Object.entries(SUBSCRIPTIONS)) {
        const cells: string[] = [];
        for (const caller of callers) cells.push(await subscriptionOutcome(server.url, caller, build(caller)));
        rows.push(`${operation.padEnd(36)}${cells.map((c) => c.padEnd(11)).join('')}`);
      }
      await expect(`${rows.map((r) => r.trimEnd()).join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/role-operation-table.txt');
    });
  });
});
