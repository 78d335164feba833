import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { migrate, type Orm, openOrm } from '../../db/orm.js';
import { createScratchDatabase, dropDatabase } from '../../db/pg-admin.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Message, MessageKind } from '../messages/message.entity.js';
import { Role } from '../roles/role.entity.js';
import { User } from '../users/user.entity.js';
import { createSearchIndex } from './create-search-index.js';
import { highlight, type SearchIndex } from './search-index.js';
import { queryTerms, segment } from './segmenter.js';

/**
 * One suite for both implementations: SQLite (FTS5) by default, PostgreSQL (tsvector + pg_trgm) on a scratch
 * database when TEST_DATABASE_URL is set (`npm run test:pg`).
 */
const pgAdminUrl = process.env.TEST_DATABASE_URL || undefined;
const kind = pgAdminUrl ? 'postgresql' : 'sqlite';
const indexWithWindow = (rankWindow?: number) => createSearchIndex(kind, rankWindow);
const search = indexWithWindow();
let scratch: { url: string; name: string } | undefined;
const everything = { includeInternal: true, limit: 20, offset: 0 };
let dataDir: string;
let orm: Orm;
let customer: User;
let number = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ics-search-'));
  scratch = pgAdminUrl ? await createScratchDatabase(pgAdminUrl) : undefined;
  orm = await openOrm(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      JWT_SECRET: 'search-test-secret-of-32-characters!',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    }),
  );
  await migrate(orm);
  const em = orm.em.fork();
  const role = em.create(Role, { key: 'customer', name: 'Customer' });
  customer = em.create(User, { email: 'searcher@example.com', displayName: 'Searcher', passwordHash: 'x', role });
  await em.flush();
});

afterAll(async () => {
  await orm?.close();
  if (pgAdminUrl && scratch) await dropDatabase(pgAdminUrl, scratch.name);
  rmSync(dataDir, { recursive: true, force: true });
});

async function conversation(subject = 'Question'): Promise<Conversation> {
  const em = orm.em.fork();
  const created = em.create(Conversation, { number: ++number, subject, customer: em.getReference(User, customer.id) });
  await em.flush();
  await search.indexSubject(em, created);
  return created;
}

/** Stores a message and indexes it in the same transaction, the way the message service should. */
async function message(conversationId: string, body: string, internal = false): Promise<Message> {
  return orm.em.fork().transactional(async (em) => {
    const created = em.create(Message, {
      conversation: em.getReference(Conversation, conversationId),
      kind: internal ? MessageKind.AGENT : MessageKind.CUSTOMER,
      body,
      internal,
    });
    await em.flush();
    await search.indexMessage(em, { id: created.id, conversationId, body, internal });
    return created;
  });
}

const find = (query: string, options: Partial<Parameters<SearchIndex['searchMessages']>[2]> = {}) =>
  search.searchMessages(orm.em.fork(), query, { ...everything, ...options });

/** Index rows of a message (or, with `search_conversations`, of a conversation), read inside em's transaction. */
const indexRows = async (em: EntityManager, id: string, table = 'search_messages') => {
  const column = table === 'search_messages' ? 'message_id' : 'conversation_id';
  const sql = `select count(*) as n from ${table} where ${column} = ?`;
  return Number((await em.getConnection().execute(sql, [id], 'all', em.getTransactionContext()))[0].n);
};

describe('segment', () => {
  it('cuts Chinese words out of sentences, and folds case and full-width forms', () => {
    const sentences: Record<string, string> = {
      快递: '我的快递还没到',
      退款: '我想申请退款',
      发票: '请帮我开一张发票',
      订单: '订单号是多少',
      密码: '我忘记密码了怎么办',
      物流: '物流信息一直没有更新',
      账号: '我的账号被锁定了',
    };
    for (const [word, sentence] of Object.entries(sentences)) expect(segment(sentence).split(' ')).toContain(word);
    expect(segment('Ｒｅｆｕｎｄ for ORDER #123, 谢谢!')).toBe('refund for order 123 谢谢');
    expect(queryTerms('  "*:()-  ')).toEqual([]);
  });
});

