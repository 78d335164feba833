import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD, startTestServer } from '../fixtures/test-server.js';

describe('graceful shutdown', () => {
  it('finishes in-flight requests, closes websockets and stops listening', async () => {
    const server = await startTestServer();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));

    // A login takes a while (argon2id): it is in flight when the shutdown starts. Waiting for the server to
    // be inside it, not for a fixed time: on a busy machine the request may not have arrived yet.
    const { auth } = server.services;
    const login = auth.login.bind(auth);
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    auth.login = (...args) => {
      entered();
      return login(...args);
    };
    const inFlight = server.gql<{ login: { accessToken: string } }>(
      'mutation($p: String!) { login(input: { email: "agent@demo.local", password: $p }) { accessToken } }',
      { p: DEMO_PASSWORD },
    );
    await inside;
    await server.close();

    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(result.data?.login.accessToken).toBeTruthy();
    expect(await closed).toBeGreaterThanOrEqual(1000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('lets an operation whose client hung up finish before closing the database', async () => {
    const server = await startTestServer({}, { captureLogs: true });
    const { auth } = server.services;
    const login = auth.login.bind(auth);
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let finished: Promise<unknown> = Promise.resolve();
    auth.login = (...args) => {
      entered();
      finished = login(...args);
      return finished as ReturnType<typeof login>;
    };
    const client = new AbortController();
    const request = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($p: String!) { login(input: { email: "agent@demo.local", password: $p }) { accessToken } }',
        variables: { p: DEMO_PASSWORD },
      }),
      signal: client.signal,
    }).catch(() => 'aborted');
    await inside;
    client.abort();
    expect(await request).toBe('aborted');
    await server.close();
    // The login ran to its end on an open database, and nothing failed on the way down.
    await expect(finished).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(server.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});
