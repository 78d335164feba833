// `npm run bench:seed -- --to <target> [--messages N | --conversations N]`: a generated desk (lib/desk-history.mjs)
// in a new, empty database, migrated and indexed by the real server (build it first: npm run build --workspace
// server). The target is a SQLite file path (sqlite:<path> also works) or a postgres:// URL of an empty database.
//
//   --messages N       stop at N messages (default 1,000,000, the search scenario's size: about a minute on SQLite)
//   --conversations N  stop at N conversations instead (5–50 messages each; e.g. 500 for a quick inbox)
//   --days N           history spread over the last N days (default 56)
//   --seed N           generator seed (default 1): the same seed gives the same desk
//   --password P       the demo accounts' password (default: the bench's)
//
// Refuses a database that holds anything: drop or delete it first.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDesk } from './lib/desk.mjs';
import { redact } from './lib/postgres.mjs';
import { progress } from './lib/report.mjs';
import { BENCH_PASSWORD } from './lib/settings.mjs';

const USAGE = 'usage: npm run bench:seed -- --to <file.sqlite | postgres://…> [--messages N | --conversations N] [--days N] [--seed N]';

function positive(name, raw) {
  if (raw === undefined) return undefined;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer (got "${raw}")\n${USAGE}`);
  return value;
}

/** `--to` as a desk target. */
function target(to) {
  if (/^postgres(ql)?:\/\//.test(to)) return { kind: 'postgresql', url: to };
  return { kind: 'sqlite', file: resolve(to.replace(/^sqlite:(\/\/)?/, '')) };
}

try {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      messages: { type: 'string' },
      conversations: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      password: { type: 'string', default: BENCH_PASSWORD },
    },
  });
  if (!values.to) throw new Error(USAGE);
  const conversations = positive('conversations', values.conversations);
  const messages = positive('messages', values.messages) ?? (conversations ? undefined : 1_000_000);
  const desk = target(values.to);
  progress(`seeding ${desk.kind === 'sqlite' ? desk.file : redact(desk.url)}…`);
  const result = await seedDesk({
    target: desk,
    password: values.password,
    messages,
    conversations,
    days: positive('days', values.days),
    seed: positive('seed', values.seed),
    onProgress: progress,
  });
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${result.conversations.toLocaleString('en-US')} conversations, ${result.messages.toLocaleString('en-US')} messages, ` +
      `${result.agents} agents, ${result.customers.toLocaleString('en-US')} customers; written in ${seconds(result.generationMs)}, ` +
      `indexed in ${seconds(result.indexWallMs)}; ${(result.dbBytes / 1024 / 1024).toFixed(0)} MB`,
  );
  console.log(`demo accounts (agent@demo.local, admin@demo.local, …) sign in with the password ${values.password}`);
} catch (error) {
  console.error(`bench:seed failed: ${error.message}`);
  process.exitCode = 1;
}
