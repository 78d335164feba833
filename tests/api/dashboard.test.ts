import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation } from '../../server/src/modules/conversations/conversation.entity.js';
import { ConversationStatus } from '../../server/src/modules/conversations/conversation-status.js';
import { Evaluation } from '../../server/src/modules/evaluations/evaluation.entity.js';
import { Message, MessageKind } from '../../server/src/modules/messages/message.entity.js';
import { Tag } from '../../server/src/modules/tags/tag.entity.js';
import { User } from '../../server/src/modules/users/user.entity.js';
import { type BuiltUser, buildAdmin, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldCodesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const DASHBOARD = `query($input: DashboardInput!) { dashboard(input: $input) {
  timezone agent { id }
  buckets { label start end created completed backlog firstResponseMedian resolutionMedian }
  backlog
  firstResponse { count median p90 withinTarget targetMinutes }
  resolution { count median p90 withinTarget targetMinutes }
  agents { agent { id } open handled messagesSent }
  satisfaction { average responses responseRate distribution }
  busiestHours { weekday hour count }
  topTags { tag { name } count }
} }`;

interface Dashboard {
  timezone: string;
  agent: { id: string } | null;
  buckets: Array<{
    label: string;
    created: number;
    completed: number;
    backlog: number;
    firstResponseMedian: number | null;
    resolutionMedian: number | null;
  }>;
  backlog: number;
  firstResponse: Record<string, unknown>;
  resolution: Record<string, unknown>;
  agents: Array<{ agent: { id: string }; open: number; handled: number; messagesSent: number }>;
  satisfaction: Record<string, unknown>;
  busiestHours: Array<{ weekday: number; hour: number; count: number }>;
  topTags: Array<{ tag: { name: string }; count: number }>;
}

/** A Shanghai wall-clock time (UTC+8, no daylight saving) as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const minutes = (n: number) => n * 60_000;

/**
 * A hand-computed desk (times in Asia/Shanghai; 1 March 2026 is a Sunday), SLA 30 minutes to first reply and
 * 240 to resolution:
 *
 *   c1  A  started 03-01 09:00, first reply +10, completed 11:00 (120)    tag billing, rated 5 at 12:00
 *   c2  A  started 03-01 23:30, first reply +40, completed 03-02 03:30 (240)  tag vip, rated after the range
 *   c3  B  started 03-02 00:30, first reply +20, still in progress        tag billing
 *   c4  B  started 02-28 22:00, completed 03-01 10:00 (720)               rated 3 at 10:30
 *   c5  -  started 03-02 23:59, waiting
 *   c6  -  started 02-27 12:00, waiting
 *
 * A sent one reply (and a private note) on 03-01; B one reply on 02-28, before the range.
 */
describe('the dashboard', () => {
  let server: TestServer;
  let admin: string;
  let agentA: BuiltUser;
  let agentB: BuiltUser;
  let tokenA: string;
  let customer: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const builtAdmin = await buildAdmin(server);
    [agentA, agentB] = await Promise.all([buildAgent(server), buildAgent(server)]);
    [admin, tokenA, customer] = await Promise.all([builtAdmin.login(), agentA.login(), buildCustomer(server).then((u) => u.login())]);
    const settings = await server.gql(
      'mutation { updateSettings(input: { sla: { firstResponseMinutes: 30, resolutionMinutes: 240 } }) { sla { firstResponseMinutes } } }',
      {},
      { token: admin },
    );
    expect(settings.errors).toBeUndefined();

    const owner = await buildCustomer(server);
    const desk: Array<[string, BuiltUser | null, string, number | null, string | null, ConversationStatus]> = [
      ['c1', agentA, '2026-03-01T09:00', 10, '2026-03-01T11:00', ConversationStatus.COMPLETED],
      ['c2', agentA, '2026-03-01T23:30', 40, '2026-03-02T03:30', ConversationStatus.COMPLETED],
      ['c3', agentB, '2026-03-02T00:30', 20, null, ConversationStatus.IN_PROGRESS],
      ['c4', agentB, '2026-02-28T22:00', 15, '2026-03-01T10:00', ConversationStatus.COMPLETED],
      ['c5', null, '2026-03-02T23:59', null, null, ConversationStatus.PENDING],
      ['c6', null, '2026-02-27T12:00', null, null, ConversationStatus.PENDING],
    ];
    const em = server.orm.em.fork();
    for (const [name, assignee, started, firstReply, completed, status] of desk) {
      const { id } = await buildConversation(server, { customer: owner, assignee });
      ids[name] = id;
      const createdAt = shanghai(started);
      await em.nativeUpdate(
        Conversation,
        { id },
        {
          createdAt,
          status,
          firstResponseAt: firstReply === null ? null : new Date(createdAt.getTime() + minutes(firstReply)),
          resolvedAt: completed ? shanghai(completed) : null,
        },
      );
    }
    const [billing, vip] = await Promise.all([em.findOneOrFail(Tag, { name: 'billing' }), em.findOneOrFail(Tag, { name: 'vip' })]);
    for (const [name, tag] of [
      ['c1', billing],
      ['c3', billing],
      ['c2', vip],
    ] as const) {
      (await em.findOneOrFail(Conversation, { id: ids[name] }, { populate: ['tags'] })).tags.add(tag);
    }
    const reply = (name: string, author: BuiltUser, at: string, internal = false) =>
      em.create(Message, {
        conversation: em.getReference(Conversation, ids[name]),
        author: em.getReference(User, author.id),
        kind: MessageKind.AGENT,
        body: internal ? 'note' : 'Here to help',
        internal,
        createdAt: shanghai(at),
      });
    reply('c1', agentA, '2026-03-01T09:10');
    reply('c1', agentA, '2026-03-01T09:12', true);
    reply('c4', agentB, '2026-02-28T22:15');
    const rate = (name: string, rating: number, at: string) =>
      em.create(Evaluation, { conversation: em.getReference(Conversation, ids[name]), rating, createdAt: shanghai(at) });
    rate('c1', 5, '2026-03-01T12:00');
    rate('c4', 3, '2026-03-01T10:30');
    rate('c2', 1, '2026-03-03T09:00');
    await em.flush();
  });
  afterAll(() => server.close());

  const dashboard = async (input: Record<string, unknown>, token = admin) => {
    const result = await server.gql<{ dashboard: Dashboard }>(DASHBOARD, { input }, { token });
    expect(result.errors).toBeUndefined();
    return result.data?.dashboard as Dashboard;
  };
  const range = { from: shanghai('2026-03-01T00:00').toISOString(), to: shanghai('2026-03-03T00:00').toISOString() };

  it('counts two Shanghai days by hand: volumes, backlog, response and resolution times, SLA shares', async () => {
    const d = await dashboard({ ...range, granularity: 'DAY', timezone: 'Asia/Shanghai' });
    expect(d.buckets).toEqual([
      expect.objectContaining({
        label: '2026-03-01',
        created: 2,
        completed: 2,
        backlog: 2,
        firstResponseMedian: 10,
        resolutionMedian: 120,
      }),
      expect.objectContaining({
        label: '2026-03-02',
        created: 2,
        completed: 1,
        backlog: 3,
        firstResponseMedian: 20,
        resolutionMedian: 240,
      }),
    ]);
    expect(d.backlog).toBe(3);
    expect(d.firstResponse).toEqual({ count: 3, median: 20, p90: 40, withinTarget: 2 / 3, targetMinutes: 30 });
    expect(d.resolution).toEqual({ count: 3, median: 240, p90: 720, withinTarget: 2 / 3, targetMinutes: 240 });
  });

  it('reports workload, satisfaction, busiest hours and top tags', async () => {
    const d = await dashboard({ ...range, granularity: 'DAY', timezone: 'Asia/Shanghai' });
    const mine = d.agents.filter((row) => [agentA.id, agentB.id].includes(row.agent.id));
    expect(mine).toEqual([
      { agent: { id: agentA.id }, open: 0, handled: 2, messagesSent: 1 },
      { agent: { id: agentB.id }, open: 1, handled: 1, messagesSent: 0 },
    ]);
    expect(d.satisfaction).toEqual({ average: 4, responses: 2, responseRate: 2 / 3, distribution: [0, 0, 1, 0, 1] });
    expect(d.busiestHours).toHaveLength(168);
    expect(d.busiestHours.filter((h) => h.count > 0)).toEqual([
      { weekday: 1, hour: 0, count: 1 },
      { weekday: 1, hour: 23, count: 1 },
      { weekday: 7, hour: 9, count: 1 },
      { weekday: 7, hour: 23, count: 1 },
    ]);
    expect(d.topTags).toEqual([
      { tag: { name: 'billing' }, count: 2 },
      { tag: { name: 'vip' }, count: 1 },
    ]);
  });

  it('narrows to one agent; an agent sees only their own figures', async () => {
    const forA = await dashboard({ ...range, granularity: 'DAY', timezone: 'Asia/Shanghai', agentId: agentA.id });
    expect(forA.agent).toEqual({ id: agentA.id });
    expect(forA.buckets.map((b) => [b.created, b.completed, b.backlog])).toEqual([
      [2, 1, 1],
      [0, 1, 0],
    ]);
    const own = await dashboard({ ...range, granularity: 'DAY', timezone: 'Asia/Shanghai' }, tokenA);
    expect(own.agent).toEqual({ id: agentA.id });
    expect(own.buckets).toEqual(forA.buckets);
    expect(
      codesOf(await server.gql(DASHBOARD, { input: { ...range, granularity: 'DAY', agentId: agentB.id } }, { token: tokenA })),
    ).toEqual(['FORBIDDEN']);
    expect(codesOf(await server.gql(DASHBOARD, { input: { ...range, granularity: 'DAY' } }, { token: customer }))).toEqual(['FORBIDDEN']);
  });

  it('puts month and week boundaries at local midnight, daylight saving included', async () => {
    const em = server.orm.em.fork();
    const at = async (instant: string) => {
      const { id } = await buildConversation(server);
      await em.nativeUpdate(Conversation, { id }, { createdAt: new Date(instant) });
    };
    // Shanghai: the last half hour of March and the first of April.
    await at('2026-03-31T15:30:00Z');
    await at('2026-03-31T16:30:00Z');
    const months = await dashboard({
      from: shanghai('2026-03-15T00:00').toISOString(),
      to: shanghai('2026-04-15T00:00').toISOString(),
      granularity: 'MONTH',
      timezone: 'Asia/Shanghai',
    });
    expect(months.buckets.map((b) => [b.label, b.created])).toEqual([
      ['2026-03-01', 1],
      ['2026-04-01', 1],
    ]);
    // New York falls back on Sunday 1 November: 23:30 that night is 04:30Z Monday, still Sunday locally.
    await at('2026-11-02T04:30:00Z');
    await at('2026-11-02T05:30:00Z');
    const weeks = await dashboard({
      from: '2026-10-26T04:00:00Z',
      to: '2026-11-09T05:00:00Z',
      granularity: 'WEEK',
      timezone: 'America/New_York',
    });
    expect(weeks.buckets.map((b) => [b.label, b.created])).toEqual([
      ['2026-10-26', 1],
      ['2026-11-02', 1],
    ]);
  });

  it('refuses an inverted range, an unknown time zone and more than two years by day', async () => {
    const refused = async (input: Record<string, unknown>) => fieldCodesOf(await server.gql(DASHBOARD, { input }, { token: admin }));
    expect(await refused({ from: range.to, to: range.from, granularity: 'DAY' })).toEqual(['to:range']);
    expect(await refused({ ...range, granularity: 'DAY', timezone: 'Mars/Olympus' })).toEqual(['timezone:timezone']);
    expect(await refused({ from: '2023-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', granularity: 'DAY' })).toEqual(['to:tooLong']);
    expect(await refused({ from: '2023-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', granularity: 'MONTH' })).toBeUndefined();
  });
});
