import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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
    [customer, otherCustomer, agent] = await Promise.all([buildCustomer(server), buildCustomer(server), buildAgent(server)]);
    for (const user of [customer, otherCustomer, agent]) tokens.set(user, await user.login());
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
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
});
