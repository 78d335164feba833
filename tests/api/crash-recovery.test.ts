import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../fixtures/server-process.js';
import { type SharedDatabase, sharedDatabase } from '../fixtures/shared-database.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body } }';

/** Messages sent at once while the server is killed: enough that some are in flight at the moment of the crash. */
const IN_FLIGHT = 4;
/** The crash comes after this many acknowledgements; the stream goes on until the server is gone. */
const CRASH_AFTER = 30;

/**
 * A crash (SIGKILL, no shutdown code) in the middle of a stream of sendMessage calls, then a restart on the same
 * database: every acknowledged message is there exactly once, nothing is there twice, the search index holds
 * exactly the stored messages, and sending the unacknowledged ones again with their clientMessageId stores each
 * at most once. On SQLite by default, on PostgreSQL with TEST_DATABASE_URL (tests/fixtures/shared-database.ts).
 */
describe('a crash during a stream of messages', () => {
  let database: SharedDatabase;
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    await database?.dispose();
  }, 60_000);

  it('loses no acknowledged message and stores none twice', async () => {
    database = await sharedDatabase();
    const env = { ...database.env, JWT_SECRET: randomBytes(32).toString('hex'), DEMO_PASSWORD };
    server = await startServerProcess(env);
    const first = server;
    const token = async (target: ServerProcess) => {
      const result = await target.gql<{ login: { accessToken: string } }>(LOGIN, {
        input: { email: 'customer@demo.local', password: DEMO_PASSWORD },
      });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.login.accessToken;
    };
    const customer = await token(first);
    const started = await first.gql<{ startConversation: { id: string } }>(
      START,
      { input: { subject: 'Crash probe', body: 'crashprobe opening', clientMessageId: randomUUID() } },
      { token: customer },
    );
    const conversationId = started.data?.startConversation.id as string;

    // The stream: each message carries its number and a word only these messages share.
    const sent = new Map<number, string>(); // number → clientMessageId
    const acknowledged = new Set<number>();
    let next = 0;
    let crashed = false;
    const sender = async () => {
      while (!crashed) {
        const number = next++;
        const clientMessageId = randomUUID();
        sent.set(number, clientMessageId);
        try {
          const result = await first.gql(
            SEND,
            { input: { conversationId, body: `crashstream message ${number}`, internal: false, clientMessageId } },
            { token: customer },
          );
          if (result.data) acknowledged.add(number);
        } catch {
          return; // the connection died with the server
        }
        if (acknowledged.size >= CRASH_AFTER && !crashed) {
          crashed = true;
          await first.kill();
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
    expect(acknowledged.size).toBeGreaterThanOrEqual(CRASH_AFTER);

    server = await startServerProcess(env);
    const again = server;
    const customerAgain = await token(again);
    const stored = async () => {
      const result = await again.gql<{ conversation: { messages: { edges: Array<{ node: { body: string } }> } } }>(
        'query($id: ID!) { conversation(id: $id) { messages(first: 100) { edges { node { body } } } } }',
        { id: conversationId },
        { token: customerAgain },
      );
      return (result.data?.conversation.messages.edges ?? [])
        .map((edge) => edge.node.body)
        .filter((body) => body.startsWith('crashstream'));
    };

    const afterCrash = await stored();
    const numbers = afterCrash.map((body) => Number(body.split(' ').at(-1)));
    expect(new Set(numbers).size).toBe(numbers.length); // none twice
    for (const number of acknowledged) expect(numbers).toContain(number); // every acknowledged one

    // The search index agrees with the messages: the stream's word finds exactly the stored ones.
    const agentToken = (
      await again.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email: 'agent@demo.local', password: DEMO_PASSWORD } })
    ).data?.login.accessToken;
    const hits = await again.gql<{ searchMessages: { edges: Array<{ node: { snippet: string } }> } }>(
      'query { searchMessages(query: "crashstream", first: 100) { edges { node { snippet } } } }',
      {},
      { token: agentToken },
    );
    expect(hits.data?.searchMessages.edges).toHaveLength(afterCrash.length);

    // A client that never got its answer sends again with the same key: stored at most once.
    for (const [number, clientMessageId] of sent) {
      if (acknowledged.has(number)) continue;
      const retry = await again.gql(
        SEND,
        { input: { conversationId, body: `crashstream message ${number}`, internal: false, clientMessageId } },
        { token: customerAgain },
      );
      expect(retry.errors).toBeUndefined();
    }
    const afterRetries = (await stored()).map((body) => Number(body.split(' ').at(-1)));
    expect(new Set(afterRetries).size).toBe(afterRetries.length);
    expect(afterRetries.length).toBe(sent.size);
  }, 240_000);
});
