import { randomBytes, randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { eventually, NO_REDIS, redisServerBinary, startTestRedis, type TestRedis } from '../fixtures/redis-server.js';
import { type ServerProcess, startServerProcess } from '../fixtures/server-process.js';
import { type SharedDatabase, sharedDatabase } from '../fixtures/shared-database.js';
import { codesOf, DEMO_PASSWORD } from '../fixtures/test-server.js';

if (!redisServerBinary) console.warn(NO_REDIS);

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }';
const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body } }';
const ME = '{ me { email } }';
const PASSWORD = 'quartz-Meadow-61-lantern';

let addressCount = 0;
/** Every caller from an address of its own (the servers trust X-Forwarded-For from loopback), so limits never mix. */
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${++addressCount}` });

/**
 * Two server processes on one database and one Redis behave as one: events, rate limits and the signed-in
 * request cache cross between them. The database is SQLite shared by both (WAL), or PostgreSQL with
 * TEST_DATABASE_URL (see tests/fixtures/shared-database.ts).
 */
describe.skipIf(!redisServerBinary)('two server processes sharing a database and Redis', () => {
  let redis: TestRedis;
  let database: SharedDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    database = await sharedDatabase();
    const env = { ...database.env, REDIS_URL: redis.url, JWT_SECRET: randomBytes(32).toString('hex'), DEMO_PASSWORD, LOG_LEVEL: 'info' };
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.dispose();
    await redis?.stop();
  }, 60_000);

  const login = async (server: ServerProcess, email: string, password = DEMO_PASSWORD) => {
    const result = await server.gql<{ login: { accessToken: string; user: { id: string } } }>(
      LOGIN,
      { input: { email, password } },
      { headers: fromNewAddress() },
    );
    if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login;
  };

  const socket = (server: ServerProcess, token: string, on: { closed?: (code: number) => void; connected?: () => void } = {}) => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: { closed: (event) => on.closed?.((event as { code: number }).code), connected: () => on.connected?.() },
    });
    clients.push(client);
    return client;
  };

  interface Received {
    id: string;
    body: string;
    author: { displayName: string } | null;
    conversation: { id: string };
  }

  /**
   * A customer's new conversation (started through A) and an agent watching it on each of `watchers`;
   * `send` posts a message through A. graphql-ws does not acknowledge a subscription, so `sendUntilSeen`
   * sends until every watcher has received one.
   */
  const watchedConversation = async (watchers: ServerProcess[]) => {
    const customer = await login(a, 'customer@demo.local');
    const started = await a.gql<{ startConversation: { id: string } }>(
      START,
      { input: { subject: 'Across instances', body: 'Hello', clientMessageId: randomUUID() } },
      { token: customer.accessToken },
    );
    const conversationId = started.data?.startConversation.id as string;
    expect(conversationId).toBeTruthy();
    const received = watchers.map(() => [] as Received[]);
    const errors: unknown[] = [];
    for (const [i, server] of watchers.entries()) {
      const agent = await login(server, 'agent@demo.local');
      socket(server, agent.accessToken).subscribe<{ messageAdded: Received }>(
        {
          query: 'subscription($id: ID!) { messageAdded(conversationId: $id) { id body author { displayName } conversation { id } } }',
          variables: { id: conversationId },
        },
        {
          next: (value) => {
            if (value.data) received[i].push(value.data.messageAdded);
            if (value.errors) errors.push(...value.errors);
          },
          error: (error) => errors.push(error),
          complete: () => undefined,
        },
      );
    }
    const send = async (body: string): Promise<string> => {
      const result = await a.gql<{ sendMessage: { id: string } }>(
        SEND,
        { input: { conversationId, body, clientMessageId: randomUUID() } },
        { token: customer.accessToken },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.sendMessage.id as string;
    };
    const sendUntilSeen = async (by: number[], what: string) => {
      const counts = by.map((i) => received[i].length);
      await eventually(
        async () => {
          await send('ping');
          await new Promise((resolve) => setTimeout(resolve, 300));
          return by.every((i, k) => received[i].length > counts[k]);
        },
        20_000,
        what,
      );
    };
    return { conversationId, received, errors, send, sendUntilSeen };
  };

  const seen = (list: Received[], id: string) => list.filter((m) => m.id === id).length;

  it('a message sent through one instance reaches subscribers of both, each exactly once', async () => {
    const watched = await watchedConversation([a, b]);
    const [atA, atB] = watched.received;
    await watched.sendUntilSeen([0, 1], 'the subscriptions on A and B');
    const id = await watched.send('Is anyone there?');
    await eventually(() => seen(atB, id) > 0 && seen(atA, id) > 0, 10_000, 'the message on both');
    expect(atB.find((m) => m.id === id)).toMatchObject({
      body: 'Is anyone there?',
      author: { displayName: expect.any(String) },
      conversation: { id: watched.conversationId },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Not once locally and again through Redis.
    expect(seen(atA, id)).toBe(1);
    expect(seen(atB, id)).toBe(1);
    expect(new Set(atA.map((m) => m.id)).size).toBe(atA.length);
    expect(new Set(atB.map((m) => m.id)).size).toBe(atB.length);
    expect(watched.errors).toEqual([]);
  }, 60_000);

  it('typing through one instance reaches a watcher on the other', async () => {
    const watched = await watchedConversation([b]);
    const customer = await login(a, 'customer@demo.local');
    const agent = await login(b, 'agent@demo.local');
    const typing: Array<{ isCustomer: boolean; typing: boolean }> = [];
    socket(b, agent.accessToken).subscribe<{ typing: { isCustomer: boolean; typing: boolean } }>(
      { query: 'subscription($id: ID!) { typing(conversationId: $id) { isCustomer typing } }', variables: { id: watched.conversationId } },
      { next: (value) => void (value.data && typing.push(value.data.typing)), error: () => undefined, complete: () => undefined },
    );
    await eventually(
      async () => {
        const result = await a.gql(
          'mutation($id: ID!) { setTyping(conversationId: $id, typing: true) }',
          { id: watched.conversationId },
          { token: customer.accessToken },
        );
        expect(result.errors).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return typing.length > 0;
      },
      20_000,
      'typing at B',
    );
    expect(typing[0]).toEqual({ isCustomer: true, typing: true });
  }, 60_000);

  it('counts login failures across both instances', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.50' };
    const attempt = (server: ServerProcess, i: number) =>
      server.gql(LOGIN, { input: { email: 'admin@demo.local', password: `wrong-${i}-password` } }, { headers });
    for (let i = 0; i < 5; i++) expect(codesOf(await attempt(i % 2 ? b : a, i))).toEqual(['UNAUTHENTICATED']);
    const blockedAtA = await attempt(a, 5);
    const blockedAtB = await attempt(b, 6);
    expect(codesOf(blockedAtA)).toEqual(['RATE_LIMITED']);
    expect(codesOf(blockedAtB)).toEqual(['RATE_LIMITED']);
    expect(blockedAtB.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
  }, 60_000);

  it('a password change through one instance ends the sessions and sockets held by the other at once', async () => {
    const email = `scale-${randomUUID().slice(0, 8)}@factory.test`;
    const registered = await a.gql(
      REGISTER,
      { input: { email, password: PASSWORD, displayName: 'Scale Test', locale: 'en' } },
      { headers: fromNewAddress() },
    );
    expect(registered.errors).toBeUndefined();
    const atB = await login(b, email, PASSWORD);
    // B has the caller cached now.
    expect((await b.gql<{ me: { email: string } }>(ME, {}, { token: atB.accessToken })).data?.me.email).toBe(email);
    const closes: number[] = [];
    let connected = false;
    const client = socket(b, atB.accessToken, { closed: (code) => closes.push(code), connected: () => (connected = true) });
    client.subscribe(
      { query: 'subscription { conversationChanged { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    // connection_acknowledged: B holds the socket for this user.
    await eventually(() => connected, 10_000, 'the socket to B');

    const atA = await login(a, email, PASSWORD);
    const changed = await a.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
      { c: PASSWORD, n: 'fresh-Maple-93-cloud' },
      { token: atA.accessToken },
    );
    expect(changed.errors).toBeUndefined();
    // At once: no waiting for B's cache to expire.
    expect(codesOf(await b.gql(ME, {}, { token: atB.accessToken }))).toEqual(['UNAUTHENTICATED']);
    await eventually(() => closes.includes(4403), 5000, "B to close the user's socket");
  }, 60_000);

  it("a role's permissions changed through one instance apply on the other at once, sockets included", async () => {
    const agentRole = 'query { roles { id key permissions } }';
    const admin = await login(a, 'admin@demo.local');
    const roles = await a.gql<{ roles: Array<{ id: string; key: string; permissions: string[] }> }>(
      agentRole,
      {},
      { token: admin.accessToken },
    );
    const agent = roles.data?.roles.find((r) => r.key === 'agent');
    if (!agent) throw new Error(`no agent role: ${JSON.stringify(roles.errors)}`);
    const USERS = '{ users(first: 1) { totalCount } }';
    const setPermissions = async (permissions: string[]) => {
      const result = await a.gql(
        'mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }',
        { id: agent.id, input: { permissions } },
        { token: admin.accessToken },
      );
      expect(result.errors).toBeUndefined();
    };

    const atB = await login(b, 'agent@demo.local');
    // B has the agent and their permissions cached now.
    expect((await b.gql(USERS, {}, { token: atB.accessToken })).errors).toBeUndefined();
    const closes: number[] = [];
    let connected = false;
    const client = socket(b, atB.accessToken, { closed: (code) => closes.push(code), connected: () => (connected = true) });
    client.subscribe({ query: 'subscription { conversationChanged { id } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    await eventually(() => connected, 10_000, 'the socket to B');
    try {
      await setPermissions(agent.permissions.filter((p) => p !== 'user:read'));
      // Same token, next request, other instance: refused without waiting for B's cache to expire.
      expect(codesOf(await b.gql(USERS, {}, { token: atB.accessToken }))).toEqual(['FORBIDDEN']);
      await eventually(() => closes.includes(4403), 5000, "B to close the agent's socket");
    } finally {
      await setPermissions(agent.permissions);
    }
    expect((await b.gql(USERS, {}, { token: atB.accessToken })).errors).toBeUndefined();
  }, 60_000);

  it('an API token revoked through one instance stops working on the other at once', async () => {
    const agent = await login(a, 'agent@demo.local');
    const created = await a.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }',
      { input: { name: 'scale-out' } },
      { token: agent.accessToken },
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = (created.data as { createApiToken: { token: string; apiToken: { id: string } } }).createApiToken;
    expect((await b.gql<{ me: { email: string } }>(ME, {}, { token })).data?.me.email).toBe('agent@demo.local');
    const revoked = await a.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: apiToken.id }, { token: agent.accessToken });
    expect(revoked.errors).toBeUndefined();
    expect(codesOf(await b.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  }, 60_000);

  // Last: it takes Redis away.
  it('a Redis outage degrades to one instance each, with one warning, and recovers by itself', async () => {
    const watched = await watchedConversation([a, b]);
    const [atA, atB] = watched.received;
    await watched.sendUntilSeen([0, 1], 'the subscriptions on A and B');
    const warnings = (server: ServerProcess) => server.logs.filter((l) => l.level === 40 && /Redis unavailable/.test(String(l.msg)));

    await redis.stop();
    await eventually(() => warnings(a).length > 0 && warnings(b).length > 0, 10_000, 'the warnings');
    const during = await watched.send('While Redis is away');
    await eventually(() => seen(atA, during) === 1, 5000, "A's own subscriber");
    // Sign-in keeps working (limits are counted per instance meanwhile).
    await login(b, 'agent@demo.local');

    await redis.start();
    await eventually(() => [a, b].every((server) => server.logs.some((l) => /Redis is back/.test(String(l.msg)))), 15_000, 'the recovery');
    await watched.sendUntilSeen([1], 'delivery to B again');
    expect(seen(atB, during)).toBe(0);
    expect(warnings(a)).toHaveLength(1);
    expect(warnings(b)).toHaveLength(1);
    expect(watched.errors).toEqual([]);
  }, 90_000);

  it('logged no errors, and both stop cleanly (Redis connections closed)', async () => {
    for (const server of [a, b]) expect(server.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    const stopped = await Promise.all([a.stop(), b.stop()]);
    expect(stopped).toEqual([
      { code: 0, signal: null, forced: false },
      { code: 0, signal: null, forced: false },
    ]);
  }, 30_000);
});
