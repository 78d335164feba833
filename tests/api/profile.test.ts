import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale } }';

describe('own profile', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('changes the display name and language, trimmed, and keeps what is omitted', async () => {
    const token = await server.login('customer@demo.local');
    const renamed = await server.gql<{ updateProfile: { displayName: string; locale: string } }>(
      UPDATE,
      { input: { displayName: '  Casey C. ' } },
      { token },
    );
    expect(renamed.data?.updateProfile).toEqual({ displayName: 'Casey C.', locale: 'en' });
    const chinese = await server.gql<{ updateProfile: { displayName: string; locale: string } }>(
      UPDATE,
      { input: { locale: 'zh-CN' } },
      { token },
    );
    expect(chinese.data?.updateProfile).toEqual({ displayName: 'Casey C.', locale: 'zh-CN' });
    const me = await server.gql<{ me: { displayName: string; locale: string } }>('{ me { displayName locale } }', {}, { token });
    expect(me.data?.me).toEqual({ displayName: 'Casey C.', locale: 'zh-CN' });
  });

  it('refuses blank or over-long names and unknown languages, changing nothing', async () => {
    const token = await server.login('agent@demo.local');
    for (const input of [{ displayName: '   ' }, { displayName: 'x'.repeat(81) }, { locale: 'de' }]) {
      const result = await server.gql(UPDATE, { input }, { token });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    }
    const me = await server.gql<{ me: { displayName: string; locale: string } }>('{ me { displayName locale } }', {}, { token });
    expect(me.data?.me).toEqual({ displayName: 'Alex Agent', locale: 'en' });
  });

  it('needs a signed-in caller', async () => {
    expect(codesOf(await server.gql(UPDATE, { input: { locale: 'en' } }))).toEqual(['UNAUTHENTICATED']);
  });
});
