import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldsOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const TAGS = 'query($q: String) { tags(query: $q) { id name colour source } }';
const CREATE = 'mutation($input: CreateTagInput!) { createTag(input: $input) { id name colour source } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateTagInput!) { updateTag(id: $id, input: $input) { id name colour } }';
const DELETE = 'mutation($id: ID!) { deleteTag(id: $id) }';
const MISSING = '00000000-0000-0000-0000-000000000000';

interface TagRow {
  id: string;
  name: string;
  colour: string;
  source: string;
}

describe('tags', () => {
  let server: TestServer;
  let agent: string;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    [agent, admin, customer] = await Promise.all([
      buildAgent(server).then((u) => u.login()),
      buildAdmin(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
  });
  afterAll(() => server.close());

  const create = async (input: Record<string, unknown>, token = agent) => {
    const result = await server.gql<{ createTag: TagRow }>(CREATE, { input }, { token });
    expect(result.errors).toBeUndefined();
    return result.data?.createTag as TagRow;
  };

  it('are read by the desk, never by customers or anonymous callers', async () => {
    for (const token of [agent, admin]) {
      const result = await server.gql<{ tags: TagRow[] }>(TAGS, {}, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data?.tags.map((t) => t.name)).toEqual(expect.arrayContaining(['billing', 'vip', '发票']));
    }
    expect(codesOf(await server.gql(TAGS, {}, { token: customer }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await server.gql(TAGS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('are changed only by those who manage tags', async () => {
    const tag = await create({ name: 'roles-check' });
    for (const [token, code] of [
      [customer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codesOf(await server.gql(CREATE, { input: { name: 'nope' } }, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(UPDATE, { id: tag.id, input: { colour: '#000000' } }, { token }))).toEqual([code]);
      expect(codesOf(await server.gql(DELETE, { id: tag.id }, { token }))).toEqual([code]);
    }
    const renamed = await server.gql<{ updateTag: TagRow }>(UPDATE, { id: tag.id, input: { name: 'roles-checked' } }, { token: admin });
    expect(renamed.data?.updateTag.name).toBe('roles-checked');
  });

  it('are created as MANUAL tags with a normalised name and colour', async () => {
    const tag = await create({ name: '  Priority   customer ', colour: '#aa00ff' });
    expect(tag).toMatchObject({ name: 'Priority customer', colour: '#AA00FF', source: 'MANUAL' });
    expect((await create({ name: 'default-colour' })).colour).toBe('#9F7AEA');
  });

  it('refuses bad names and colours, naming the field', async () => {
    const badColour = await server.gql(CREATE, { input: { name: 'x-colour', colour: 'red' } }, { token: agent });
    expect(codesOf(badColour)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(badColour)).toEqual(['colour']);
    const blank = await server.gql(CREATE, { input: { name: '   ' } }, { token: agent });
    expect(codesOf(blank)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(blank)).toEqual(['name']);
    const long = await server.gql(CREATE, { input: { name: 'n'.repeat(61) } }, { token: agent });
    expect(fieldsOf(long)).toEqual(['name']);
    // People cannot make AI tags: the input has no such field.
    expect(codesOf(await server.gql(CREATE, { input: { name: 'sneaky', source: 'AI' } }, { token: agent }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keep names unique ignoring case', async () => {
    await create({ name: 'Unique-Name' });
    const duplicate = await server.gql(CREATE, { input: { name: 'unique-name' } }, { token: admin });
    expect(codesOf(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors?.[0].extensions?.field).toBe('name');
    const other = await create({ name: 'other-name' });
    const renamed = await server.gql(UPDATE, { id: other.id, input: { name: 'UNIQUE-NAME' } }, { token: agent });
    expect(codesOf(renamed)).toEqual(['CONFLICT']);
    expect(renamed.errors?.[0].extensions?.field).toBe('name');
    // Changing only the case of its own name is fine.
    expect((await server.gql(UPDATE, { id: other.id, input: { name: 'Other-Name' } }, { token: agent })).errors).toBeUndefined();
  });

  it('filter by a part of the name and come sorted by name', async () => {
    await create({ name: 'zz-sort-b' });
    await create({ name: 'ZZ-sort-a' });
    const result = await server.gql<{ tags: TagRow[] }>(TAGS, { q: 'zz-SORT' }, { token: agent });
    expect(result.data?.tags.map((t) => t.name)).toEqual(['ZZ-sort-a', 'zz-sort-b']);
    const percent = await server.gql<{ tags: TagRow[] }>(TAGS, { q: '%' }, { token: agent });
    expect(percent.data?.tags).toEqual([]);
    const chinese = await server.gql<{ tags: TagRow[] }>(TAGS, { q: '物' }, { token: agent });
    expect(chinese.data?.tags.map((t) => t.name)).toEqual(['物流']);
  });

  it('keep the names of AI tags, whose colour may change', async () => {
    const tags = (await server.gql<{ tags: TagRow[] }>(TAGS, { q: 'refund' }, { token: agent })).data?.tags as TagRow[];
    const refund = tags.find((t) => t.name === 'refund') as TagRow;
    expect(refund.source).toBe('AI');
    expect(codesOf(await server.gql(UPDATE, { id: refund.id, input: { name: 'refunds' } }, { token: agent }))).toEqual(['CONFLICT']);
    const recoloured = await server.gql<{ updateTag: TagRow }>(UPDATE, { id: refund.id, input: { colour: '#112233' } }, { token: agent });
    expect(recoloured.data?.updateTag.colour).toBe('#112233');
  });

  it('answer NOT_FOUND for unknown ids', async () => {
    expect(codesOf(await server.gql(UPDATE, { id: MISSING, input: { colour: '#000000' } }, { token: agent }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await server.gql(DELETE, { id: MISSING }, { token: agent }))).toEqual(['NOT_FOUND']);
  });

  it('are taken off every conversation when deleted, and the deletion is audited', async () => {
    const tag = await create({ name: 'short-lived' });
    const person = await buildCustomer(server);
    const started = await server.gql<{ startConversation: { id: string } }>(
      'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }',
      { input: { subject: 'Tagged', body: 'Please tag me', clientMessageId: 'tag-delete-1' } },
      { token: await person.login() },
    );
    const conversationId = started.data?.startConversation.id as string;
    const tagged = await server.gql<{ setConversationTags: { tags: TagRow[] } }>(
      'mutation($id: ID!, $tagIds: [ID!]!) { setConversationTags(id: $id, tagIds: $tagIds) { tags { id } } }',
      { id: conversationId, tagIds: [tag.id] },
      { token: agent },
    );
    expect(tagged.data?.setConversationTags.tags).toEqual([{ id: tag.id }]);

    const deleted = await server.gql<{ deleteTag: string }>(DELETE, { id: tag.id }, { token: agent });
    expect(deleted.data?.deleteTag).toBe(tag.id);
    const after = await server.gql<{ conversation: { tags: TagRow[] } }>(
      'query($id: ID!) { conversation(id: $id) { tags { id } } }',
      { id: conversationId },
      { token: agent },
    );
    expect(after.data?.conversation.tags).toEqual([]);
    const audit = await server.orm.em.fork().find(AuditLog, { targetId: tag.id }, { orderBy: { seq: 'asc' } });
    expect(audit.map((row) => row.action)).toEqual(['tag.create', 'tag.delete']);
    expect(audit[1].detail).toMatchObject({ name: 'short-lived', conversations: 1 });
  });
});