describe(`SearchIndex (${kind})`, () => {
  it('finds an English word, whatever its case or width, and highlights it', async () => {
    const c = await conversation();
    const m = await message(c.id, 'Where is my Parcel? It was due on Monday.');
    for (const query of ['parcel', 'PARCEL', 'ｐａｒｃｅｌ']) {
      const hits = await find(query);
      expect(hits.map((hit) => hit.messageId)).toEqual([m.id]);
      expect(hits[0]!.snippet).toBe('Where is my <mark>Parcel</mark>? It was due on Monday.');
      expect(hits[0]!.conversationId).toBe(c.id);
    }
  });

  it('finds a two-character Chinese word inside a sentence', async () => {
    const c = await conversation();
    const parcel = await message(c.id, '我的快递还没到');
    const refund = await message(c.id, '我想申请退款，订单号是 A123');
    expect((await find('快递')).map((hit) => hit.messageId)).toEqual([parcel.id]);
    expect((await find('快递'))[0]!.snippet).toBe('我的<mark>快递</mark>还没到');
    expect((await find('退款')).map((hit) => hit.messageId)).toEqual([refund.id]);
    expect((await find('订单 a123'))[0]!.snippet).toBe('我想申请退款，<mark>订单</mark>号是 <mark>A123</mark>');
  });

  it('ranks a message with the word twice, or in a shorter text, above a longer one', async () => {
    const c = await conversation();
    const long = await message(c.id, 'Please send me the voucher for the order I placed last week, with the blue jacket in it.');
    const twice = await message(c.id, 'The voucher code failed, so I tried the voucher again and the page said it was expired too.');
    const short = await message(c.id, 'Voucher please');
    const hits = await find('voucher');
    expect(hits.map((hit) => hit.messageId)).toEqual([short.id, twice.id, long.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('escapes HTML in snippets and cuts long texts to a window around the first match', async () => {
    const c = await conversation();
    await message(c.id, '<script>alert("hijack")</script> & more');
    expect((await find('hijack'))[0]!.snippet).toBe('&lt;script&gt;alert(&quot;<mark>hijack</mark>&quot;)&lt;/script&gt; &amp; more');
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The courier lost it.\n${'Consectetur adipiscing elit. '.repeat(10)}`;
    const snippet = highlight(long, ['courier']);
    expect(snippet).toMatch(/^….* The <mark>courier<\/mark> lost it\. Consectetur.*…$/);
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(82);
    // Accents and compatibility forms fold like the index folds them, and marks land on the original characters.
    expect(highlight('Ein schönes Cafe\u0301 — ﬁnal ﬁle', ['cafe', 'file'])).toBe(
      'Ein schönes <mark>Cafe\u0301</mark> — ﬁnal <mark>ﬁle</mark>',
    );
  });

  it('leaves internal notes out unless asked for them', async () => {
    const c = await conversation();
    await message(c.id, 'Customer filed a chargeback with the bank', true);
    expect(await find('chargeback', { includeInternal: false })).toEqual([]);
    expect(await find('chargeback', { includeInternal: true })).toHaveLength(1);
    expect(await search.matchConversations(orm.em.fork(), 'chargeback', { includeInternal: false, limit: 10 })).toEqual([]);
    expect(await search.matchConversations(orm.em.fork(), 'chargeback', { includeInternal: true, limit: 10 })).toEqual([c.id]);
    // The word that marks notes is not a searchable word of every note.
    expect(await find('internal')).toEqual([]);
  });

  it('treats FTS5 syntax in a query as plain words, and a query without words as no hits', async () => {
    const c = await conversation();
    await message(c.id, 'NEAR the warehouse: a b c');
    for (const query of [
      '"',
      '*',
      'NEAR(',
      '-',
      ':',
      '"a" OR "b"',
      'warehouse*',
      'NEAR(a b)',
      '^near',
      'segmented:a',
      '{scope}: x',
      '',
      '   ',
      '！？。…',
    ]) {
      await expect(find(query)).resolves.toBeDefined();
      await expect(search.matchConversations(orm.em.fork(), query, { includeInternal: false, limit: 5 })).resolves.toBeDefined();
    }
    expect(await find('"')).toEqual([]);
    expect(await find('！？。…')).toEqual([]);
    expect(await find('NEAR(warehouse')).toHaveLength(1);
  });

  it('indexes inside the caller transaction: a rollback leaves no index row', async () => {
    const c = await conversation();
    let id = '';
    const failed = orm.em.fork().transactional(async (em) => {
      const created = em.create(Message, {
        conversation: em.getReference(Conversation, c.id),
        kind: MessageKind.CUSTOMER,
        body: 'zeppelin',
      });
      id = created.id;
      await em.flush();
      await search.indexMessage(em, { id, conversationId: c.id, body: created.body, internal: false });
      // Visible inside the transaction: the index write went through the transaction's connection.
      expect(await indexRows(em, id)).toBe(1);
      expect(await search.searchMessages(em, 'zeppelin', everything)).toHaveLength(1);
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    expect(await indexRows(orm.em.fork(), id)).toBe(0);
    expect(await find('zeppelin')).toEqual([]);
  });

  it('restricts hits to the given conversations', async () => {
    const a = await conversation();
    const b = await conversation();
    const inA = await message(a.id, 'My invoice is wrong');
    const inB = await message(b.id, 'Invoice missing');
    expect((await find('invoice')).map((hit) => hit.messageId).sort()).toEqual([inA.id, inB.id].sort());
    expect((await find('invoice', { conversationIds: [a.id] })).map((hit) => hit.messageId)).toEqual([inA.id]);
    expect((await find('invoice', { conversationIds: [b.id, 'no-such-conversation'] })).map((hit) => hit.messageId)).toEqual([inB.id]);
    expect(await find('invoice', { conversationIds: [] })).toEqual([]);
    // Past the size an FTS5 filter handles well, the set is joined on the ranked matches instead.
    const many = (id: string) => [...Array.from({ length: 600 }, (_, i) => `other-${i}`), id];
    expect((await find('invoice', { conversationIds: many(a.id) })).map((hit) => hit.messageId)).toEqual([inA.id]);
    expect((await find('invoice', { conversationIds: many(b.id), includeInternal: false })).map((hit) => hit.messageId)).toEqual([inB.id]);
  });

  it('ranks a very common word among its newest matches only', async () => {
    const c = await conversation();
    const oldest = await message(c.id, 'Kayak');
    await message(c.id, 'My kayak paddle broke during the trip');
    const newer = await message(c.id, 'The kayak seat is loose and the kayak leaks');
    const newest = await message(c.id, 'kayak kayak');
    const windowed = indexWithWindow(2);
    const hits = await windowed.searchMessages(orm.em.fork(), 'kayak', { ...everything, limit: 2 });
    expect(hits.map((hit) => hit.messageId).sort()).toEqual([newer.id, newest.id].sort());
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect((await find('kayak')).map((hit) => hit.messageId)).toContain(oldest.id);
    // A large conversation set whose hits are all older than the window still gets them, ranked in full.
    const later = await conversation();
    await message(later.id, 'kayak');
    const set = [...Array.from({ length: 600 }, (_, i) => `other-${i}`), c.id];
    const inSet = await indexWithWindow(1).searchMessages(orm.em.fork(), 'kayak', { ...everything, limit: 1, conversationIds: set });
    expect(inSet.map((hit) => hit.conversationId)).toEqual([c.id]);
  });

  it.skipIf(kind !== 'postgresql')('finds a substring inside a word through pg_trgm, ranked below whole words', async () => {
    const c = await conversation();
    const inside = await message(c.id, 'Please unsubscribe me from the newsletter');
    const whole = await message(c.id, 'How do I subscribe?');
    const hits = await find('subscribe');
    expect(hits.map((hit) => hit.messageId)).toEqual([whole.id, inside.id]);
    // Page by page across the boundary: whole words first, then the substrings inside words.
    expect((await find('subscribe', { limit: 1 })).map((hit) => hit.messageId)).toEqual([whole.id]);
    expect((await find('subscribe', { limit: 1, offset: 1 })).map((hit) => hit.messageId)).toEqual([inside.id]);
    expect(await find('subscribe', { limit: 1, offset: 2 })).toEqual([]);
    expect((await find('newslet')).map((hit) => hit.messageId)).toEqual([inside.id]);
    // Two-character terms cannot use trigrams: whole words only.
    expect(await find('ws')).toEqual([]);
  });

  it('pages with limit and offset', async () => {
    const c = await conversation();
    for (let i = 0; i < 5; i++) await message(c.id, `pagination ${'x '.repeat(i)}`);
    const all = await find('pagination');
    expect(all).toHaveLength(5);
    expect(await find('pagination', { limit: 2, offset: 2 })).toEqual(all.slice(2, 4));
    expect(await find('pagination', { limit: 2, offset: 2, conversationIds: [c.id] })).toEqual(all.slice(2, 4));
    const many = [...Array.from({ length: 600 }, (_, i) => `other-${i}`), c.id];
    expect(await find('pagination', { limit: 2, offset: 2, conversationIds: many })).toEqual(all.slice(2, 4));
  });

  it('matches conversations by subject or messages, best first', async () => {
    const bySubject = await conversation('保修申请');
    const byMessage = await conversation('Other');
    await message(byMessage.id, '请问保修什么时候到期？我已经等了很久了，之前申请过一次');
    expect(await search.matchConversations(orm.em.fork(), '保修', { includeInternal: false, limit: 10 })).toEqual([
      bySubject.id,
      byMessage.id,
    ]);
    expect(await search.matchConversations(orm.em.fork(), '保修', { includeInternal: false, limit: 1 })).toEqual([bySubject.id]);
  });

  it('re-indexes a message in place, and drops index rows with their conversation', async () => {
    const c = await conversation('Gazebo');
    const m = await message(c.id, 'The gazebo arrived broken');
    await search.indexMessage(orm.em.fork(), { id: m.id, conversationId: c.id, body: 'The pergola arrived broken', internal: false });
    expect(await find('gazebo')).toEqual([]);
    expect(await find('pergola')).toHaveLength(1);
    const em = orm.em.fork();
    await em.nativeDelete(Conversation, { id: c.id });
    expect(await indexRows(em, m.id)).toBe(0);
    expect(await indexRows(em, c.id, 'search_conversations')).toBe(0);
    expect(await find('pergola')).toEqual([]);
    expect(await search.matchConversations(em, 'gazebo', { includeInternal: true, limit: 5 })).toEqual([]);
  });

  it('rebuilds the whole index from the stored texts', async () => {
    const c = await conversation('Harmonica');
    const em = orm.em.fork();
    // Written without indexing, as a restore or an older version would leave it.
    const m = em.create(Message, {
      conversation: em.getReference(Conversation, c.id),
      kind: MessageKind.CUSTOMER,
      body: 'Xylophone 木琴坏了',
    });
    // Quotes, backslashes, braces and commas survive the batched rebuild (PostgreSQL sends arrays).
    const tricky = em.create(Message, {
      conversation: em.getReference(Conversation, c.id),
      kind: MessageKind.CUSTOMER,
      body: 'Marimba "broke", see {C:\\temp\\a,b} NULL',
    });
    await em.flush();
    expect(await find('xylophone')).toEqual([]);
    const hitsOf = async (query: string) => (await find(query)).map(({ messageId, snippet }) => ({ messageId, snippet }));
    const before = await hitsOf('voucher');
    const counts = await search.reindexAll(orm.em.fork(), 3);
    expect(counts.messages).toBeGreaterThan(10);
    expect((await find('xylophone')).map((hit) => hit.messageId)).toEqual([m.id]);
    expect(await find('marimba')).toEqual([
      expect.objectContaining({ messageId: tricky.id, snippet: '<mark>Marimba</mark> &quot;broke&quot;, see {C:\\temp\\a,b} NULL' }),
    ]);
    expect(await hitsOf('voucher')).toEqual(before);
    expect(await search.matchConversations(orm.em.fork(), 'harmonica', { includeInternal: false, limit: 5 })).toEqual([c.id]);
    expect(await find('chargeback', { includeInternal: false })).toEqual([]);
  });
});
