// Run as a child process (`node reindex-child.mjs <dataDir>`): builds the search index of a stopped server's
// database with the server's own `reindexAll`, as an operator would after a restore, and prints
// `{ ms, messages, subjects }` as JSON. A child, not an import: the server's ORM and jieba stay out of the bench.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(import.meta.dirname, '..', '..', 'server', 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node reindex-child.mjs <dataDir>');
const { loadConfig } = await load('config.js');
const { openOrm } = await load('db/orm.js');
const { reindexAll } = await load('modules/search/sqlite-search.js');
if (typeof reindexAll !== 'function') throw new Error('server/dist/modules/search/sqlite-search.js exports no reindexAll');

// A JWT secret of our own, so the config does not write one into the data folder.
const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' });
const orm = await openOrm(config);
try {
  const started = performance.now();
  const counts = await reindexAll(orm.em.fork());
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, ...counts }));
} finally {
  await orm.close();
}
