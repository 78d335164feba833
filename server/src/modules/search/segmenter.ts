import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

/**
 * Dictionary words rarer than this are left out. Measured on support sentences: the trimmed dictionary (about
 * 105k of 349k words) finds the same words in sentences as the full one, loads in ~50 ms instead of ~150 ms and
 * costs ~30 MB of resident memory instead of ~42 MB. Changing it changes the tokens: run `reindexAll` after.
 */
const MIN_WORD_FREQUENCY = 10;

const HAN_RUN = /\p{Script=Han}+/u;
/** Han runs, or runs of other letters and digits (with their combining marks). */
const TOKEN_RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

let jieba: Jieba | undefined;

/** Loaded on first use and kept for the life of the process: loading takes tens of milliseconds and megabytes. */
function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    // Read dict.txt directly: `@node-rs/jieba/dict` also reads the 6 MB idf file, which search does not use.
    const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
    jieba = JiebaClass.withDict(frequentWords(dict, MIN_WORD_FREQUENCY));
  }
  return jieba;
}

/** Keeps the dictionary lines (`word frequency tag`) with a frequency of at least `min`, on bytes: no strings. */
function frequentWords(dict: Buffer, min: number): Buffer {
  const out = Buffer.allocUnsafe(dict.length);
  let length = 0;
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf(10, start);
    if (end < 0) end = dict.length;
    let frequency = 0;
    for (let i = dict.indexOf(32, start) + 1; i > 0 && i < end && dict[i]! >= 48 && dict[i]! <= 57; i++) {
      frequency = frequency * 10 + dict[i]! - 48;
    }
    if (frequency >= min) length += dict.copy(out, length, start, Math.min(end + 1, dict.length));
    start = end + 1;
  }
  return out.subarray(0, length);
}

/**
 * The text as space-separated words, for the index and for queries alike: NFKC (full-width forms) and lower case,
 * Chinese cut with jieba's search mode (it also emits the shorter words inside long ones: 订单号 gives 订单 单号
 * 订单号, so a search for 订单 finds it). HMM is off so unknown words fall apart into the same characters in a
 * query as in a document.
 */
export function segment(text: string): string {
  const words: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(TOKEN_RUN)) {
    if (HAN_RUN.test(run)) words.push(...segmenter().cutForSearch(run, false));
    else words.push(run);
  }
  return words.join(' ');
}

/** At most this many distinct words of a query are searched: a pasted page must not become a huge expression. */
const MAX_QUERY_TERMS = 24;

/** The distinct words of a search query, segmented like the index; empty when nothing searchable is left. */
export function queryTerms(query: string): string[] {
  const words = segment(query.slice(0, 1000)).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}
