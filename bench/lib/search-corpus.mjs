// The SQLite search corpus: a generated desk (lib/desk.mjs, 5–50 messages per conversation, English and Chinese).
// Building a million messages takes a minute or more, so the database is kept in the temp folder between runs,
// keyed by everything that shapes it (size, generator, migrations, segmenter and index code): a change to any of
// them builds a new one and removes the old.
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
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedDesk } from './desk.mjs';
import { progress } from './report.mjs';
import { databaseFile } from './sqlite.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const CACHE_ROOT = join(tmpdir(), 'ics-bench-cache');

/** Files whose content decides what the corpus database holds. */
function shapingFiles() {
  // The corpus is a SQLite database: its migrations decide its tables and indexes.
  const migrations = join(repoRoot, 'server', 'dist', 'db', 'migrations', 'sqlite');
  return [
    ...['corpus.mjs', 'desk-history.mjs', 'desk.mjs', 'sqlite.mjs'].map((name) => join(import.meta.dirname, name)),
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

/** Writes and indexes the corpus into `folder` (lib/desk.mjs); `size` is `{ messages }` or `{ conversations }`. */
async function build(folder, { size, password, seed }) {
  return seedDesk({
    target: { kind: 'sqlite', file: databaseFile(folder) },
    password,
    ...size,
    seed,
    onProgress: (line) => progress(`search corpus: ${line}`),
  });
}

/**
 * The generated desk of `size` (`{ messages }` or `{ conversations }`; built now when not cached). Resolves with `{ file, meta }`: the database
 * file (copy it before a server writes to it) and what it holds and cost (`cached` tells whether it was built now).
 */
export async function searchCorpus({ size, password, seed }) {
  const key = codeKey(password);
  const amount = size.messages ?? `c${size.conversations}`;
  const folder = join(CACHE_ROOT, `search-${key}-${amount}-${seed}`);
  const metaFile = join(folder, 'meta.json');
  if (existsSync(metaFile)) return { file: databaseFile(folder), meta: { ...JSON.parse(readFileSync(metaFile, 'utf8')), cached: true } };

  pruneCache(key);
  mkdirSync(CACHE_ROOT, { recursive: true });
  const partial = `${folder}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const removePartial = () => rmSync(partial, { recursive: true, force: true });
  process.once('exit', removePartial);
  try {
    const meta = { ...(await build(partial, { size, password, seed })), builtAt: new Date().toISOString() };
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
