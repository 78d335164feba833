import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../fixtures/test-server.js';

describe('GraphQL over WebSocket (graphql-ws on /graphql)', () => {
  let server: TestServer;
  const clients: Client[] = [];

  const connect = (authorization?: string) => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
      lazy: true,
      lazyCloseTimeout: 5_000, // keep the socket between operations, so the same connection is re-checked
    });
    clients.push(client);
    return client;
  };

  const run = <T>(client: Client, query: string) =>
    new Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>((resolve, reject) => {
      let result: { data?: T } = {};
      client.subscribe<T>(
        { query },
        { next: (value) => (result = value as typeof result), error: reject, complete: () => resolve(result) },
      );
    });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.close();
  });

  it('runs operations for the user named in connection_init', async () => {
    const token = await server.login('agent@demo.local');
    const result = await run<{ me: { email: string } }>(connect(`Bearer ${token}`), '{ me { email role { key } } }');
    expect(result.data?.me).toEqual({ email: 'agent@demo.local', role: { key: 'agent' } });
  });

  it('treats a connection without a token as anonymous', async () => {
    const result = await run<{ me: null }>(connect(), '{ me { email } }');
    expect(result.data).toEqual({ me: null });
  });

  it('closes the socket with 4403 for an invalid token', async () => {
    const error = await run(connect('Bearer forged.token.value'), '{ me { email } }').catch((e: unknown) => e);
    expect((error as { code?: number }).code).toBe(4403);
  });

  it('re-checks the user on every operation: a deactivated account stops at once', async () => {
    const token = await server.login('agent2@demo.local');
    const client = connect(`Bearer ${token}`);
    expect((await run<{ me: { email: string } }>(client, '{ me { email } }')).data?.me.email).toBe('agent2@demo.local');
    await server.orm.em.getConnection().execute("update users set active = false where email = 'agent2@demo.local'");
    // What a deactivation does besides the update (the caller cache is cleared at once, in every instance).
    await server.services.viewers.invalidate('*');
    const after = await run(client, '{ me { email } }').catch((e: unknown) => e);
    expect(JSON.stringify(after)).toMatch(/UNAUTHENTICATED/);
    await server.orm.em.getConnection().execute("update users set active = true where email = 'agent2@demo.local'");
    await server.services.viewers.invalidate('*');
  });

  it('closes a user’s sockets when their password changes (every session ends)', async () => {
    const token = await server.login('customer2@demo.local');
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await new Promise((resolve) => socket.once('message', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    const changed = await server.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
      { c: DEMO_PASSWORD, n: 'amber-Falcon-58-meadow' },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    expect(await closed).toBe(4403);
  });

  it('applies the same query limits as HTTP', async () => {
    const deep = `{ me { role { id } } ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const result = await run(connect(), deep).catch((e: unknown) => e);
    const errors = Array.isArray(result) ? result : ((result as { errors?: unknown[] }).errors ?? []);
    expect(JSON.stringify(errors)).toMatch(/aliases/i);
  });
});
