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

/**
 * The match condition on a search row aliased `s` and its parameters. Every term is required: as a word of the
 * jieba-segmented `tsvector` (the `simple` configuration, so no stemming or stop words), or, when every term
 * is long enough for trigrams, as a substring of the folded text (`pg_trgm`'s GIN index serves the LIKEs).
 * The words go in as one `plainto_tsquery` parameter: no input is tsquery syntax.
 */
function matchCondition(terms: string[]): { where: string; params: unknown[] } {
  const words = terms.join(' ');
  if (terms.every((term) => [...term].length >= MIN_SUBSTRING)) {
    return {
      where: `(s.words @@ plainto_tsquery('simple', ?) or s.plain like all (?::text[]))`,
      params: [words, toPgArray(terms.map(escapeLike))],
    };
  }
  return { where: `s.words @@ plainto_tsquery('simple', ?)`, params: [words] };
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

  async matchConversations(em: EntityManager, query: string, options: { includeInternal: boolean; limit: number }): Promise<string[]> {
    const terms = queryTerms(query);
    const { limit } = options;
    if (terms.length === 0 || limit <= 0) return [];
    const match = matchCondition(terms);
    const words = terms.join(' ');
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

  async searchMessages(
    em: EntityManager,
    query: string,
    options: { includeInternal: boolean; limit: number; offset: number; conversationIds?: string[] | null },
  ): Promise<SearchHitRow[]> {
    const terms = queryTerms(query);
    const { limit, offset, conversationIds } = options;
    if (terms.length === 0 || limit <= 0 || conversationIds?.length === 0) return [];
    const match = matchCondition(terms);
    const window = Math.max(this.rankWindow, limit + offset);
    const filters: string[] = [];
    const params: unknown[] = [];
    if (!options.includeInternal) filters.push('not s.internal');
    if (conversationIds) {
      filters.push('s.conversation_id = any (?::text[])');
      params.push(toPgArray(conversationIds));
    }
    const where = [match.where, ...filters].join(' and ');
    // The newest `window` matches (the set's own, when a set is given), ranked, then the page joined to messages.
    const rows = await sql(
      em,
      `select m.id as message_id, m.conversation_id, m.body, h.score
       from (
         select s.message_id, ${RANK} as score, s.seq
         from (select * from search_messages s where ${where} order by s.seq desc limit ?) s
         order by score desc, s.seq desc
         limit ? offset ?
       ) h
       join messages m on m.id = h.message_id
       order by h.score desc, h.seq desc`,
      [terms.join(' '), ...match.params, ...params, window, limit, offset],
    );
    return rows.map((row) => ({
      messageId: String(row.message_id),
      conversationId: String(row.conversation_id),
      snippet: highlight(String(row.body), terms),
      score: Number(row.score),
    }));
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
