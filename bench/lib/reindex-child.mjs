// Run as a child process (`node reindex-child.mjs <DATABASE_URL>`, sqlite:<file> or postgres://…): builds the
// search index of a stopped server's database with the server's own `reindexAll` for that database kind, as an
// operator would after a restore, and prints `{ ms, messages, subjects }` as JSON. A child, not an import: the
// server's ORM and jieba stay out of the bench.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(import.meta.dirname, '..', '..', 'server', 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error('usage: node reindex-child.mjs <DATABASE_URL>');
const { loadConfig } = await load('config.js');
const { openOrm } = await load('db/orm.js');
const { createSearchIndex } = await load('modules/search/create-search-index.js');

// A JWT secret of our own, so the config does not write one into a data folder.
const config = loadConfig({
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  DATA_DIR: tmpdir(),
  JWT_SECRET: 'x'.repeat(32),
  LOG_LEVEL: 'silent',
});
const orm = await openOrm(config);
try {
  const started = performance.now();
  const counts = await createSearchIndex(config.database.kind).reindexAll(orm.em.fork());
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, ...counts }));
} finally {
  await orm.close();
}
