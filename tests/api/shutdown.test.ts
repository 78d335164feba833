import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD, startTestServer } from '../fixtures/test-server.js';

describe('graceful shutdown', () => {
  it('finishes in-flight requests, closes websockets and stops listening', async () => {
    const server = await startTestServer();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));

    // A login takes a while (argon2id): it is in flight when the shutdown starts.
    const inFlight = server.gql<{ login: { accessToken: string } }>(
      'mutation($p: String!) { login(input: { email: "agent@demo.local", password: $p }) { accessToken } }',
      { p: DEMO_PASSWORD },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();

    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(result.data?.login.accessToken).toBeTruthy();
    expect(await closed).toBeGreaterThanOrEqual(1000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
