import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { AUTO_ASSIGN_SETTING } from '../../server/src/modules/conversations/auto-assign.js';
import { ConversationEvent } from '../../server/src/modules/conversations/conversation-event.entity.js';
import { ConversationStatus } from '../../server/src/modules/conversations/conversation-status.js';
import { Message, MessageKind } from '../../server/src/modules/messages/message.entity.js';
import { Setting } from '../../server/src/modules/settings/setting.entity.js';
import { type BuiltUser, buildAdmin, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { sqlStatementsDuring } from '../fixtures/sql-statements.js';
import { codesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const START = `mutation($input: StartConversationInput!) {
  startConversation(input: $input) { id number status version customer { displayName } assignee { displayName } } }`;
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id kind internal body createdAt } }';
const CLAIM = 'mutation($id: ID!, $v: Int) { claimConversation(id: $id, expectedVersion: $v) { id status version assignee { id } } }';
const TRANSFER =
  'mutation($input: TransferConversationInput!) { transferConversation(input: $input) { status transferTarget { id } assignee { id } } }';
const ACCEPT = 'mutation($id: ID!) { acceptTransfer(id: $id) { status assignee { id } } }';
const STATUS =
  'mutation($id: ID!, $s: ConversationStatus!, $v: Int) { setConversationStatus(id: $id, status: $s, expectedVersion: $v) { status version resolvedAt firstResponseAt assignee { id } } }';
const ONE = `query($id: ID!) { conversation(id: $id) { id status lastMessagePreview
  messages(first: 50) { totalCount edges { node { body internal kind author { displayName } } } } } }`;

interface Started {
  startConversation: { id: string; number: number; status: string; version: number };
}

