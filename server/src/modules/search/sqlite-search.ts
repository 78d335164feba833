import type { EntityManager } from '@mikro-orm/core';
import { highlight, type SearchHitRow, type SearchIndex } from './search-index.js';
import { queryTerms, segment } from './segmenter.js';

type Row = Record<string, unknown>;

/** Raw SQL on the manager's connection, inside its transaction when it has one (a plain `execute` would not be). */
function sql<T = Row[]>(em: EntityManager, query: string, params: unknown[] = [], method: 'all' | 'get' | 'run' = 'all'): Promise<T> {
  return em.getConnection().execute(query, params, method, em.getTransactionContext());
}

/** Every term as an FTS5 string (so no input is FTS5 syntax), all required, searched in the words column only. */
function matchExpression(terms: string[], includeInternal: boolean): string {
  const words = `segmented : (${terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' AND ')})`;
  return includeInternal ? words : `(${words}) NOT (scope : "internal")`;
}

/**
 * Top message hits: FTS5 ranks and limits on its own first (it stops early only when nothing else sits in the same
 * WHERE), and the joins run on those few rows after.
 */
const MESSAGE_HITS = `
  select m.id as message_id, m.conversation_id, m.body, h.rank
  from (select rowid, rank from search_messages_fts where search_messages_fts match ? order by rank limit ? offset ?) h
  join search_messages s on s.id = h.rowid
  join messages m on m.id = s.message_id
  order by h.rank`;

/**
 * The same for a set of conversations, from their side: each of their messages is one rowid lookup in FTS5, which
 * beats ranking every match in the table when the set is small (a customer's own conversations).
 */
const MESSAGE_HITS_IN = `
  select m.id as message_id, m.conversation_id, m.body, f.rank
  from messages m
  cross join search_messages s on s.message_id = m.id
  cross join search_messages_fts f on f.rowid = s.id
  where m.conversation_id in (select value from json_each(?)) and search_messages_fts match ?
  order by f.rank limit ? offset ?`;

/**
 * Conversations whose subject or messages match. A subject names the whole conversation, so subject hits come
 * first; bm25 scores from two tables are not comparable anyway (lower is better within one).
 */
const CONVERSATION_HITS = `
  select conversation_id from (
    select m.conversation_id, null as subject_rank, h.rank as message_rank
    from (select rowid, rank from search_messages_fts where search_messages_fts match ? order by rank limit ?) h
    join search_messages s on s.id = h.rowid
    join messages m on m.id = s.message_id
    union all
    select s.conversation_id, h.rank, null
    from (select rowid, rank from search_subjects_fts where search_subjects_fts match ? order by rank limit ?) h
    join search_subjects s on s.id = h.rowid
  ) group by conversation_id
  order by min(subject_rank) is null, min(subject_rank), min(message_rank) limit ?`;

/** Message hits looked at per conversation wanted: a conversation can match in many of its messages. */
const MESSAGES_PER_CONVERSATION = 10;

export class SqliteSearchIndex implements SearchIndex {
  async indexMessage(em: EntityManager, message: { id: string; conversationId: string; body: string; internal: boolean }): Promise<void> {
    const rowid = await messageRowid(em, message.id);
    await sql(em, 'insert or replace into search_messages_fts (rowid, segmented, scope) values (?, ?, ?)', [
      rowid,
      segment(message.body),
      message.internal ? 'internal' : '',
    ]);
  }

  async indexSubject(em: EntityManager, conversation: { id: string; subject: string }): Promise<void> {
    const [row] = await sql(
      em,
      `insert into search_subjects (conversation_id) values (?)
       on conflict (conversation_id) do update set conversation_id = excluded.conversation_id returning id`,
      [conversation.id],
    );
    await sql(em, 'insert or replace into search_subjects_fts (rowid, segmented) values (?, ?)', [row!.id, segment(conversation.subject)]);
  }

