import type { EntityManager } from '@mikro-orm/core';

export interface SearchHitRow {
  messageId: string;
  conversationId: string;
  /** HTML: the matched words wrapped in <mark>…</mark>, everything else escaped. */
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

/** Full-text search over messages and conversation subjects; one implementation per database. */
export interface SearchIndex {
  /** Index (or re-index) a message's text, in the caller's transaction (pass the transaction's EntityManager). */
  indexMessage(em: EntityManager, message: { id: string; conversationId: string; body: string; internal: boolean }): Promise<void>;
  indexSubject(em: EntityManager, conversation: { id: string; subject: string }): Promise<void>;
  /** Conversation ids whose messages or subject match, best first, at most `limit` — for the inbox keyword filter. */
  matchConversations(em: EntityManager, query: string, options: { includeInternal: boolean; limit: number }): Promise<string[]>;
  /** Ranked message hits with a highlighted snippet (matched words wrapped in <mark>…</mark>, the rest HTML-escaped). */
  searchMessages(
    em: EntityManager,
    query: string,
    options: { includeInternal: boolean; limit: number; offset: number; conversationIds?: string[] | null },
  ): Promise<SearchHitRow[]>;
  /** Rebuilds the whole index from the stored messages and subjects (seeding, restores, `db:copy`). */
  reindexAll(em: EntityManager, batchSize?: number): Promise<{ messages: number; subjects: number }>;
}

/**
 * Matches of very common words are ranked among the newest this many only, in both implementations: ranking
 * costs about 0.6 µs per matching row, so a word in 150k of 1M messages would take ~90 ms to rank in full,
 * and 20,000 still ~14 ms. At 5,000 a search costs ~7 ms of CPU on a 1M-message desk; the hits are the best of
 * the most recent matches, which is what a support desk looks for.
 */
export const RANK_WINDOW = 5_000;

/** Message hits looked at per conversation wanted: a conversation can match in many of its messages. */
export const MESSAGES_PER_CONVERSATION = 10;

export type Row = Record<string, unknown>;

/** Raw SQL on the manager's connection, inside its transaction when it has one (a plain `execute` would not be). */
export function sql<T = Row[]>(
  em: EntityManager,
  query: string,
  params: unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<T> {
  return em.getConnection().execute(query, params, method, em.getTransactionContext());
}

const SNIPPET_WIDTH = 80;
/** Characters of context kept before the first match. */
const SNIPPET_LEAD = 20;
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Case, width and accents folded the way the index folds them (NFKC, lower case, unicode61 drops diacritics). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** A Latin (non-Han) letter or digit: Latin terms match whole words only, Chinese ones anywhere. */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !HAN.test(char);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for HTML, with line breaks and runs of spaces shown as one space (a snippet is one line). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\s+/g, ' ');
}

/**
 * The folded text, and where each of its positions starts in the original. Folding rarely changes the length;
 * when it does (ﬁ → fi, a decomposed accent), fold one code point at a time so positions still map back.
 */
function foldWithOrigin(text: string): { folded: string; origin: (index: number) => number } {
  const whole = fold(text);
  if (whole.length === text.length) return { folded: whole, origin: (index) => index };
  let folded = '';
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) starts.push(index);
    index += char.length;
  }
  starts.push(text.length);
  return { folded, origin: (at) => starts[at]! };
}

/** Ranges [start, end) of the original text where the terms occur, sorted and merged. */
function matchRanges(text: string, terms: string[]): Array<[number, number]> {
  const { folded, origin } = foldWithOrigin(text);
  const ranges: Array<[number, number]> = [];
  for (const term of new Set(terms.map(fold).filter(Boolean))) {
    const latin = !HAN.test(term);
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (latin && (isWordChar(folded[at - 1]) || isWordChar(folded[end]))) continue;
      ranges.push([origin(at), origin(end)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Moves an index off the second half of a surrogate pair. */
function codePointStart(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * About 80 characters of the original text around the first match, HTML-escaped, with every match inside wrapped
 * in <mark>. Built from the original text, not the segmented copy, so it reads as written. Without a match (a hit
 * on a folded form this cannot see), the start of the text.
 */
export function highlight(text: string, terms: string[]): string {
  const ranges = matchRanges(text, terms);
  const first = ranges[0] ?? [0, 0];
  let start = codePointStart(text, Math.max(0, Math.min(first[0] - SNIPPET_LEAD, text.length - SNIPPET_WIDTH)));
  let end = codePointStart(text, Math.min(text.length, Math.max(start + SNIPPET_WIDTH, first[1])));
  // Do not start or end inside a Latin word.
  while (start > 0 && start < first[0] && isWordChar(text[start - 1]) && isWordChar(text[start])) start++;
  while (end < text.length && end > first[1] && isWordChar(text[end - 1]) && isWordChar(text[end])) end--;
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? `${html}…` : html;
}
