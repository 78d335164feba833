// What the bench measures. Add a scenario by adding an entry: `kind` picks the runner (lib/runners.mjs),
// `prepare(ctx)` returns what it needs (request body and bearer token; for sockets the count), so setup
// such as starting a conversation can live in the scenario itself. Without `desk` a scenario runs on the main
// server (SQLite, a generated desk of MAIN_DESK_CONVERSATIONS); with `desk` it gets servers of its own
// (lib/desk-servers.mjs): `database` ('sqlite', 'postgresql', or 'postgresql-or-sqlite'), `size(settings)` of the
// generated desk ({ messages } or { conversations }), `cached` (the SQLite search corpus kept between runs),
// `instances` and `redis` (several servers on one database, events through Redis).
import { createRandom, QUERY_WORDS, randomQuery } from './lib/corpus.mjs';
import { LOGIN, signIn, startConversation } from './lib/graphql-client.mjs';
import { UsageError } from './lib/settings.mjs';

const TYPENAME = { query: '{ __typename }' };

/** The inbox page as the web app asks for it: a page of 50 with every field a row shows. */
const INBOX_PAGE = `query Inbox($first: Int!) {
  conversations(first: $first) {
    totalCount
    counts { mine unassigned all }
    edges {
      cursor
      node {
        id number subject status priority createdAt lastMessageAt lastMessagePreview unread
        customer { displayName }
        assignee { displayName }
        tags { name colour }
        viewerCan { claim transfer complete }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** Conversations of the main server's desk, and of the PostgreSQL inbox's: the same generator and seed. */
export const MAIN_DESK_CONVERSATIONS = 500;
const INBOX_DESK = { size: () => ({ conversations: MAIN_DESK_CONVERSATIONS }) };

const SEARCH = `query Search($query: String!) {
  searchMessages(query: $query, first: 20) { totalCount edges { node { snippet score conversation { id } } } }
}`;
const searchBody = (query) => ({ query: SEARCH, variables: { query } });

async function inboxPage(ctx) {
  return { body: { query: INBOX_PAGE, variables: { first: 50 } }, token: await ctx.sessionToken() };
}

async function fanout(ctx) {
  const customerToken = await signIn(ctx.server.url, 'customer@demo.local', ctx.demoAccount.password);
  const conversation = await startConversation(ctx.server.url, customerToken, {
    subject: 'Fan-out bench',
    body: 'Is anyone there? Many agents are watching this one.',
  });
  return {
    token: await ctx.sessionToken(),
    conversationId: conversation.id,
    count: ctx.settings.sockets,
    messages: 50,
    intervalMs: 100,
  };
}

/** The search corpus of both databases: same generator, same seed, BENCH_SEARCH_MESSAGES messages. */
const SEARCH_DESK = { size: (settings) => ({ messages: settings.searchMessages }), seed: 20261125 };

function search() {
  const random = createRandom(42);
  return {
    nextBody: () => searchBody(randomQuery(random)),
    probeBodies: [...QUERY_WORDS.en, ...QUERY_WORDS['zh-CN']].map(searchBody),
  };
}

/** The reports' desk: BENCH_REPORT_CONVERSATIONS (100,000) conversations over the generator's weeks of history. */
const REPORT_DESK = { database: 'sqlite', cached: true, seed: 1, size: (settings) => ({ conversations: settings.reportConversations }) };

const DASHBOARD = `query Dashboard($input: DashboardInput!) { dashboard(input: $input) {
  buckets { label created completed backlog firstResponseMedian resolutionMedian }
  firstResponse { median p90 withinTarget } resolution { median p90 withinTarget }
  agents { agent { displayName } open handled messagesSent }
  satisfaction { average responses responseRate distribution }
  busiestHours { weekday hour count } topTags { tag { name } count }
} }`;
const DAY_MS = 86_400_000;

/** The desk's administrator: the whole desk's figures (an agent gets their own only). */
const adminToken = (ctx) => signIn(ctx.server.url, 'admin@demo.local', ctx.demoAccount.password);

/** Signed out `{ __typename }`: the cost of the HTTP + GraphQL pipeline alone. Runs first and last. */
export const BASELINE = {
  id: 'baseline',
  kind: 'http',
  title: '{ __typename } signed out',
  prepare: () => ({ body: TYPENAME }),
};

export const SCENARIOS = [
  {
    id: 'typename-jwt',
    kind: 'http',
    title: '{ __typename } session JWT',
    prepare: async (ctx) => ({ body: TYPENAME, token: await ctx.sessionToken() }),
  },
  {
    id: 'me-jwt',
    kind: 'http',
    title: 'me { id email displayName role } JWT',
    prepare: async (ctx) => ({
      body: { query: '{ me { id email displayName role { key } } }' },
      token: await ctx.sessionToken(),
    }),
  },
  {
    id: 'typename-api-token',
    kind: 'http',
    title: '{ __typename } API token',
    prepare: async (ctx) => ({ body: TYPENAME, token: await ctx.apiToken() }),
  },
  {
    id: 'password-strength',
    kind: 'http',
    title: 'passwordStrength signed out',
    // The query is limited per address (120 a minute): spread the load over many, or it measures refusals.
    prepare: () => ({ body: { query: '{ passwordStrength(password: "orange-Piano-12") { score } }' }, manyAddresses: true }),
  },
  {
    // argon2id costs tens of ms of CPU per call: few connections, a short run, a small warm-up.
    id: 'login',
    kind: 'http',
    title: 'login (argon2id)',
    connections: 4,
    seconds: (settings) => Math.min(settings.duration, 5),
    warmup: 20,
    prepare: (ctx) => ({ body: { query: LOGIN, variables: { input: ctx.demoAccount } } }),
  },
  {
    id: 'websocket',
    kind: 'websocket',
    title: 'graphql-ws connect + ack, JWT',
    prepare: async (ctx) => ({ token: await ctx.sessionToken(), count: ctx.settings.sockets }),
  },
  {
    id: 'inbox-page',
    kind: 'http',
    title: `conversations(first: 50) + nested, agent, ${MAIN_DESK_CONVERSATIONS} convs`,
    prepare: inboxPage,
  },
  {
    id: 'inbox-page-pg',
    kind: 'http',
    title: `the same on PostgreSQL, ${MAIN_DESK_CONVERSATIONS} convs`,
    desk: { ...INBOX_DESK, database: 'postgresql' },
    prepare: inboxPage,
  },
  {
    // A customer opens a conversation and BENCH_SOCKETS agent sockets watch it; the agent answers without
    // claiming it first (the desk may reply to any conversation), so agent capacity never gets in the way.
    id: 'message-fanout',
    kind: 'fanout',
    title: 'messageAdded to every subscriber of one conversation',
    prepare: fanout,
  },
  {
    // Two instances on one database and one Redis: half the subscribers on each, messages sent through the
    // first, so half of every delivery crosses Redis.
    id: 'message-fanout-2x',
    kind: 'fanout',
    title: 'the same over two instances through Redis',
    desk: { ...INBOX_DESK, database: 'postgresql-or-sqlite', instances: 2, redis: true },
    prepare: fanout,
  },
  {
    // Its own server on a copy of a generated, cached database (lib/search-corpus.mjs); BENCH_SEARCH_MESSAGES sizes it.
    id: 'search-1m',
    kind: 'search',
    title: 'searchMessages(first: 20), 1–2 words, agent',
    connections: 10,
    desk: { ...SEARCH_DESK, database: 'sqlite', cached: true },
    prepare: search,
  },
  {
    // The same desk (generator and seed) on PostgreSQL, built for the run in a throwaway database.
    id: 'search-1m-pg',
    kind: 'search',
    title: 'the same on PostgreSQL',
    connections: 10,
    desk: { ...SEARCH_DESK, database: 'postgresql' },
    prepare: search,
  },
  {
    // The admin's dashboard of the last 30 days, by day, in Shanghai time: what opening the page costs.
    id: 'dashboard-month',
    kind: 'http',
    title: 'dashboard, last 30 days by day, admin',
    connections: 1,
    desk: REPORT_DESK,
    prepare: async (ctx) => {
      const to = new Date();
      const from = new Date(to.getTime() - 30 * DAY_MS);
      const input = { from: from.toISOString(), to: to.toISOString(), granularity: 'DAY', timezone: 'Asia/Shanghai' };
      return { body: { query: DASHBOARD, variables: { input } }, token: await adminToken(ctx) };
    },
  },
  {
    // A year of day rows as CSV through GET /api/reports/export (streamed).
    id: 'export-year',
    kind: 'http',
    title: 'report export, a year by day, CSV',
    connections: 1,
    desk: REPORT_DESK,
    prepare: async (ctx) => {
      const to = new Date();
      const from = new Date(to.getTime() - 365 * DAY_MS);
      const query = new URLSearchParams({
        format: 'csv',
        granularity: 'day',
        from: from.toISOString(),
        to: to.toISOString(),
        timezone: 'Asia/Shanghai',
      });
      return { path: `/api/reports/export?${query}`, token: await adminToken(ctx) };
    },
  },
];

/** The scenarios BENCH_ONLY asks for (all without it); unknown ids are an error, not a silent no-op. */
export function selectScenarios(only) {
  if (!only) return SCENARIOS;
  const known = new Set([BASELINE.id, ...SCENARIOS.map((s) => s.id)]);
  const unknown = [...only].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`BENCH_ONLY: unknown scenario ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return SCENARIOS.filter((s) => only.has(s.id));
}
