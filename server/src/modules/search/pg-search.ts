import type { EntityManager } from '@mikro-orm/core';
import { highlight, MESSAGES_PER_CONVERSATION, RANK_WINDOW, type Row, type SearchHitRow, type SearchIndex, sql } from './search-index.js';
import { queryTerms, segment } from './segmenter.js';

/** Terms shorter than this cannot use the trigram index: they match whole words only. */
const MIN_SUBSTRING = 3;

/** The folded text the trigram index covers: NFKC and lower case, like the segmenter folds. */
function foldForTrigram(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const escapeLike = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whole words: the jieba-segmented `tsvector` (`simple` configuration, GIN index), every term required. */
const WORDS = `s.words @@ plainto_tsquery('simple', ?)`;

/**
 * Substrings inside words, for terms long enough for trigrams (`pg_trgm`'s GIN index serves the LIKEs):
 * every term required, in the NFKC-folded text. Null when a term is too short.
 */
function substringCondition(terms: string[]): { where: string; params: unknown[] } | null {
  if (!terms.every((term) => [...term].length >= MIN_SUBSTRING)) return null;
  return { where: `s.plain like all (?::text[])`, params: [toPgArray(terms.map(escapeLike))] };
}

/** A text[] literal (MikroORM inlines parameters; a literal keeps quoting to PostgreSQL's own rules). */
function toPgArray(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Rank of a row: cover density, divided by the document length (shorter texts with the words rank higher). */
const RANK = `ts_rank_cd(s.words, plainto_tsquery('simple', ?), 2)`;

/**
 * PostgreSQL full-text search behind the same interface as SQLite's: the jieba-segmented text in a `tsvector`
 * (`simple` configuration, GIN index) and the folded text under a `pg_trgm` GIN index for substrings inside
 * words. Tables are made by the migration `Migration20261125140000_Search` (PostgreSQL folder).
 */
export class PgSearchIndex implements SearchIndex {
  /** @param rankWindow how many of the newest matches are ranked (see RANK_WINDOW). */
  constructor(private readonly rankWindow = RANK_WINDOW) {}

  async indexMessage(em: EntityManager, message: { id: string; conversationId: string; body: string; internal: boolean }): Promise<void> {
    await sql(
      em,
      `insert into search_messages (message_id, conversation_id, internal, words, plain)
       values (?, ?, ?, to_tsvector('simple', ?), ?)
       on conflict (message_id) do update set conversation_id = excluded.conversation_id, internal = excluded.internal,
         words = excluded.words, plain = excluded.plain`,
      [message.id, message.conversationId, message.internal, segment(message.body), foldForTrigram(message.body)],
      'run',
    );
  }

  async indexSubject(em: EntityManager, conversation: { id: string; subject: string }): Promise<void> {
    await sql(
      em,
      `insert into search_conversations (conversation_id, words, plain) values (?, to_tsvector('simple', ?), ?)
       on conflict (conversation_id) do update set words = excluded.words, plain = excluded.plain`,
      [conversation.id, segment(conversation.subject), foldForTrigram(conversation.subject)],
      'run',
    );
  }

  /**
   * Whole-word matches first; substrings inside words only when they found fewer conversations than asked.
   * (Asking for both at once in one OR made PostgreSQL walk the newest-first index through most of the table.)
   */
  async matchConversations(em: EntityManager, query: string, options: { includeInternal: boolean; limit: number }): Promise<string[]> {
    const terms = queryTerms(query);
    if (terms.length === 0 || options.limit <= 0) return [];
    const words = terms.join(' ');
    const found = await this.conversationsMatching(em, { where: WORDS, params: [words] }, words, options);
    const substrings = substringCondition(terms);
    if (found.length >= options.limit || !substrings) return found;
    const more = await this.conversationsMatching(
      em,
      { where: `(${WORDS} or ${substrings.where})`, params: [words, ...substrings.params] },
      words,
      options,
    );
    return [...new Set([...found, ...more])].slice(0, options.limit);
  }

  private async conversationsMatching(
    em: EntityManager,
    match: { where: string; params: unknown[] },
    words: string,
    options: { includeInternal: boolean; limit: number },
  ): Promise<string[]> {
    const { limit } = options;
    const messageLimit = limit * MESSAGES_PER_CONVERSATION;
    const internal = options.includeInternal ? '' : 'and not s.internal';
    // A subject names the whole conversation: subject hits come first, then the best message hit of each.
    const rows = await sql(
      em,
      `select conversation_id from (
         select conversation_id, max(subject_score) as subject_score, max(message_score) as message_score
         from (
           select conversation_id, null::real as subject_score, ${RANK} as message_score
           from (select * from search_messages s where ${match.where} ${internal} order by s.seq desc limit ?) s
           union all
           select conversation_id, ${RANK}, null
           from (select * from search_conversations s where ${match.where} order by s.seq desc limit ?) s
         ) hits
         group by conversation_id
       ) g
       order by subject_score is null, subject_score desc, message_score desc, conversation_id
       limit ?`,
      [words, ...match.params, Math.max(this.rankWindow, messageLimit), words, ...match.params, Math.max(this.rankWindow, limit), limit],
    );
    return rows.map((row) => String(row.conversation_id));
  }

  /**
   * Whole-word hits, ranked among the newest RANK_WINDOW of them. When they do not fill the page, hits on
   * substrings inside words (no whole word) follow, newest first: they would rank below every whole word anyway.
   */
  async searchMessages(
    em: EntityManager,
    query: string,
    options: { includeInternal: boolean; limit: number; offset: number; conversationIds?: string[] | null },
  ): Promise<SearchHitRow[]> {
    const terms = queryTerms(query);
    const { limit, offset, conversationIds } = options;
    if (terms.length === 0 || limit <= 0 || conversationIds?.length === 0) return [];
    const words = terms.join(' ');
    const filters: string[] = [];
    const filterParams: unknown[] = [];
    if (!options.includeInternal) filters.push('not s.internal');
    if (conversationIds) {
      filters.push('s.conversation_id = any (?::text[])');
      filterParams.push(toPgArray(conversationIds));
    }
    const window = Math.max(this.rankWindow, limit + offset);
    const wordRows = await sql(
      em,
      `select m.id as message_id, m.conversation_id, m.body, h.score, h.matched
       from (
         select s.message_id, ${RANK} as score, s.seq, count(*) over () as matched
         from (select * from search_messages s where ${[WORDS, ...filters].join(' and ')} order by s.seq desc limit ?) s
         order by score desc, s.seq desc
         limit ? offset ?
       ) h
       join messages m on m.id = h.message_id
       order by h.score desc, h.seq desc`,
      [words, words, ...filterParams, window, limit, offset],
    );
    const substrings = substringCondition(terms);
    let rows = wordRows;
    if (wordRows.length < limit && substrings) {
      // Whole words found fewer than the page: how many, to know where substring hits start.
      const matched = wordRows.length > 0 ? Number(wordRows[0].matched) : await this.countWords(em, words, filters, filterParams, window);
      const skip = Math.max(0, offset - matched);
      // Newest first, sorted after the match (`seq + 0`): rare terms are found through the trigram index.
      const substringRows = await sql(
        em,
        `select m.id as message_id, m.conversation_id, m.body, 0 as score
         from search_messages s join messages m on m.id = s.message_id
         where ${[substrings.where, `not (${WORDS})`, ...filters].join(' and ')}
         order by s.seq + 0 desc
         limit ? offset ?`,
        [...substrings.params, words, ...filterParams, limit - wordRows.length, skip],
      );
      rows = [...wordRows, ...substringRows];
    }
    return rows.map((row) => ({
      messageId: String(row.message_id),
      conversationId: String(row.conversation_id),
      snippet: highlight(String(row.body), terms),
      score: Number(row.score),
    }));
  }

  /** Whole-word hits within the ranking window (a page past them starts among the substring hits). */
  private async countWords(em: EntityManager, words: string, filters: string[], params: unknown[], window: number): Promise<number> {
    const [row] = await sql(
      em,
      `select count(*) as n from (select 1 from search_messages s where ${[WORDS, ...filters].join(' and ')} limit ?) s`,
      [words, ...params, window],
    );
    return Number(row.n);
  }

  /**
   * Rebuilds the whole index from `messages` and `conversations`, `batchSize` rows at a time (keyset pagination on
   * the time-ordered ids, so `seq` follows message age). For the demo seeder, `db:copy` and a change of the segmenter.
   */
  async reindexAll(em: EntityManager, batchSize = 1000): Promise<{ messages: number; subjects: number }> {
    await sql(em, 'delete from search_messages', [], 'run');
    await sql(em, 'delete from search_conversations', [], 'run');
    // One statement per batch: the texts go in as arrays and are unnested (row-at-a-time took ~0.5 ms a row).
    const subjects = await rebuild(em, batchSize, 'select id, subject from conversations where id > ? order by id limit ?', (rows) => [
      `insert into search_conversations (conversation_id, words, plain)
       select id, to_tsvector('simple', words), plain from unnest(?::text[], ?::text[], ?::text[]) as t(id, words, plain)`,
      [
        toPgArray(rows.map((row) => String(row.id))),
        toPgArray(rows.map((row) => segment(String(row.subject)))),
        toPgArray(rows.map((row) => foldForTrigram(String(row.subject)))),
      ],
    ]);
    const messages = await rebuild(
      em,
      batchSize,
      'select id, conversation_id, body, internal from messages where id > ? order by id limit ?',
      (rows) => [
        `insert into search_messages (message_id, conversation_id, internal, words, plain)
         select id, conversation_id, internal, to_tsvector('simple', words), plain
         from unnest(?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[]) as t(id, conversation_id, internal, words, plain)`,
        [
          toPgArray(rows.map((row) => String(row.id))),
          toPgArray(rows.map((row) => String(row.conversation_id))),
          `{${rows.map((row) => (row.internal ? 't' : 'f')).join(',')}}`,
          toPgArray(rows.map((row) => segment(String(row.body)))),
          toPgArray(rows.map((row) => foldForTrigram(String(row.body)))),
        ],
      ],
    );
    return { messages, subjects };
  }
}

/** Keyset-paginated batches of `select` (parameters: after, limit), each written by one statement. */
async function rebuild(
  em: EntityManager,
  batchSize: number,
  select: string,
  insert: (rows: Row[]) => [string, unknown[]],
): Promise<number> {
  let count = 0;
  for (let after = ''; ; ) {
    const rows = await sql(em, select, [after, batchSize]);
    if (rows.length === 0) return count;
    const [statement, params] = insert(rows);
    await sql(em, statement, params, 'run');
    count += rows.length;
    after = String(rows.at(-1)!.id);
  }
}
