import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, freshDatabase, startTestServer, type TestServer } from '../fixtures/test-server.js';

/**
 * PostgreSQL going away while the desk runs, and coming back: a TCP relay stands between the server and the
 * database, and the test cuts it. Requests then answer SERVICE_UNAVAILABLE (never a stack trace or a hang),
 * /readyz reports 503, and once the database is reachable again the same server serves on, without a restart.
 * PostgreSQL only (TEST_DATABASE_URL): SQLite is a file in the server's own process.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('the database becomes unreachable during operation', () => {
  let relay: Relay;
  let server: TestServer;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await freshDatabase();
    drop = database.drop;
    const target = new URL(database.env.DATABASE_URL as string);
    relay = await startRelay(Number(target.port || 5432), target.hostname);
    target.hostname = '127.0.0.1';
    target.port = String(relay.port);
    server = await startTestServer({ DATABASE_URL: target.toString() });
  }, 60_000);
  afterAll(async () => {
    await relay?.open();
    await server?.close();
    await relay?.close();
    await drop?.();
  });

  const ready = async () => (await fetch(`${server.url}/readyz`)).status;

  it('answers SERVICE_UNAVAILABLE while it is away, and serves again when it is back', async () => {
    const token = await server.login('agent@demo.local');
    const inbox = () => server.gql('{ conversations(first: 5) { totalCount } }', {}, { token });
    expect((await inbox()).errors).toBeUndefined();
    expect(await ready()).toBe(200);

    await relay.cut();
    const during = await inbox();
    expect(codesOf(during)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(during.errors)).not.toMatch(/ECONNREFUSED|stack|at \//);
    expect(await ready()).toBe(503);

    await relay.open();
    // The pool reconnects on its own; give it a few tries.
    let after = await inbox();
    for (let attempt = 0; attempt < 20 && after.errors; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await inbox();
    }
    expect(after.errors).toBeUndefined();
    expect(await ready()).toBe(200);
  }, 60_000);
});

interface Relay {
  port: number;
  /** Drops every connection and refuses new ones, as a dead database host would. */
  cut(): Promise<void>;
  open(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP relay to `host:port` on a loopback port that stays the same across cut() and open(). */
async function startRelay(targetPort: number, targetHost: string): Promise<Relay> {
  const sockets = new Set<Socket>();
  let listener: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      listener = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => {
        port = ((listener as Server).address() as { port: number }).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!listener) return resolve();
      listener.close(() => resolve());
      listener = null;
    });
  await listen();
  return {
    port,
    cut: stop,
    open: async () => {
      if (!listener) await listen();
    },
    close: stop,
  };
}