  async matchConversations(em: EntityManager, query: string, options: { includeInternal: boolean; limit: number }): Promise<string[]> {
    const terms = queryTerms(query);
    if (terms.length === 0 || options.limit <= 0) return [];
    const rows = await sql(em, CONVERSATION_HITS, [
      matchExpression(terms, options.includeInternal),
      options.limit * MESSAGES_PER_CONVERSATION,
      matchExpression(terms, true),
      options.limit,
      options.limit,
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
    const match = matchExpression(terms, options.includeInternal);
    const rows = conversationIds
      ? await sql(em, MESSAGE_HITS_IN, [JSON.stringify(conversationIds), match, limit, offset])
      : await sql(em, MESSAGE_HITS, [match, limit, offset]);
    return rows.map((row) => ({
      messageId: String(row.message_id),
      conversationId: String(row.conversation_id),
      snippet: highlight(String(row.body), terms),
      score: -Number(row.rank),
    }));
  }
}

/** The message's FTS rowid, created on first use; the upsert's no-op update makes RETURNING answer both ways. */
async function messageRowid(em: EntityManager, messageId: string): Promise<number> {
  const [row] = await sql(
    em,
    `insert into search_messages (message_id) values (?)
     on conflict (message_id) do update set message_id = excluded.message_id returning id`,
    [messageId],
  );
  return Number(row!.id);
}

/**
 * Rebuilds the whole index from `messages` and `conversations`, `batchSize` rows at a time (keyset pagination on
 * the time-ordered ids, so FTS rowids follow message age). Existing rowids are kept. For the demo seeder, restores
 * and a change of the segmenter; searches see a partial index while it runs.
 */
export async function reindexAll(em: EntityManager, batchSize = 1000): Promise<{ messages: number; subjects: number }> {
  // Rowids of texts deleted while foreign keys were off would linger: drop them first.
  await sql(em, 'delete from search_messages where message_id not in (select id from messages)', [], 'run');
  await sql(em, 'delete from search_subjects where conversation_id not in (select id from conversations)', [], 'run');
  await sql(em, `insert into search_messages_fts (search_messages_fts) values ('delete-all')`);
  await sql(em, `insert into search_subjects_fts (search_subjects_fts) values ('delete-all')`);
  const messages = await rebuild(em, batchSize, {
    select: 'select id, body as text, internal from messages where id > ? order by id limit ?',
    map: 'insert into search_messages (message_id) select value ->> 0 from json_each(?) where true on conflict do nothing',
    fts: `insert into search_messages_fts (rowid, segmented, scope)
          select s.id, d.value ->> 1, d.value ->> 2 from json_each(?) d join search_messages s on s.message_id = d.value ->> 0`,
  });
  const subjects = await rebuild(em, batchSize, {
    select: 'select id, subject as text, 0 as internal from conversations where id > ? order by id limit ?',
    map: 'insert into search_subjects (conversation_id) select value ->> 0 from json_each(?) where true on conflict do nothing',
    fts: `insert into search_subjects_fts (rowid, segmented)
          select s.id, d.value ->> 1 from json_each(?) d join search_subjects s on s.conversation_id = d.value ->> 0`,
  });
  // One b-tree per index instead of many small segments: fewer lookups per query.
  await sql(em, `insert into search_messages_fts (search_messages_fts) values ('optimize')`);
  await sql(em, `insert into search_subjects_fts (search_subjects_fts) values ('optimize')`);
  return { messages, subjects };
}

async function rebuild(em: EntityManager, batchSize: number, statements: { select: string; map: string; fts: string }): Promise<number> {
  let count = 0;
  for (let after = ''; ; ) {
    const rows = await sql(em, statements.select, [after, batchSize]);
    if (rows.length === 0) return count;
    // One JSON parameter per batch: [id, segmented, scope] triples.
    const batch = JSON.stringify(rows.map((row) => [row.id, segment(String(row.text)), row.internal ? 'internal' : '']));
    await sql(em, statements.map, [batch], 'run');
    await sql(em, statements.fts, [batch], 'run');
    count += rows.length;
    after = String(rows.at(-1)!.id);
  }
}
