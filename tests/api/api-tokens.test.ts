import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const CREATE =
  'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix scopes expiresAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';

interface Created {
  createApiToken: { token: string; apiToken: { id: string; name: string; prefix: string; scopes: string[] } };
}

describe('API tokens', () => {
  let server: TestServer;
  let agent: string;
  beforeAll(async () => {
    server = await startTestServer();
    agent = await server.login('agent@demo.local');
  });
  afterAll(() => server.close());

  it('are shown once, act as their owner, and stop working when revoked', async () => {
    const created = await server.gql<Created>(CREATE, { input: { name: ' CI bot ' } }, { token: agent });
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = (created.data as Created).createApiToken;
    expect(token).toMatch(/^ics_/);
    expect(apiToken).toMatchObject({ name: 'CI bot', prefix: token.slice(0, 10), scopes: [] });

    const me = await server.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    expect(me.data?.me.email).toBe('agent@demo.local');
    const listed = await server.gql<{ apiTokens: Array<{ id: string; lastUsedAt: string | null }> }>(
      '{ apiTokens { id lastUsedAt } }',
      {},
      { token: agent },
    );
    expect(listed.data?.apiTokens.find((t) => t.id === apiToken.id)?.lastUsedAt).toBeTruthy();

    expect((await server.gql(REVOKE, { id: apiToken.id }, { token: agent })).errors).toBeUndefined();
    expect(codesOf(await server.gql('{ me { email } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('are narrowed to their scopes', async () => {
    const created = await server.gql<Created>(CREATE, { input: { name: 'read only', scopes: ['user:read'] } }, { token: agent });
    const token = created.data?.createApiToken.token as string;
    // apitoken:manage is not among the scopes, so the token cannot list tokens.
    expect(codesOf(await server.gql('{ apiTokens { id } }', {}, { token }))).toEqual(['FORBIDDEN']);
  });

  it('cannot grant more than the owner has, cannot mint tokens, and cannot expire in the past', async () => {
    expect(codesOf(await server.gql(CREATE, { input: { name: 'x', scopes: ['role:manage'] } }, { token: agent }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await server.gql(CREATE, { input: { name: '   ' } }, { token: agent }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(CREATE, { input: { name: 'n'.repeat(81) } }, { token: agent }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(CREATE, { input: { name: 'old', expiresAt: '2001-01-01T00:00:00Z' } }, { token: agent }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const minted = await server.gql<Created>(CREATE, { input: { name: 'full' } }, { token: agent });
    const viaToken = await server.gql(CREATE, { input: { name: 'child' } }, { token: minted.data?.createApiToken.token });
    expect(codesOf(viaToken)).toEqual(['FORBIDDEN']);
  });

  it('cannot list or revoke tokens themselves', async () => {
    const minted = await server.gql<Created>(CREATE, { input: { name: 'ops' } }, { token: agent });
    const token = minted.data?.createApiToken.token;
    expect(codesOf(await server.gql('{ apiTokens { id } }', {}, { token }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await server.gql(REVOKE, { id: minted.data?.createApiToken.apiToken.id }, { token }))).toEqual(['FORBIDDEN']);
  });

  it('drop out of the list a month after they were revoked', async () => {
    const minted = await server.gql<Created>(CREATE, { input: { name: 'old one' } }, { token: agent });
    const id = minted.data?.createApiToken.apiToken.id as string;
    await server.gql(REVOKE, { id }, { token: agent });
    const listed = async () =>
      ((await server.gql<{ apiTokens: Array<{ id: string }> }>('{ apiTokens { id } }', {}, { token: agent })).data?.apiTokens ?? []).map(
        (t) => t.id,
      );
    expect(await listed()).toContain(id);
    await server.orm.em
      .getConnection()
      .execute('update api_tokens set revoked_at = ? where id = ?', [new Date(Date.now() - 31 * 86_400_000), id]);
    expect(await listed()).not.toContain(id);
  });

  it('belong to their owner alone', async () => {
    const created = await server.gql<Created>(CREATE, { input: { name: 'mine' } }, { token: agent });
    const admin = await server.login('admin@demo.local');
    const theirs = await server.gql<{ apiTokens: Array<{ id: string }> }>('{ apiTokens { id } }', {}, { token: admin });
    expect(theirs.data?.apiTokens.map((t) => t.id)).not.toContain(created.data?.createApiToken.apiToken.id);
    expect(codesOf(await server.gql(REVOKE, { id: created.data?.createApiToken.apiToken.id }, { token: admin }))).toEqual(['NOT_FOUND']);
  });

  it('cannot change their owner’s password', async () => {
    const minted = await server.gql<Created>(CREATE, { input: { name: 'pw' } }, { token: agent });
    const result = await server.gql(
      'mutation { changePassword(currentPassword: "violet-Harbor-42-lantern", newPassword: "fresh-Maple-93-cloud") { accessToken } }',
      {},
      { token: minted.data?.createApiToken.token },
    );
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
  });

  it('are not for customers', async () => {
    const customer = await server.login('customer@demo.local');
    expect(codesOf(await server.gql(CREATE, { input: { name: 'nope' } }, { token: customer }))).toEqual(['FORBIDDEN']);
  });
});
