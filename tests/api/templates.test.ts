import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { type BuiltUser, buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldsOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const LIST = `query($query: String, $intent: String, $locale: String, $first: Int, $after: String) {
  replyTemplates(query: $query, intent: $intent, locale: $locale, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title shortcut intent locale usageCount createdBy { displayName } } }
  }
}`;
const CREATE =
  'mutation($input: CreateReplyTemplateInput!) { createReplyTemplate(input: $input) { id title body shortcut intent locale } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateReplyTemplateInput!) { updateReplyTemplate(id: $id, input: $input) { id title body shortcut intent locale } }';
const DELETE = 'mutation($id: ID!) { deleteReplyTemplate(id: $id) }';
const RENDER = 'query($t: ID!, $c: ID!) { renderReplyTemplate(templateId: $t, conversationId: $c) }';
const START = 'mutation($input: StartConversationInput!) { startConversation(input: $input) { id number } }';
const MISSING = '00000000-0000-0000-0000-000000000000';

interface TemplateRow {
  id: string;
  title: string;
  body?: string;
  shortcut: string | null;
  intent: string | null;
  locale: string;
  usageCount?: number;
  createdBy?: { displayName: string } | null;
}
interface ListData {
  replyTemplates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: TemplateRow }> };
}

let counter = 0;
/** A valid template input with a shortcut no other test uses. */
const input = (overrides: Record<string, unknown> = {}) => ({
  title: `Template ${++counter}`,
  body: 'Hello {{customer.name}}',
  shortcut: `t-${counter}-${Math.random().toString(36).slice(2, 8)}`,
  locale: 'en',
  ...overrides,
});

