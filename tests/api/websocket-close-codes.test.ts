import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../fixtures/test-server.js';
import { runOverWebSocket } from '../fixtures/ws.js';

/**
 * The graphql-transport-ws close codes, seen by a raw WebSocket client that breaks the protocol on purpose
 * (a library client would never send these). Each misuse ends the socket with its code, and the server serves
 * the next connection as before.
 */
describe('graphql-ws close codes', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = await server.login('agent@demo.local');
  });
  afterAll(async () => {
    await server.close();
  });

  /** Opens a socket, sends each frame once it is open, and resolves with the close code and reason. */
  const closeOf = (frames: Array<Record<string, unknown> | string>, options: { waitForAck?: boolean } = {}) =>
    new Promise<{ code: number; reason: string }>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      const timer = setTimeout(() => reject(new Error('the server never closed the socket')), 10_000);
      const send = (frame: Record<string, unknown> | string) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
      socket.on('open', () => {
        if (!options.waitForAck) for (const frame of frames) send(frame);
        else send(frames[0] as Record<string, unknown>);
      });
      socket.on('message', (data) => {
        if (options.waitForAck && JSON.parse(String(data)).type === 'connection_ack') for (const frame of frames.slice(1)) send(frame);
      });
      socket.on('close', (code, reason) => {
        clearTimeout(timer);
        resolve({ code, reason: reason.toString() });
      });
      socket.on('error', () => undefined); // the close event carries the outcome
    });

  const init = () => ({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  const subscribe = (id: string) => ({
    id,
    type: 'subscribe',
    payload: { query: 'subscription { conversationChanged { id } }' },
  });

  it('4400 for a frame that is not a protocol message', async () => {
    expect((await closeOf(['{"type": "no-such-message"}'])).code).toBe(4400);
    expect((await closeOf(['not json at all'])).code).toBe(4400);
  });

  it('4401 for an operation before the connection is acknowledged', async () => {
    expect(await closeOf([subscribe('early')])).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('4403 for credentials that do not hold', async () => {
    const refused = await closeOf([{ type: 'connection_init', payload: { authorization: 'Bearer forged.token.value' } }]);
    expect(refused.code).toBe(4403);
  });

  it('4408 when connection_init never comes', async () => {
    expect((await closeOf([])).code).toBe(4408);
  });

  it('4409 for a second operation with an id in use', async () => {
    const closed = await closeOf([init(), subscribe('same'), subscribe('same')], { waitForAck: true });
    expect(closed.code).toBe(4409);
  });

  it('4429 for a second connection_init', async () => {
    expect((await closeOf([init(), init()], { waitForAck: true })).code).toBe(4429);
  });

  it('keeps serving new connections after all that', async () => {
    const result = await runOverWebSocket<{ me: { email: string } }>(server.url, '{ me { email } }', { authorization: `Bearer ${token}` });
    expect(result.data?.me.email).toBe('agent@demo.local');
  });
});
