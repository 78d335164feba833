import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Evaluation } from '../../server/src/modules/evaluations/evaluation.entity.js';
import { buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldsOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const SUBMIT = `mutation($input: SubmitEvaluationInput!) {
  submitEvaluation(input: $input) { id rating comment createdAt conversation { id status } }
}`;
const CONVERSATION = 'query($id: ID!) { conversation(id: $id) { id evaluation { rating comment } viewerCan { rate } } }';

// A type alias, not an interface: responses typed with it still pass as GraphQLResponse to codesOf.
type Submitted = {
  submitEvaluation: { id: string; rating: number; comment: string | null; conversation: { id: string; status: string } };
};

describe('evaluations', () => {
  let server: TestServer;
  let agent: string;
  let admin: string;
  let customer: string;
  let otherCustomer: string;
  let sequence = 0;

  beforeAll(async () => {
    server = await startTestServer();
    [agent, admin, customer, otherCustomer] = await Promise.all([
      buildAgent(server, { capacity: 50 }).then((u) => u.login()),
      buildAdmin(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
  });
  afterAll(() => server.close());

  /** A conversation of the customer, optionally taken through claim to COMPLETED by the agent. */
  const conversationOf = async (token: string, complete = true): Promise<string> => {
    sequence += 1;
    const started = await server.gql<{ startConversation: { id: string } }>(
      'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }',
      { input: { subject: `Rate me ${sequence}`, body: 'Hello', clientMessageId: `evaluation-${sequence}` } },
      { token },
    );
    const id = started.data?.startConversation.id as string;
    if (!complete) return id;
    expect((await server.gql('mutation($id: ID!) { claimConversation(id: $id) { id } }', { id }, { token: agent })).errors).toBeUndefined();
    const completed = await server.gql(
      'mutation($id: ID!) { setConversationStatus(id: $id, status: COMPLETED) { status } }',
      { id },
      { token: agent },
    );
    expect(completed.errors).toBeUndefined();
    return id;
  };
  const submit = (conversationId: string, token: string | undefined, extra: Record<string, unknown> = {}) =>
    server.gql<Submitted>(SUBMIT, { input: { conversationId, rating: 5, ...extra } }, { token });

  it('are given by the customer of a completed conversation, once, and audited', async () => {
    const id = await conversationOf(customer);
    expect(
      (await server.gql<{ conversation: { viewerCan: { rate: boolean } } }>(CONVERSATION, { id }, { token: customer })).data?.conversation
        .viewerCan.rate,
    ).toBe(true);

    const result = await submit(id, customer, { rating: 4, comment: '  Quick and kind.\nThanks!  ' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitEvaluation).toMatchObject({
      rating: 4,
      comment: 'Quick and kind.\nThanks!',
      conversation: { id, status: 'COMPLETED' },
    });

    const again = await submit(id, customer, { rating: 1 });
    expect(codesOf(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].extensions?.reason).toBe('ALREADY_EVALUATED');

    for (const token of [customer, agent]) {
      const seen = await server.gql<{ conversation: { evaluation: unknown; viewerCan: { rate: boolean } } }>(
        CONVERSATION,
        { id },
        { token },
      );
      expect(seen.data?.conversation).toMatchObject({
        evaluation: { rating: 4, comment: 'Quick and kind.\nThanks!' },
        viewerCan: { rate: false },
      });
    }
    const audit = await server.orm.em.fork().find(AuditLog, { action: 'evaluation.submit', targetId: id });
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ rating: 4, comment: true, evaluationId: result.data?.submitEvaluation.id });
  });

  it('are refused to the desk and to anonymous callers', async () => {
    const id = await conversationOf(customer);
    expect(codesOf(await submit(id, agent))).toEqual(['FORBIDDEN']);
    expect(codesOf(await submit(id, admin))).toEqual(['FORBIDDEN']);
    expect(codesOf(await submit(id, undefined))).toEqual(['UNAUTHENTICATED']);
  });

  it('are only for one’s own conversations: another customer’s is not found', async () => {
    const id = await conversationOf(customer);
    expect(codesOf(await submit(id, otherCustomer))).toEqual(['NOT_FOUND']);
    expect(codesOf(await submit('00000000-0000-0000-0000-000000000000', customer))).toEqual(['NOT_FOUND']);
  });

  it('wait until the conversation is completed', async () => {
    const id = await conversationOf(customer, false);
    const early = await submit(id, customer);
    expect(codesOf(early)).toEqual(['CONFLICT']);
    expect(early.errors?.[0].extensions).toMatchObject({ reason: 'NOT_COMPLETED', status: 'PENDING' });
  });

  it('refuse ratings outside 1..5 and long comments, naming the field', async () => {
    const id = await conversationOf(customer);
    for (const rating of [0, 6, -1]) {
      const result = await submit(id, customer, { rating });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['rating']);
    }
    expect(codesOf(await submit(id, customer, { rating: 4.5 }))).toEqual(['BAD_USER_INPUT']);
    const long = await submit(id, customer, { comment: 'x'.repeat(2001) });
    expect(fieldsOf(long)).toEqual(['comment']);
    // None of the refused attempts used up the one rating.
    expect((await submit(id, customer, { rating: 3, comment: '   ' })).data?.submitEvaluation).toMatchObject({ rating: 3, comment: null });
  });

  it('are stored once when the same customer submits twice at the same moment', async () => {
    const id = await conversationOf(customer);
    const results = await Promise.all([1, 2, 3, 4, 5].map((rating) => submit(id, customer, { rating })));
    const codes = results.map((r) => codesOf(r).join() || 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await server.orm.em.fork().count(Evaluation, { conversation: id })).toBe(1);
  });

  it('show on every conversation of a list, rated or not', async () => {
    const person = await buildCustomer(server);
    const token = await person.login();
    const rated = await conversationOf(token);
    const unrated = await conversationOf(token);
    await submit(rated, token, { rating: 2 });
    const listed = await server.gql<{ conversations: { edges: Array<{ node: { id: string; evaluation: { rating: number } | null } }> } }>(
      '{ conversations(first: 10) { edges { node { id evaluation { rating } } } } }',
      {},
      { token },
    );
    const byId = Object.fromEntries((listed.data?.conversations.edges ?? []).map((e) => [e.node.id, e.node.evaluation]));
    expect(byId).toEqual({ [rated]: { rating: 2 }, [unrated]: null });
  });
});
