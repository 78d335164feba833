// What the bench measures. Add a scenario by adding an entry: `kind` picks the runner (lib/runners.mjs),
// `prepare(ctx)` returns what it needs (request body and bearer token; for sockets the count), so setup
// such as seeding an inbox or search corpus can live in the scenario itself.
import { LOGIN } from './lib/graphql-client.mjs';
import { UsageError } from './lib/settings.mjs';

const TYPENAME = { query: '{ __typename }' };

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
];

/** The scenarios BENCH_ONLY asks for (all without it); unknown ids are an error, not a silent no-op. */
export function selectScenarios(only) {
  if (!only) return SCENARIOS;
  const known = new Set([BASELINE.id, ...SCENARIOS.map((s) => s.id)]);
  const unknown = [...only].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`BENCH_ONLY: unknown scenario ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return SCENARIOS.filter((s) => only.has(s.id));
}
