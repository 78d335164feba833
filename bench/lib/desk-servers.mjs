// Servers of their own for scenarios with a `desk` (bench/scenarios.mjs): a generated desk on PostgreSQL or
// SQLite, one instance or several sharing the database and a Redis. Everything made here is undone by `stop()`,
// and by the bench's cleanup on any other way out.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { throwawayFolder } from './cleanup.mjs';
import { databaseUrl, seedDesk } from './desk.mjs';
import { createThrowawayDatabase, pgProblem, redact } from './postgres.mjs';
import { provideRedis } from './redis.mjs';
import { progress } from './report.mjs';
import { copyCorpus, searchCorpus } from './search-corpus.mjs';
import { startServer } from './server-process.mjs';
import { databaseFile } from './sqlite.mjs';

/**
 * Which database the desk goes on: PostgreSQL when the scenario asks for it and one is reachable at BENCH_PG_URL;
 * `postgresql-or-sqlite` falls back to a shared SQLite file. `{ skipped }` when PostgreSQL is required and absent.
 */
async function chooseDatabase(wanted, pgUrl) {
  if (wanted === 'sqlite') return { kind: 'sqlite' };
  const problem = await pgProblem(pgUrl);
  if (!problem) return { kind: 'postgresql' };
  const why = `no usable PostgreSQL at ${redact(pgUrl)} (${problem}; set BENCH_PG_URL)`;
  if (wanted === 'postgresql') return { skipped: why };
  progress(`${why}: a shared SQLite file instead`);
  return { kind: 'sqlite' };
}

/** Creates and fills the desk's database; returns the target and what the desk holds. */
async function prepareDesk(scenario, ctx, kind, undo) {
  const { desk } = scenario;
  const size = desk.size(ctx.settings);
  const password = ctx.demoAccount.password;
  const onProgress = (line) => progress(`${scenario.id}: ${line}`);
  if (kind === 'postgresql') {
    const database = await createThrowawayDatabase(ctx.settings.pgUrl, scenario.id.replace(/\W/g, '_'));
    undo.push(database.drop);
    const target = { kind, url: database.url };
    return { target, meta: await seedDesk({ target, password, ...size, seed: desk.seed, onProgress }) };
  }
  if (desk.cached) {
    // Built once and kept in the temp folder (lib/search-corpus.mjs); each scenario works on a copy.
    const corpus = await searchCorpus({ size, password, seed: desk.seed });
    const dir = copyCorpus(corpus.file);
    undo.push(throwawayFolder(dir));
    return { target: { kind, file: databaseFile(dir) }, meta: corpus.meta };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ics-bench-desk-'));
  undo.push(throwawayFolder(dir));
  const target = { kind, file: databaseFile(dir) };
  return { target, meta: await seedDesk({ target, password, ...size, seed: desk.seed, onProgress }) };
}

/**
 * Starts the scenario's servers: `desk.instances` (default 1) on one database, with a Redis between them when
 * `desk.redis`. Resolves with `{ servers, desk: { database, ...meta }, stop }`, or `{ skipped }` with the reason.
 */
export async function startDeskServers(scenario, ctx) {
  const { desk } = scenario;
  const chosen = await chooseDatabase(desk.database, ctx.settings.pgUrl);
  if (chosen.skipped) return chosen;
  const undo = [];
  const stop = async () => {
    for (const step of undo.reverse()) await step();
  };
  try {
    let redisUrl;
    if (desk.redis) {
      const redis = await provideRedis(ctx.settings.redisUrl);
      if (redis.skipped) return redis;
      undo.push(redis.stop);
      redisUrl = redis.url;
    }
    const { target, meta } = await prepareDesk(scenario, ctx, chosen.kind, undo);
    progress(`${scenario.id}: starting ${desk.instances ?? 1} server(s) on ${chosen.kind}${redisUrl ? ' + Redis' : ''}…`);
    // One secret for all instances: a token signed by one is accepted by the other.
    const jwtSecret = randomBytes(32).toString('hex');
    const env = { DATABASE_URL: databaseUrl(target), ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
    const servers = [];
    for (let i = 0; i < (desk.instances ?? 1); i++) {
      const server = await startServer({ password: ctx.demoAccount.password, env, jwtSecret });
      undo.push(server.stop);
      servers.push(server);
    }
    return { servers, desk: { database: chosen.kind, redis: Boolean(redisUrl), ...meta }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