describe('conversations', () => {
  let server: TestServer;
  let customer: BuiltUser;
  let otherCustomer: BuiltUser;
  let agent: BuiltUser;
  let agent2: BuiltUser;
  let admin: BuiltUser;
  const tokens = new Map<BuiltUser, string>();
  const as = (user: BuiltUser) => tokens.get(user) as string;

  const start = async (who: BuiltUser, subject = 'Parcel is late', body = 'My parcel has not arrived yet.') => {
    const result = await server.gql<Started>(START, { input: { subject, body, clientMessageId: randomUUID() } }, { token: as(who) });
    expect(result.errors).toBeUndefined();
    return result.data?.startConversation as Started['startConversation'];
  };
  const send = (who: BuiltUser, conversationId: string, body: string, extra: Record<string, unknown> = {}) =>
    server.gql<{ sendMessage: { id: string } }>(
      SEND,
      { input: { conversationId, body, clientMessageId: randomUUID(), ...extra } },
      { token: as(who) },
    );

  beforeAll(async () => {
    server = await startTestServer();
    [customer, otherCustomer, agent, agent2, admin] = await Promise.all([
      buildCustomer(server),
      buildCustomer(server),
      buildAgent(server),
      buildAgent(server),
      buildAdmin(server),
    ]);
    for (const user of [customer, otherCustomer, agent, agent2, admin]) tokens.set(user, await user.login());
  });
  afterAll(() => server.close());

  describe('workflow', () => {
    it('runs PENDING → IN_PROGRESS → TRANSFERRED → IN_PROGRESS → COMPLETED → PENDING with exact times, history and audit', async () => {
      const { id } = await start(customer);
      expect((await server.gql<{ conversation: { status: string } }>(ONE, { id }, { token: as(agent) })).data?.conversation.status).toBe(
        'PENDING',
      );
      const claimed = await server.gql<{ claimConversation: { status: string; assignee: { id: string } } }>(
        CLAIM,
        { id },
        { token: as(agent) },
      );
      expect(claimed.data?.claimConversation).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: agent.id } });

      const reply = await send(agent, id, 'It is on its way.');
      const transferred = await server.gql<{ transferConversation: { status: string; transferTarget: { id: string } } }>(
        TRANSFER,
        { input: { id, toAgentId: agent2.id, reason: 'Shipping specialist' } },
        { token: as(agent) },
      );
      expect(transferred.data?.transferConversation).toMatchObject({ status: 'TRANSFERRED', transferTarget: { id: agent2.id } });
      // Only the agent it was handed to may accept.
      expect(codesOf(await server.gql(ACCEPT, { id }, { token: as(admin) }))).toEqual(['CONFLICT']);
      const accepted = await server.gql<{ acceptTransfer: { status: string; assignee: { id: string } } }>(
        ACCEPT,
        { id },
        { token: as(agent2) },
      );
      expect(accepted.data?.acceptTransfer).toEqual({ status: 'IN_PROGRESS', assignee: { id: agent2.id } });

      const completed = await server.gql<{ setConversationStatus: { status: string; resolvedAt: string; firstResponseAt: string } }>(
        STATUS,
        { id, s: 'COMPLETED' },
        { token: as(agent2) },
      );
      const done = completed.data?.setConversationStatus;
      expect(done?.status).toBe('COMPLETED');
      const em = server.orm.em.fork();
      const agentMessage = await em.findOneOrFail(Message, { id: reply.data?.sendMessage.id });
      expect(done?.firstResponseAt).toBe(agentMessage.createdAt.toISOString());
      expect(Date.now() - Date.parse(done?.resolvedAt as string)).toBeLessThan(5_000);

      await send(customer, id, 'One more question, please.');
      const reopened = await server.gql<{ conversation: { status: string } }>(ONE, { id }, { token: as(agent) });
      expect(reopened.data?.conversation.status).toBe('PENDING');

      const history = await em.find(ConversationEvent, { conversation: id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const statuses = history.filter((e) => e.type === 'status').map((e) => `${e.from ?? '∅'}→${e.to}`);
      expect(statuses).toEqual([
        '∅→PENDING',
        'PENDING→IN_PROGRESS',
        'IN_PROGRESS→TRANSFERRED',
        'TRANSFERRED→IN_PROGRESS',
        'IN_PROGRESS→COMPLETED',
        'COMPLETED→PENDING',
      ]);
      const transfer = history.find((e) => e.type === 'transfer');
      expect(transfer).toMatchObject({ from: agent.id, to: agent2.id, reason: 'Shipping specialist' });
      expect(transfer?.actor?.id).toBe(agent.id);

      const audit = await em.find(AuditLog, { targetId: id }, { orderBy: { seq: 'asc' } });
      expect(audit.map((a) => a.action)).toEqual([
        'conversation.start',
        'conversation.claim',
        'conversation.transfer',
        'conversation.accept_transfer',
        'conversation.status',
        'conversation.reopen',
      ]);
      expect(audit.every((a) => a.ip !== undefined)).toBe(true);
    });

    it('gives exactly one of two agents claiming at once the conversation; the other gets CONFLICT', async () => {
      const { id } = await start(customer);
      const results = await Promise.all([agent, agent2].map((who) => server.gql(CLAIM, { id }, { token: as(who) })));
      const codes = results.map((r) => codesOf(r).join() || 'ok').sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      const events = await server.orm.em.fork().count(ConversationEvent, { conversation: id, type: 'assignment' });
      expect(events).toBe(1);
    });

    it('answers CONFLICT (with the code) to a stale expectedVersion and changes nothing', async () => {
      const { id, version } = await start(customer);
      await server.gql(CLAIM, { id, v: version }, { token: as(agent) });
      const stale = await server.gql(STATUS, { id, s: 'COMPLETED', v: version }, { token: as(agent) });
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0].extensions?.reason).toBe('VERSION');
      expect((await server.gql<{ conversation: { status: string } }>(ONE, { id }, { token: as(agent) })).data?.conversation.status).toBe(
        'IN_PROGRESS',
      );
    });

    it('refuses a claim past the agent’s capacity', async () => {
      const busy = await buildAgent(server, { capacity: 1 });
      const token = await busy.login();
      const first = await start(customer);
      const second = await start(customer);
      expect(codesOf(await server.gql(CLAIM, { id: first.id }, { token }))).toEqual([]);
      const refused = await server.gql(CLAIM, { id: second.id }, { token });
      expect(codesOf(refused)).toEqual(['CONFLICT']);
      expect(refused.errors?.[0].extensions?.reason).toBe('AT_CAPACITY');
    });

    it('auto-assigns a new conversation to the least-loaded available agent when the setting is on', async () => {
      const em = server.orm.em.fork();
      em.create(Setting, { key: AUTO_ASSIGN_SETTING, value: true });
      await em.flush();
      try {
        const started = await server.gql<{ startConversation: { status: string; assignee: { displayName: string } | null } }>(
          START,
          { input: { subject: 'Auto', body: 'Please help', clientMessageId: randomUUID() } },
          { token: as(customer) },
        );
        expect(started.data?.startConversation.status).toBe('IN_PROGRESS');
        expect(started.data?.startConversation.assignee).not.toBeNull();
      } finally {
        await em.nativeDelete(Setting, { key: AUTO_ASSIGN_SETTING });
      }
    });
  });

  describe('idempotency', () => {
    it('numbers conversations started at the same moment one apart, and keeps the audit chain whole', async () => {
      // On PostgreSQL these transactions run side by side: "previous + 1" writers must take turns.
      const started = await Promise.all(Array.from({ length: 8 }, (_, i) => start(customer, `Together ${i}`)));
      const numbers = started.map((c) => c.number).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(8);
      expect(numbers.at(-1)! - numbers[0]!).toBe(7);
      const chain = (await server.orm.em.getConnection().execute('select seq, prev_hash, hash from audit_logs order by seq')) as Array<{
        seq: number;
        prev_hash: string;
        hash: string;
      }>;
      chain.forEach((row, i) => {
        if (i === 0) return;
        expect(Number(row.seq)).toBe(Number(chain[i - 1]!.seq) + 1);
        expect(row.prev_hash).toBe(chain[i - 1]!.hash);
      });
    });

    it('stores a message sent twice with one clientMessageId once, even when both arrive together', async () => {
      const { id } = await start(customer);
      const clientMessageId = randomUUID();
      const input = { conversationId: id, body: 'Are you there?', clientMessageId };
      const [a, b] = await Promise.all(
        [1, 2].map(() => server.gql<{ sendMessage: { id: string } }>(SEND, { input }, { token: as(customer) })),
      );
      const again = await server.gql<{ sendMessage: { id: string } }>(SEND, { input }, { token: as(customer) });
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(new Set([a.data?.sendMessage.id, b.data?.sendMessage.id, again.data?.sendMessage.id]).size).toBe(1);
      expect(await server.orm.em.fork().count(Message, { clientMessageId })).toBe(1);
    });

    it('starts one conversation for one clientMessageId', async () => {
      const input = { subject: 'Once', body: 'Only once', clientMessageId: randomUUID() };
      const [a, b] = await Promise.all([1, 2].map(() => server.gql<Started>(START, { input }, { token: as(customer) })));
      expect(a.data?.startConversation.id).toBeDefined();
      expect(a.data?.startConversation.id).toBe(b.data?.startConversation.id);
    });
  });

  describe('row-level scope', () => {
    it('shows a customer only their own conversations, everywhere, and answers NOT_FOUND for others', async () => {
      const mine = await start(customer, 'My own question', 'Where is my invoice?');
      const theirs = await start(otherCustomer, 'Their question', 'Where is their invoice?');
      const list = await server.gql<{ conversations: { totalCount: number; counts: { all: number }; edges: { node: { id: string } }[] } }>(
        '{ conversations(first: 100) { totalCount counts { all } edges { node { id } } } }',
        {},
        { token: as(customer) },
      );
      const ids = list.data?.conversations.edges.map((e) => e.node.id) ?? [];
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(list.data?.conversations.counts.all).toBe(list.data?.conversations.totalCount);

      expect(codesOf(await server.gql(ONE, { id: theirs.id }, { token: as(customer) }))).toEqual(['NOT_FOUND']);
      expect(codesOf(await send(customer, theirs.id, 'Let me in'))).toEqual(['NOT_FOUND']);
      const search = await server.gql<{ searchMessages: { edges: { node: { conversation: { id: string } } }[] } }>(
        '{ searchMessages(query: "invoice") { edges { node { conversation { id } } } } }',
        {},
        { token: as(customer) },
      );
      const found = search.data?.searchMessages.edges.map((e) => e.node.conversation.id) ?? [];
      expect(found).toContain(mine.id);
      expect(found).not.toContain(theirs.id);
    });

    it('never shows private notes to the customer: thread, preview and search', async () => {
      const { id } = await start(customer, 'Notes', 'Hello there');
      await server.gql(CLAIM, { id }, { token: as(agent) });
      await send(agent, id, 'zebra-secret internal remark', { internal: true });
      await send(agent, id, 'A public answer');
      const seen = await server.gql<{
        conversation: { lastMessagePreview: string; messages: { totalCount: number; edges: { node: { body: string } }[] } };
      }>(ONE, { id }, { token: as(customer) });
      const bodies = seen.data?.conversation.messages.edges.map((e) => e.node.body);
      expect(bodies).toEqual(['Hello there', 'A public answer']);
      expect(seen.data?.conversation.messages.totalCount).toBe(2);
      const search = await server.gql<{ searchMessages: { edges: unknown[] } }>(
        '{ searchMessages(query: "zebra") { edges { node { snippet } } } }',
        {},
        { token: as(customer) },
      );
      expect(search.data?.searchMessages.edges).toEqual([]);
      const agentView = await server.gql<{ conversation: { messages: { totalCount: number } } }>(ONE, { id }, { token: as(agent) });
      expect(agentView.data?.conversation.messages.totalCount).toBe(3);
    });

    it('shows customers an agent’s name but never their email', async () => {
      const { id } = await start(customer);
      await server.gql(CLAIM, { id }, { token: as(agent) });
      const name = await server.gql<{ conversation: { assignee: { displayName: string } } }>(
        'query($id: ID!) { conversation(id: $id) { assignee { displayName } } }',
        { id },
        { token: as(customer) },
      );
      expect(name.data?.conversation.assignee.displayName).toBe(agent.displayName);
      const email = await server.gql('query($id: ID!) { conversation(id: $id) { assignee { email } } }', { id }, { token: as(customer) });
      expect(codesOf(email)).toEqual(['FORBIDDEN']);
      const own = await server.gql<{ conversation: { customer: { email: string } } }>(
        'query($id: ID!) { conversation(id: $id) { customer { email } } }',
        { id },
        { token: as(customer) },
      );
      expect(own.data?.conversation.customer.email).toBe(customer.email);
    });

    it.each([
      ['customer', 'claimConversation', 'FORBIDDEN'],
      ['customer', 'setConversationStatus', 'FORBIDDEN'],
      ['agent', 'assignConversation', 'FORBIDDEN'],
      ['admin', 'assignConversation', 'ok'],
      ['otherCustomer', 'sendMessage', 'NOT_FOUND'],
      ['anonymous', 'conversation', 'UNAUTHENTICATED'],
    ])('%s → %s: %s', async (who, operation, expected) => {
      const { id } = await start(customer);
      const caller = { customer, otherCustomer, agent, admin } as Record<string, BuiltUser | undefined>;
      const token = caller[who] ? as(caller[who] as BuiltUser) : undefined;
      const documents: Record<string, [string, Record<string, unknown>]> = {
        claimConversation: [CLAIM, { id }],
        setConversationStatus: [STATUS, { id, s: 'COMPLETED' }],
        assignConversation: [
          'mutation($id: ID!, $a: ID!) { assignConversation(id: $id, assigneeId: $a) { status } }',
          { id, a: agent2.id },
        ],
        sendMessage: [SEND, { input: { conversationId: id, body: 'hi', clientMessageId: randomUUID() } }],
        conversation: [ONE, { id }],
      };
      const [query, variables] = documents[operation];
      const result = await server.gql(query, variables, { token });
      expect(codesOf(result).join() || 'ok').toBe(expected);
    });
  });

  describe('viewerCan.assign', () => {
    it('offers assigning only to those who may assign others, and only while the conversation is open', async () => {
      const open = await buildConversation(server, { customer });
      const done = await buildConversation(server, { customer, assignee: agent2, status: ConversationStatus.COMPLETED });
      const canAssign = async (who: BuiltUser, id: string) =>
        (
          await server.gql<{ conversation: { viewerCan: { assign: boolean } } }>(
            'query($id: ID!) { conversation(id: $id) { viewerCan { assign } } }',
            { id },
            { token: as(who) },
          )
        ).data?.conversation.viewerCan.assign;
      expect({
        admin: await canAssign(admin, open.id),
        agent: await canAssign(agent, open.id),
        customer: await canAssign(customer, open.id),
      }).toEqual({
        admin: true,
        agent: false,
        customer: false,
      });
      expect(await canAssign(admin, done.id)).toBe(false);
      // What it offers works: the admin gives it to an agent, who owns it at once.
      const assigned = await server.gql<{
        assignConversation: { status: string; assignee: { id: string }; viewerCan: { assign: boolean } };
      }>(
        'mutation($id: ID!, $a: ID!) { assignConversation(id: $id, assigneeId: $a) { status assignee { id } viewerCan { assign } } }',
        { id: open.id, a: agent2.id },
        { token: as(admin) },
      );
      expect(assigned.data?.assignConversation).toEqual({
        status: 'IN_PROGRESS',
        assignee: { id: agent2.id },
        viewerCan: { assign: true },
      });
    });
  });

  describe('lists', () => {
    it('pages the inbox by cursor with tab counts, and filters by status, priority and keyword', async () => {
      const owner = await buildCustomer(server);
      for (let i = 0; i < 7; i++) await buildConversation(server, { customer: owner, subject: `Paged ${i}` });
      const page = (after?: string) =>
        server.gql<{
          conversations: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { subject: string } }[];
          };
        }>(
          'query($c: ID, $after: String) { conversations(first: 3, after: $after, filter: { customerId: $c }) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject } } } }',
          { c: owner.id, after },
          { token: as(agent) },
        );
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const result = (await page(after)).data?.conversations;
        expect(result?.totalCount).toBe(7);
        seen.push(...(result?.edges.map((e) => e.node.subject) ?? []));
        if (!result?.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(7);
      expect(codesOf(await server.gql('{ conversations(first: 101) { totalCount } }', {}, { token: as(agent) }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codesOf(await server.gql('{ conversations(after: "garbage") { totalCount } }', {}, { token: as(agent) }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('reads a thread from its newest end and pages back with `last` and `before`', async () => {
      const owner = await buildCustomer(server);
      tokens.set(owner, await owner.login());
      const { id } = await buildConversation(server, { customer: owner, messages: [] });
      // 230 messages a second apart, every seventh a private note (customers page past them), none in the same instant.
      const em = server.orm.em.fork();
      const start = Date.now() - 3_600_000;
      for (let i = 1; i <= 230; i++) {
        em.create(Message, {
          conversation: id,
          author: i % 7 === 0 ? agent.id : owner.id,
          kind: i % 7 === 0 ? MessageKind.AGENT : MessageKind.CUSTOMER,
          body: `Message ${i}`,
          internal: i % 7 === 0,
          createdAt: new Date(start + i * 1000),
        });
      }
      await em.flush();
      type Page = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
        edges: { cursor: string; node: { body: string } }[];
      };
      const read = async (who: BuiltUser, variables: Record<string, unknown>) =>
        server.gql<{ conversation: { messages: Page } }>(
          `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { conversation(id: $id) {
            messages(first: $first, after: $after, last: $last, before: $before) {
              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { body } } } } }`,
          { id, ...variables },
          { token: as(who) },
        );
      const page = async (who: BuiltUser, variables: Record<string, unknown>) => {
        const result = await read(who, variables);
        expect(result.errors).toBeUndefined();
        return result.data?.conversation.messages as Page;
      };
      const bodies = (p: Page) => p.edges.map((edge) => edge.node.body);
      const numbers = (from: number, to: number, skipNotes = false) =>
        Array.from({ length: to - from + 1 }, (_, i) => from + i)
          .filter((n) => !skipNotes || n % 7 !== 0)
          .map((n) => `Message ${n}`);

      // The desk: the newest 100, oldest first on the page, then back by cursor until the start.
      const newest = await page(agent, { last: 100 });
      expect(bodies(newest)).toEqual(numbers(131, 230));
      expect(newest.totalCount).toBe(230);
      expect(newest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      expect(newest.pageInfo.startCursor).toBe(newest.edges[0].cursor);
      expect(newest.pageInfo.endCursor).toBe(newest.edges[99].cursor);
      const middle = await page(agent, { last: 100, before: newest.pageInfo.startCursor });
      expect(bodies(middle)).toEqual(numbers(31, 130));
      expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const oldest = await page(agent, { last: 100, before: middle.pageInfo.startCursor });
      expect(bodies(oldest)).toEqual(numbers(1, 30));
      expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
      // Exactly a page's worth left before a cursor: no earlier page.
      const exact = await page(agent, { last: 30, before: middle.pageInfo.startCursor });
      expect(bodies(exact)).toEqual(numbers(1, 30));
      expect(exact.pageInfo.hasPreviousPage).toBe(false);
      // Forward from the newest page's end: nothing yet, then what came since (the catch-up after a reconnect).
      const after = await page(agent, { first: 100, after: newest.pageInfo.endCursor });
      expect(after.edges).toEqual([]);
      expect(after.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect((await send(owner, id, 'Message 231')).errors).toBeUndefined();
      expect(bodies(await page(agent, { first: 100, after: newest.pageInfo.endCursor }))).toEqual(['Message 231']);
      // Forward paging is unchanged.
      const first = await page(agent, { first: 100 });
      expect(bodies(first)).toEqual(numbers(1, 100));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      // The customer pages past the private notes, with their own count.
      const own = await page(owner, { last: 100 });
      const visible = [...numbers(1, 230, true), 'Message 231'];
      expect(own.totalCount).toBe(visible.length);
      expect(bodies(own)).toEqual(visible.slice(-100));
      const ownEarlier = await page(owner, { last: 100, before: own.pageInfo.startCursor });
      expect(bodies(ownEarlier)).toEqual(visible.slice(-200, -100));
      const ownFirst = await page(owner, { last: 100, before: ownEarlier.pageInfo.startCursor });
      expect(bodies(ownFirst)).toEqual(visible.slice(0, -200));
      expect(ownFirst.pageInfo.hasPreviousPage).toBe(false);

      // At most 100, one direction at a time, and cursors are checked.
      const codes = async (variables: Record<string, unknown>) => {
        const result = await read(agent, variables);
        return (result.errors ?? []).map(
          (e) => `${e.extensions?.code}:${(e.extensions?.fields as { field: string }[] | undefined)?.[0]?.field}`,
        );
      };
      expect(await codes({ last: 101 })).toEqual(['BAD_USER_INPUT:last']);
      expect(await codes({ last: 0 })).toEqual(['BAD_USER_INPUT:last']);
      expect(await codes({ first: 10, last: 10 })).toEqual(['BAD_USER_INPUT:first']);
      expect(await codes({ after: newest.pageInfo.endCursor, before: newest.pageInfo.startCursor })).toEqual(['BAD_USER_INPUT:after']);
      expect(await codes({ last: 10, before: 'garbage' })).toEqual(['BAD_USER_INPUT:before']);
    });

    it('runs the same number of SQL statements for an inbox page of 5 and of 50', async () => {
      const owner = await buildCustomer(server);
      for (let i = 0; i < 50; i++) await buildConversation(server, { customer: owner, assignee: i % 2 ? agent : null });
      const query = `query($first: Int) { conversations(first: $first) { totalCount counts { mine unassigned all }
        edges { cursor node { id number subject status priority createdAt lastMessageAt lastMessagePreview unread
          customer { displayName } assignee { displayName } tags { name colour } viewerCan { claim transfer complete rate } } } } }`;
      const statements = async (first: number) => {
        const sent = await sqlStatementsDuring(server, async () => {
          const result = await server.gql(query, { first }, { token: as(agent) });
          expect(result.errors).toBeUndefined();
        });
        return sent.length;
      };
      await statements(5); // warm caches (viewer, prepared metadata)
      const small = await statements(5);
      const large = await statements(50);
      expect(large).toBe(small);
      // The counter sees the page, the counts and the batched lookups, and nothing per row.
      expect(small).toBeGreaterThanOrEqual(4);
      expect(small).toBeLessThanOrEqual(12);
    });
  });

  describe('search', () => {
    it('finds an English word and a two-character Chinese word, ranked and highlighted', async () => {
      const zh = await start(customer, '物流问题', '我的快递还没到，已经等了一周了');
      const en = await start(customer, 'Refund', 'I would like a refund for my broken kettle. The refund is overdue.');
      await start(customer, 'Other', 'The kettle works, thanks');
      const hits = async (q: string) =>
        (
          await server.gql<{ searchMessages: { edges: { node: { snippet: string; score: number; conversation: { id: string } } }[] } }>(
            'query($q: String!) { searchMessages(query: $q) { edges { node { snippet score conversation { id } } } } }',
            { q },
            { token: as(agent) },
          )
        ).data?.searchMessages.edges.map((e) => e.node) ?? [];
      const chinese = await hits('快递');
      expect(chinese[0]?.conversation.id).toBe(zh.id);
      expect(chinese[0]?.snippet).toContain('<mark>快递</mark>');
      const refund = await hits('refund');
      expect(refund[0]?.conversation.id).toBe(en.id);
      expect(refund[0]?.snippet).toMatch(/<mark>refund<\/mark>/i);
      const inbox = await server.gql<{ conversations: { edges: { node: { id: string } }[] } }>(
        '{ conversations(filter: { query: "快递" }) { edges { node { id } } } }',
        {},
        { token: as(agent) },
      );
      expect(inbox.data?.conversations.edges.map((e) => e.node.id)).toContain(zh.id);
    });
  });
});
