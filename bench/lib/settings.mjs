// The bench's knobs, read once from the environment and checked, so a typo fails at once instead of after minutes.
import { DEFAULT_PG_URL } from './postgres.mjs';

/** The demo accounts' password on every server the bench starts (DEMO_PASSWORD). */
export const BENCH_PASSWORD = 'bench-Lantern-73-violet';

/** A mistake in how the bench was started: its message says it all, a stack trace would only hide it. */
export class UsageError extends Error {}

/** A positive number from the environment, or the fallback when unset. */
function positiveNumber(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${name} must be a positive number (got "${raw}")`);
  return value;
}

/** BENCH_ONLY=a,b → a set of scenario ids; null means all of them. */
function onlyIds(raw) {
  if (!raw) return null;
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.length > 0 ? new Set(ids) : null;
}

export function readSettings(env = process.env) {
  return {
    duration: positiveNumber(env, 'BENCH_DURATION', 10),
    sockets: Math.round(positiveNumber(env, 'BENCH_SOCKETS', 1000)),
    /** Messages in the generated search corpus (search-1m); a smaller one builds in seconds for a quick run. */
    searchMessages: Math.round(positiveNumber(env, 'BENCH_SEARCH_MESSAGES', 1_000_000)),
    /** Conversations of the reports' desk (dashboard-month, export-year). */
    reportConversations: Math.round(positiveNumber(env, 'BENCH_REPORT_CONVERSATIONS', 100_000)),
    strict: env.BENCH_STRICT === '1',
    /** Admin URL of the PostgreSQL server where the *-pg scenarios create (and drop) their throwaway databases. */
    pgUrl: env.BENCH_PG_URL || DEFAULT_PG_URL,
    /** Redis of the multi-instance scenarios; without it the bench starts a throwaway redis-server. */
    redisUrl: env.BENCH_REDIS_URL || null,
    only: onlyIds(env.BENCH_ONLY),
    /** Connections per HTTP scenario unless a scenario says otherwise. */
    connections: 50,
  };
}

/** The server is started with this Node; refuse an older one (the system Node 20) before building anything on it. */
export function assertNodeVersion(minimum = [22, 17]) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > minimum[0] || (major === minimum[0] && minor >= minimum[1])) return;
  throw new UsageError(
    `Node ${process.versions.node} is too old (the server needs >= ${minimum.join('.')}). ` +
      'Run `npm run bench` with the project Node first in PATH: PATH=$PWD/node_modules/.bin:$PATH npm run bench',
  );
}
