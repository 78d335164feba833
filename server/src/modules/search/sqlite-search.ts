import type { EntityManager } from '@mikro-orm/core';
import { highlight, MESSAGES_PER_CONVERSATION, RANK_WINDOW, type Row, type SearchHitRow, type SearchIndex, sql } from './search-index.js';
import { queryTerms, segment } from './segmenter.js';

/**
 * Up to this many conversations are filtered inside FTS5 (an OR of their tokens, ~30 ms at 500); a longer OR grows
 * faster than linearly (~0.2 s at 2,000), so larger sets are filtered by a join on the ranked matches instead.
 */
const MAX_CONVERSATION_TOKENS = 500;

/** The FTS token that ties a message to its conversation, so FTS5 itself can filter by conversation. */
function conversationToken(id: string): string {
  return `c${id.toLowerCase().replace(/[^0-9a-z]/g, '')}`;
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * Every term as an FTS5 string (so no input is FTS5 syntax), all required, in the words column only; filters on
 * the `scope` column (its bm25 weight is 0, so they do not change scores).
 */
function matchExpression(terms: string[], options: { includeInternal: boolean; conversationIds?: string[] | null }): string {
  let expression = `segmented : (${terms.map(quote).join(' AND ')})`;
  if (options.conversationIds) {
    expression = `(${expression}) AND (scope : (${options.conversationIds.map((id) => quote(conversationToken(id))).join(' OR ')}))`;
  }
  return options.includeInternal ? expression : `(${expression}) NOT (scope : "internal")`;
}

/**
 * Best-first rowids of one FTS table, ranked and limited by FTS5 alone: any join or filter beside the MATCH makes
 * SQLite visit every match, so callers join on these few rows after. `bm25()` sorts in about half the time of the
 * built-in `rank` (measured), and `rank` ignores the rowid bound. Parameters: match, match, window - 1, limit, offset.
 */
function rankedHits(table: string, weights = ''): string {
  return `select rowid, bm25(${table}${weights}) as score from ${table}
    where ${table} match ?
      and rowid >= coalesce((select rowid from ${table} where ${table} match ? order by rowid desc limit 1 offset ?), 0)
    order by score limit ? offset ?`;
}

/** The page of best message hits: FTS5 ranks on its own, then the page is joined to the messages. */
const MESSAGE_HITS = `
  select m.id as message_id, m.conversation_id, m.body, h.score
  from (${rankedHits('search_messages_fts', ', 1.0, 0.0')}) h
  join search_messages s on s.id = h.rowid
  join messages m on m.id = s.message_id
  order by h.score`;

/**
 * The same within a large set of conversations: walks the ranked matches best first and keeps those in the set,
 * stopping at the page (the plan needs no second sort). CROSS JOIN pins that order; left to itself SQLite starts
 * from the set and ranks every match once per message.
 */
const MESSAGE_HITS_IN = `
  select m.id as message_id, m.conversation_id, m.body, f.score
  from (
    select s.message_id, h.score
    from (${rankedHits('search_messages_fts', ', 1.0, 0.0')}) h
    cross join search_messages s on s.id = h.rowid
    where s.conversation in (select id from search_conversations where conversation_id in (select value from json_each(?)))
    order by h.score limit ? offset ?
  ) f
  join messages m on m.id = f.message_id
  order by f.score`;

/**
 * Conversations whose subject or messages match, grouped on their integer key. A subject names the whole
 * conversation, so subject hits come first; bm25 scores of two tables are not comparable anyway.
 */
const CONVERSATION_HITS = `
  select c.conversation_id
  from (
    select conversation, min(subject_score) as subject_score, min(message_score) as message_score
    from (
      select s.conversation, null as subject_score, h.score as message_score
      from (${rankedHits('search_messages_fts', ', 1.0, 0.0')}) h
      cross join search_messages s on s.id = h.rowid
      union all
      select h.rowid, h.score, null from (${rankedHits('search_subjects_fts')}) h
    )
    group by conversation
    order by subject_score is null, subject_score, message_score
    limit ?
  ) g
  cross join search_conversations c on c.id = g.conversation
  order by g.subject_score is null, g.subject_score, g.message_score`;

/** Parameters of `rankedHits`. */
const ranked = (match: string, window: number, limit: number, offset = 0) => [match, match, window - 1, limit, offset];

export class SqliteSearchIndex implements SearchIndex {
  /** @param rankWindow how many of the newest matches are ranked (see RANK_WINDOW). */
  constructor(private readonly rankWindow = RANK_WINDOW) {}

  reindexAll(em: EntityManager, batchSize?: number): Promise<{ messages: number; subjects: number }> {
    return reindexAll(em, batchSize);
  }

  async indexMessage(em: EntityManager, message: { id: string; conversationId: string; body: string; internal: boolean }): Promise<void> {
    const conversation = await conversationKey(em, message.conversationId);
    const [row] = await sql(
      em,
      `insert into search_messages (message_id, conversation) values (?, ?)
       on conflict (message_id) do update set conversation = excluded.conversation returning id`,
      [message.id, conversation],
    );
    await sql(em, 'insert or replace into search_messages_fts (rowid, segmented, scope) values (?, ?, ?)', [
      row!.id,
      segment(message.body),
      messageScope(message.conversationId, message.internal),
    ]);
  }

  async indexSubject(em: EntityManager, conversation: { id: string; subject: string }): Promise<void> {
    const rowid = await conversationKey(em, conversation.id);
    await sql(em, 'insert or replace into search_subjects_fts (rowid, segmented) values (?, ?)', [rowid, segment(conversation.subject)]);
  }

  async matchConversations(em: EntityManager, query: string, options: { includeInternal: boolean; limit: number }): Promise<string[]> {
    const terms = queryTerms(query);
    const { limit } = options;
    if (terms.length === 0 || limit <= 0) return [];
    const messageLimit = limit * MESSAGES_PER_CONVERSATION;
    const rows = await sql(em, CONVERSATION_HITS, [
      ...ranked(matchExpression(terms, options), Math.max(this.rankWindow, messageLimit), messageLimit),
      ...ranked(matchExpression(terms, { includeInternal: true }), Math.max(this.rankWindow, limit), limit),
      limit,
    ]);
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
    // The window always covers the page asked for.
    const window = Math.max(this.rankWindow, limit + offset);
    let rows: Row[];
    if (!conversationIds || conversationIds.length <= MAX_CONVERSATION_TOKENS) {
      rows = await sql(em, MESSAGE_HITS, ranked(matchExpression(terms, options), window, limit, offset));
    } else {
      const match = matchExpression(terms, { includeInternal: options.includeInternal });
      const inSet = (size: number) =>
        sql(em, MESSAGE_HITS_IN, [...ranked(match, size, -1), JSON.stringify(conversationIds), limit, offset]);
      // The set's hits may all be older than the window of the whole table's matches: then rank them all.
      rows = await inSet(window);
      if (rows.length < limit) rows = await inSet(Number.MAX_SAFE_INTEGER);
    }
    return rows.map((row) => ({
      messageId: String(row.message_id),
      conversationId: String(row.conversation_id),
      snippet: highlight(String(row.body), terms),
      score: -Number(row.score),
    }));
  }
}

/** Filter tokens of a message: its conversation, and whether it is an internal note. */
function messageScope(conversationId: string, internal: boolean): string {
  return internal ? `${conversationToken(conversationId)} internal` : conversationToken(conversationId);
}

/** The conversation's integer key (its subject's FTS rowid), created on first use; the no-op update makes RETURNING answer. */
async function conversationKey(em: EntityManager, conversationId: string): Promise<number> {
  const [row] = await sql(
    em,
    `insert into search_conversations (conversation_id) values (?)
     on conflict (conversation_id) do update set conversation_id = excluded.conversation_id returning id`,
    [conversationId],
  );
  return Number(row!.id);
}

/**
 * Rebuilds the whole index from `messages` and `conversations`, `batchSize` rows at a time (keyset pagination on
 * the time-ordered ids, so FTS rowids follow message age). Existing rowids are kept. For the demo seeder, restores
 * and a change of the segmenter; searches see a partial index while it runs.
 */
export async function reindexAll(em: EntityManager, batchSize = 1000): Promise<{ messages: number; subjects: number }> {
  // Keys of texts deleted while foreign keys were off would linger: drop them first.
  await sql(em, 'delete from search_messages where message_id not in (select id from messages)', [], 'run');
  await sql(em, 'delete from search_conversations where conversation_id not in (select id from conversations)', [], 'run');
  await sql(em, `insert into search_messages_fts (search_messages_fts) values ('delete-all')`);
  await sql(em, `insert into search_subjects_fts (search_subjects_fts) values ('delete-all')`);
  // Conversations first: messages take their key.
  const subjects = await rebuild(em, batchSize, {
    select: 'select id, subject from conversations where id > ? order by id limit ?',
    row: (row) => [row.id, segment(String(row.subject))],
    keys: 'insert into search_conversations (conversation_id) select value ->> 0 from json_each(?) where true on conflict do nothing',
    fts: `insert into search_subjects_fts (rowid, segmented)
          select c.id, d.value ->> 1 from json_each(?) d join search_conversations c on c.conversation_id = d.value ->> 0`,
  });
  const messages = await rebuild(em, batchSize, {
    select: 'select id, conversation_id, body, internal from messages where id > ? order by id limit ?',
    row: (row) => [
      row.id,
      segment(String(row.body)),
      messageScope(String(row.conversation_id), Boolean(row.internal)),
      row.conversation_id,
    ],
    keys: `insert into search_messages (message_id, conversation)
           select d.value ->> 0, c.id from json_each(?) d join search_conversations c on c.conversation_id = d.value ->> 3
           where true on conflict (message_id) do update set conversation = excluded.conversation`,
    fts: `insert into search_messages_fts (rowid, segmented, scope)
          select s.id, d.value ->> 1, d.value ->> 2 from json_each(?) d join search_messages s on s.message_id = d.value ->> 0`,
  });
  // One b-tree per index instead of many small segments: fewer lookups per query.
  await sql(em, `insert into search_messages_fts (search_messages_fts) values ('optimize')`);
  await sql(em, `insert into search_subjects_fts (search_subjects_fts) values ('optimize')`);
  return { messages, subjects };
}

/** Keyset-paginated batches: each becomes one JSON parameter for the key and the FTS inserts. */
async function rebuild(
  em: EntityManager,
  batchSize: number,
  statements: { select: string; row: (row: Row) => unknown[]; keys: string; fts: string },
): Promise<number> {
  let count = 0;
  for (let after = ''; ; ) {
    const rows = await sql(em, statements.select, [after, batchSize]);
    if (rows.length === 0) return count;
    const batch = JSON.stringify(rows.map(statements.row));
    await sql(em, statements.keys, [batch], 'run');
    await sql(em, statements.fts, [batch], 'run');
    count += rows.length;
    after = String(rows.at(-1)!.id);
    // A turn of the event loop per batch: other requests get in, and better-sqlite3 frees the batch's prepared
    // statements (MikroORM inlines the JSON into them) only then; without it memory grew ~1 MB per batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