describe('reply templates', () => {
  let server: TestServer;
  let agentUser: BuiltUser;
  let agent: string;
  let admin: string;
  let customerUser: BuiltUser;
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    [agentUser, customerUser] = await Promise.all([
      buildAgent(server, { displayName: 'Tess Template' }),
      buildCustomer(server, { displayName: 'Cora 客户' }),
    ]);
    [agent, admin, customer] = await Promise.all([agentUser.login(), buildAdmin(server).then((u) => u.login()), customerUser.login()]);
  });
  afterAll(() => server.close());

  const list = async (variables: Record<string, unknown>, token = agent) => {
    const result = await server.gql<ListData>(LIST, variables, { token });
    expect(result.errors).toBeUndefined();
    return (result.data as ListData).replyTemplates;
  };
  const create = async (overrides: Record<string, unknown> = {}, token = agent) => {
    const result = await server.gql<{ createReplyTemplate: TemplateRow }>(CREATE, { input: input(overrides) }, { token });
    expect(result.errors).toBeUndefined();
    return result.data?.createReplyTemplate as TemplateRow;
  };
  const startConversation = async (token: string) => {
    const result = await server.gql<{ startConversation: { id: string; number: number } }>(
      START,
      { input: { subject: 'Help', body: 'I need help', clientMessageId: `tpl-${Math.random()}` } },
      { token },
    );
    return result.data?.startConversation as { id: string; number: number };
  };

  it('are used and managed by the desk, never by customers or anonymous callers', async () => {
    for (const token of [agent, admin]) expect((await list({}, token)).totalCount).toBeGreaterThanOrEqual(8);
    const template = await create({}, admin);
    for (const [token, code] of [
      [customer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codesOf(await server.gql(LIST, {}, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(CREATE, { input: input() }, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(UPDATE, { id: template.id, input: { title: 'x' } }, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(DELETE, { id: template.id }, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(RENDER, { t: template.id, c: MISSING }, { token }))).toEqual([code]);
    }
  });

  it('come in both languages with shortcuts, and say who wrote them', async () => {
    const en = await list({ locale: 'en', first: 100 });
    const zh = await list({ locale: 'zh-CN', first: 100 });
    expect(en.totalCount).toBeGreaterThanOrEqual(3);
    expect(zh.totalCount).toBeGreaterThanOrEqual(3);
    for (const { node } of [...en.edges, ...zh.edges]) expect(node.shortcut).toMatch(/^[a-z0-9-]+$/);
    expect(zh.edges.every(({ node }) => node.locale === 'zh-CN')).toBe(true);
    const mine = await create({ title: 'Signed by me' });
    const found = await list({ query: 'signed by me' });
    expect(found.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: mine.id, createdBy: { displayName: 'Tess Template' } })]);
  });

  it('find titles and shortcuts by a part, ignoring case; a leading / finds shortcut prefixes', async () => {
    const byTitle = await list({ query: 'REFUND' });
    expect(byTitle.edges.map((e) => e.node.shortcut)).toContain('refund');
    const byPrefix = await list({ query: '/ref' });
    expect(byPrefix.edges.map((e) => e.node.shortcut)).toEqual(['refund']);
    // "/" matches shortcuts from their start only: "fund" is inside "refund", not at its start.
    expect((await list({ query: '/fund' })).totalCount).toBe(0);
    expect((await list({ query: '/%' })).totalCount).toBe(0);
    expect((await list({ query: '发票' })).edges.map((e) => e.node.shortcut)).toEqual(['fapiao']);
    expect((await list({ intent: 'shipping', locale: 'zh-CN' })).edges.map((e) => e.node.shortcut)).toEqual(['wuliu']);
  });

  it('list the most used first, then by title, in pages', async () => {
    const tag = `order-${Date.now()}`;
    const b = await create({ title: `${tag} b`, intent: 'other' });
    await create({ title: `${tag} a`, intent: 'other' });
    const used = await create({ title: `${tag} c`, intent: 'other' });
    const conversation = await startConversation(customer);
    for (const [index, id] of [used.id, used.id, b.id].entries()) {
      const sent = await server.gql(
        'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
        { input: { conversationId: conversation.id, body: `Reply ${index}`, clientMessageId: `${tag}-${index}`, templateId: id } },
        { token: agent },
      );
      expect(sent.errors).toBeUndefined();
    }
    const first = await list({ query: tag, first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => [e.node.title, e.node.usageCount])).toEqual([
      [`${tag} c`, 2],
      [`${tag} b`, 1],
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ query: tag, first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.title)).toEqual([`${tag} a`]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuse invalid fields, naming them', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ shortcut: 'Refund' }, 'shortcut'],
      [{ shortcut: 'has space' }, 'shortcut'],
      [{ shortcut: 's'.repeat(33) }, 'shortcut'],
      [{ locale: 'fr' }, 'locale'],
      [{ intent: 'weather' }, 'intent'],
      [{ body: 'x'.repeat(5001) }, 'body'],
      [{ title: '   ' }, 'title'],
      [{ body: ' \n ' }, 'body'],
    ];
    for (const [overrides, field] of cases) {
      const result = await server.gql(CREATE, { input: input(overrides) }, { token: agent });
      expect(codesOf(result), field).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual([field]);
    }
    expect(codesOf(await server.gql(LIST, { locale: 'fr' }, { token: agent }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keep shortcuts unique', async () => {
    const taken = await create();
    const duplicate = await server.gql(CREATE, { input: input({ shortcut: taken.shortcut }) }, { token: admin });
    expect(codesOf(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors?.[0].extensions?.field).toBe('shortcut');
    const other = await create();
    const moved = await server.gql(UPDATE, { id: other.id, input: { shortcut: taken.shortcut } }, { token: agent });
    expect(codesOf(moved)).toEqual(['CONFLICT']);
    expect(moved.errors?.[0].extensions?.field).toBe('shortcut');
  });

  it('change what is given, clear the intent with null, and audit create, update and delete', async () => {
    const template = await create({ intent: 'billing', body: 'Original body' });
    const updated = await server.gql<{ updateReplyTemplate: TemplateRow }>(
      UPDATE,
      { id: template.id, input: { title: 'Renamed', intent: null, locale: 'zh-CN' } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateReplyTemplate).toMatchObject({
      title: 'Renamed',
      intent: null,
      locale: 'zh-CN',
      body: 'Original body',
      shortcut: template.shortcut,
    });
    const deleted = await server.gql<{ deleteReplyTemplate: string }>(DELETE, { id: template.id }, { token: agent });
    expect(deleted.data?.deleteReplyTemplate).toBe(template.id);
    expect(codesOf(await server.gql(DELETE, { id: template.id }, { token: agent }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await server.gql(UPDATE, { id: MISSING, input: { title: 'x' } }, { token: agent }))).toEqual(['NOT_FOUND']);

    const audit = await server.orm.em.fork().find(AuditLog, { targetId: template.id }, { orderBy: { seq: 'asc' } });
    expect(audit.map((row) => row.action)).toEqual(['template.create', 'template.update', 'template.delete']);
    expect(audit[1].detail).toMatchObject({ changed: ['title', 'locale', 'intent'] });
  });

  it('render with this customer, this agent and this conversation; unknown variables stay as typed', async () => {
    const conversation = await startConversation(customer);
    const template = await create({ body: 'Hi {{customer.name}}, {{ agent.name }} here about #{{conversation.number}}. {{order.id}}' });
    const rendered = await server.gql<{ renderReplyTemplate: string }>(RENDER, { t: template.id, c: conversation.id }, { token: agent });
    expect(rendered.errors).toBeUndefined();
    expect(rendered.data?.renderReplyTemplate).toBe(`Hi Cora 客户, Tess Template here about #${conversation.number}. {{order.id}}`);

    expect(codesOf(await server.gql(RENDER, { t: template.id, c: MISSING }, { token: agent }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await server.gql(RENDER, { t: MISSING, c: conversation.id }, { token: agent }))).toEqual(['NOT_FOUND']);
    // Customers cannot use templates at all, not even on their own conversation.
    expect(codesOf(await server.gql(RENDER, { t: template.id, c: conversation.id }, { token: customer }))).toEqual(['FORBIDDEN']);
  });
});
