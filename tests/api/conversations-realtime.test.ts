import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sharedExecutionStats } from '../../server/src/graphql/shared-subscribe.js';
import { type BuiltUser, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { startTestServer, type TestServer } from '../fixtures/test-server.js';

const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }';

interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves once `count` events arrived (or rejects after the timeout). */
  received(count: number, timeoutMs?: number): Promise<T[]>;
}

describe('conversations in real time (graphql-ws)', () => {
  let server: TestServer;
  let customer: BuiltUser;
  let otherCustomer: BuiltUser;
  let agent: BuiltUser;
  let secondAgent: BuiltUser;
  const tokens = new Map<BuiltUser, string>();
  const clients: Client[] = [];

  const subscribe = <T>(who: BuiltUser | null, query: string, variables: Record<string, unknown> = {}): Subscription<T> => {
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: who ? { authorization: `Bearer ${tokens.get(who)}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    const events: T[] = [];
    const errors: unknown[] = [];
    const waiters = new Set<() => void>();
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) errors.push(...value.errors);
          if (value.data) events.push(value.data as T);
          for (const wake of waiters) wake();
        },
        error: (error) => {
          errors.push(...(Array.isArray(error) ? error : [error]));
          for (const wake of waiters) wake();
        },
        complete: () => undefined,
      },
    );
    return {
      events,
      errors,
      received: (count, timeoutMs = 5_000) =>
        new Promise((resolve, reject) => {
          const check = () => {
            if (events.length >= count) {
              waiters.delete(check);
              resolve(events.slice(0, count));
            }
          };
          waiters.add(check);
          check();
          setTimeout(() => reject(new Error(`only ${events.length} of ${count} events; errors ${JSON.stringify(errors)}`)), timeoutMs);
        }),
    };
  };
  /** Subscriptions start asynchronously: give the server a moment to register them before acting. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const start = async (who: BuiltUser, subject: string) =>
    (
      await server.gql<{ startConversation: { id: string } }>(
        START,
        { input: { subject, body: `${subject}: first message`, clientMessageId: randomUUID() } },
        { token: tokens.get(who) },
      )
    ).data?.startConversation.id as string;
  const send = (who: BuiltUser, conversationId: string, body: string, internal = false) =>
    server.gql(SEND, { input: { conversationId, body, internal, clientMessageId: randomUUID() } }, { token: tokens.get(who) });

  beforeAll(async () => {
    server = await startTestServer();
    [customer, otherCustomer, agent, secondAgent] = await Promise.all([
      buildCustomer(server),
      buildCustomer(server),
      buildAgent(server),
      buildAgent(server),
    ]);
    for (const user of [customer, otherCustomer, agent, secondAgent]) tokens.set(user, await user.login());
  });
  // Each test starts with no live subscriptions of earlier ones (the sharing test counts executions).
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });
  afterAll(async () => {
    await server.close();
  });

  it('streams new conversations to the desk, and to a customer only their own', async () => {
    const desk = subscribe<{ conversationChanged: { subject: string } }>(agent, 'subscription { conversationChanged { subject } }');
    const other = subscribe<{ conversationChanged: { subject: string } }>(
      otherCustomer,
      'subscription { conversationChanged { subject } }',
    );
    await settle();
    await start(customer, 'Live one');
    await start(otherCustomer, 'Their own');
    const seen = (await desk.received(2)).map((e) => e.conversationChanged.subject);
    expect(seen).toEqual(['Live one', 'Their own']);
    const theirs = await other.received(1);
    await settle();
    expect(theirs.map((e) => e.conversationChanged.subject)).toEqual(['Their own']);
    expect(other.events).toHaveLength(1);
  });

  it('delivers messages live, private notes to the desk only', async () => {
    const id = await start(customer, 'Chat');
    const query = 'subscription($id: ID!) { messageAdded(conversationId: $id) { body internal author { displayName } } }';
    const customerStream = subscribe<{ messageAdded: { body: string } }>(customer, query, { id });
    const deskStream = subscribe<{ messageAdded: { body: string } }>(agent, query, { id });
    await settle();
    await send(agent, id, 'note for colleagues', true);
    await send(agent, id, 'Hello from the desk');
    expect((await deskStream.received(2)).map((e) => e.messageAdded.body)).toEqual(['note for colleagues', 'Hello from the desk']);
    expect((await customerStream.received(1)).map((e) => e.messageAdded.body)).toEqual(['Hello from the desk']);
    await settle();
    expect(customerStream.events).toHaveLength(1);
  });

  it('refuses to stream another customer’s conversation (NOT_FOUND) and anonymous callers', async () => {
    const id = await start(customer, 'Private');
    const query = 'subscription($id: ID!) { messageAdded(conversationId: $id) { body } }';
    const intruder = subscribe(otherCustomer, query, { id });
    const anonymous = subscribe(null, query, { id });
    await settle();
    await send(customer, id, 'secret');
    await settle();
    expect(intruder.events).toEqual([]);
    expect(JSON.stringify(intruder.errors)).toMatch(/NOT_FOUND/);
    expect(anonymous.events).toEqual([]);
    expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED/);
  });

  it('tells who is typing, but never tells the customer about a note being typed', async () => {
    const id = await start(customer, 'Typing');
    const stream = subscribe<{ typing: { displayName: string; typing: boolean; isCustomer: boolean } }>(
      customer,
      'subscription($id: ID!) { typing(conversationId: $id) { displayName typing isCustomer } }',
      { id },
    );
    await settle();
    const typing = 'mutation($id: ID!, $t: Boolean!, $i: Boolean) { setTyping(conversationId: $id, typing: $t, internal: $i) }';
    await server.gql(typing, { id, t: true, i: true }, { token: tokens.get(agent) });
    await server.gql(typing, { id, t: true, i: false }, { token: tokens.get(agent) });
    const [event] = await stream.received(1);
    expect(event.typing).toEqual({ displayName: agent.displayName, typing: true, isCustomer: false });
    await settle();
    expect(stream.events).toHaveLength(1);
  });

  it('executes an event once for everyone who would see the same answer', async () => {
    const id = await start(customer, 'Crowd');
    const query = 'subscription($id: ID!) { messageAdded(conversationId: $id) { body author { displayName } } }';
    const watchers = [agent, agent, secondAgent].map((who) => subscribe<{ messageAdded: { body: string } }>(who, query, { id }));
    const customerStream = subscribe<{ messageAdded: { body: string } }>(customer, query, { id });
    await settle();
    const before = { ...sharedExecutionStats };
    await send(customer, id, 'one for all');
    for (const stream of [...watchers, customerStream]) {
      expect((await stream.received(1)).map((e) => e.messageAdded.body)).toEqual(['one for all']);
    }
    // Three agents share one execution; the customer holds other permissions and gets their own.
    expect(sharedExecutionStats.executed - before.executed).toBe(2);
    expect(sharedExecutionStats.reused - before.reused).toBe(2);
  });

  it('never shares what is personal: viewerCan, unread and an email address', async () => {
    const id = await start(customer, 'Personal answers');
    await server.gql('mutation($id: ID!) { claimConversation(id: $id) { id } }', { id }, { token: tokens.get(agent) });
    const query = `subscription { conversationChanged { id unread viewerCan { claim complete }
      customer { displayName email } assignee { displayName email } } }`;
    type Changed = {
      conversationChanged: {
        id: string;
        unread: boolean;
        viewerCan: { claim: boolean; complete: boolean };
        assignee: { email: string } | null;
      };
    };
    const owner = subscribe<Changed>(agent, query);
    const colleague = subscribe<Changed>(secondAgent, query);
    const theCustomer = subscribe<Changed>(customer, query);
    await settle();
    await send(agent, id, 'Looking into it');
    const [[mine], [theirs], [customers]] = await Promise.all([owner.received(1), colleague.received(1), theCustomer.received(1)]);
    expect(mine.conversationChanged.id).toBe(id);
    // The owner has just written: nothing unread for them, but the colleague has something new.
    expect(mine.conversationChanged.unread).toBe(false);
    expect(theirs.conversationChanged.unread).toBe(true);
    expect(mine.conversationChanged.viewerCan.complete).toBe(true);
    expect(customers.conversationChanged.viewerCan).toEqual({ claim: false, complete: false });
    // Asking for the agent's address is refused to the customer (the field is not theirs to read).
    expect(JSON.stringify(customers)).not.toContain(agent.email);
    expect(JSON.stringify(theCustomer.errors)).toMatch(/FORBIDDEN/);
    expect(mine.conversationChanged.assignee?.email).toBe(agent.email);
  });
});
