// The search corpus: a generated history (5–50 messages per conversation, English and Chinese) written straight
// into SQLite and indexed by the server's own `reindexAll`. Building a million messages takes minutes, so the
// database is kept in the temp folder between runs, keyed by everything that shapes it (size, generator, migrations,
// segmenter and index code): a change to any of them builds a new one and removes the old.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { progress } from './report.mjs';
import { seedHistory } from './seed-db.mjs';
import { startServer } from './server-process.mjs';
import { closeDatabase, databaseFile, openDatabase } from './sqlite.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const CACHE_ROOT = join(tmpdir(), 'ics-bench-cache');
const REINDEX_TIMEOUT_MS = 60 * 60_000;

/** Files whose content decides what the corpus database holds. */
function shapingFiles() {
  const migrations = join(repoRoot, 'server', 'dist', 'db', 'migrations');
  return [
    join(import.meta.dirname, 'corpus.mjs'),
    join(import.meta.dirname, 'seed-db.mjs'),
    join(repoRoot, 'server', 'dist', 'modules', 'search', 'segmenter.js'),
    join(repoRoot, 'server', 'dist', 'modules', 'search', 'sqlite-search.js'),
    ...readdirSync(migrations)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => join(migrations, name)),
  ];
}

function codeKey(password) {
  const hash = createHash('sha256').update(password);
  for (const file of shapingFiles()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes corpora built by other code, and half-built ones whose builder is gone. */
function pruneCache(key) {
  for (const name of existsSync(CACHE_ROOT) ? readdirSync(CACHE_ROOT) : []) {
    const partial = /\.partial-(\d+)$/.exec(name);
    const stale = partial ? !isRunning(Number(partial[1])) : name.startsWith('search-') && !name.startsWith(`search-${key}-`);
    if (stale) rmSync(join(CACHE_ROOT, name), { recursive: true, force: true });
  }
}

/** Runs reindex-child.mjs with this Node on the data folder; resolves with its `{ ms, messages, subjects }`. */
function reindex(dataDir) {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [join(import.meta.dirname, 'reindex-child.mjs'), dataDir],
      { timeout: REINDEX_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`reindexAll failed: ${error.message}\n${stderr}`)) : done(JSON.parse(stdout))),
    );
    // The bench stopped mid-way (Ctrl-C): do not leave an indexer writing into a folder about to be removed.
    const stop = () => child.kill('SIGKILL');
    process.once('exit', stop);
    child.once('exit', () => process.off('exit', stop));
  });
}

async function build(folder, { messages, password }) {
  // The server itself migrates the empty database and seeds the demo accounts the history is attached to.
  const server = await startServer({ password, dataDir: folder, keepData: true });
  await server.stop();

  progress(`search corpus: writing ${messages.toLocaleString('en-US')} messages…`);
  let started = performance.now();
  let reportAt = 200_000;
  const db = openDatabase(databaseFile(folder));
  const written = seedHistory(db, {
    messages,
    perConversation: [5, 50],
    customers: 5000,
    days: 730,
    seed: 20261125,
    onProgress: ({ messages: done }) => {
      if (done < reportAt) return;
      progress(`search corpus: ${done.toLocaleString('en-US')} messages written`);
      reportAt += 200_000;
    },
  });
  closeDatabase(db);
  const generationMs = performance.now() - started;

  progress('search corpus: indexing with reindexAll…');
  started = performance.now();
  const indexed = await reindex(folder);
  const indexWallMs = performance.now() - started;
  return { ...written, generationMs, indexMs: indexed.ms, indexWallMs, indexed, dbBytes: statSync(databaseFile(folder)).size };
}

/**
 * The corpus for `messages` messages (built now when not cached). Resolves with `{ file, meta }`: the database
 * file (copy it before a server writes to it) and what it holds and cost (`cached` tells whether it was built now).
 */
export async function searchCorpus({ messages, password }) {
  const key = codeKey(password);
  const folder = join(CACHE_ROOT, `search-${key}-${messages}`);
  const metaFile = join(folder, 'meta.json');
  if (existsSync(metaFile)) return { file: databaseFile(folder), meta: { ...JSON.parse(readFileSync(metaFile, 'utf8')), cached: true } };

  pruneCache(key);
  mkdirSync(CACHE_ROOT, { recursive: true });
  const partial = `${folder}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const removePartial = () => rmSync(partial, { recursive: true, force: true });
  process.once('exit', removePartial);
  try {
    const meta = { ...(await build(partial, { messages, password })), builtAt: new Date().toISOString() };
    writeFileSync(join(partial, 'meta.json'), JSON.stringify(meta, null, 2));
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another bench built the same corpus meanwhile and renamed first: theirs is as good (ours is removed below).
      if (!existsSync(metaFile)) throw error;
    }
    return { file: databaseFile(folder), meta: { ...meta, cached: false } };
  } finally {
    process.off('exit', removePartial);
    removePartial();
  }
}

/** A throwaway data folder holding a copy of the corpus (a reflink where the file system has them). */
export function copyCorpus(file) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ics-bench-search-'));
  copyFileSync(file, databaseFile(dataDir), constants.COPYFILE_FICLONE);
  return dataDir;
}
