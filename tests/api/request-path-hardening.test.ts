import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgent, buildCustomer } from '../fixtures/factories.js';
import { type SmtpCapture, startSmtpCapture } from '../fixtures/smtp.js';
import { codesOf, cookiesOf, type GraphQLResponse, startTestServer, type TestServer } from '../fixtures/test-server.js';
import { runOverWebSocket } from '../fixtures/ws.js';

// Regression tests for the holes an outside review of the request path found (one describe per hole).

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const CREATE_TOKEN = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }';
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const CHANGE =
  'mutation($c: String!, $n: String!, $r: Boolean) { changePassword(currentPassword: $c, newPassword: $n, revokeApiTokens: $r) { accessToken } }';
const UPDATE_PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }';
const ME = '{ me { email displayName } }';

let nextAddress = 1;
const fromNewAddress = () => ({ 'x-forwarded-for': `10.77.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}` });

function fieldsOf(response: Pick<GraphQLResponse, 'errors'>): Array<{ field: string; code: string }> {
  return (response.errors?.[0]?.extensions?.fields as Array<{ field: string; code: string }>) ?? [];
}

describe('the request path after the outside review', () => {
  let server: TestServer;
  let smtp: SmtpCapture;

  const mintToken = async (session: string, scopes?: string[]) => {
    const created = await server.gql<{ createApiToken: { token: string } }>(
      CREATE_TOKEN,
      { input: { name: 'integration', scopes } },
      { token: session },
    );
    expect(created.errors).toBeUndefined();
    return created.data?.createApiToken.token as string;
  };
  const resetLinkFor = async (email: string) => {
    const before = smtp.messages.length;
    expect((await server.gql(REQUEST_RESET, { e: email }, { headers: fromNewAddress() })).data).toEqual({ requestPasswordReset: true });
    const mail = await smtp.waitFor((m) => m.to.includes(email) && smtp.messages.indexOf(m) >= before);
    return { mail, token: new URL(mail.link as string).searchParams.get('token') as string };
  };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    server = await startTestServer({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  describe('1. API tokens and passwords', () => {
    it('a password reset revokes every API token of the account, and the mail says so', async () => {
      const agent = await buildAgent(server);
      const apiToken = await mintToken(await agent.login());
      expect((await server.gql<{ me: { email: string } }>(ME, {}, { token: apiToken })).data?.me.email).toBe(agent.email);

      const { mail, token } = await resetLinkFor(agent.email);
      expect(mail.raw.replace(/=\r?\n/g, '')).toMatch(/revokes all of your API tokens/);
      expect((await server.gql(RESET, { t: token, p: 'granite-Sparrow-55-ember' })).data).toEqual({ resetPassword: true });
      expect(codesOf(await server.gql(ME, {}, { token: apiToken }))).toEqual(['UNAUTHENTICATED']);
    });

    it('a password change keeps API tokens unless asked to revoke them', async () => {
      const agent = await buildAgent(server);
      let session = await agent.login();
      const apiToken = await mintToken(session);

      const kept = await server.gql<{ changePassword: { accessToken: string } }>(
        CHANGE,
        { c: agent.password, n: 'granite-Sparrow-55-ember' },
        { token: session },
      );
      expect(kept.errors).toBeUndefined();
      expect(codesOf(await server.gql(ME, {}, { token: apiToken }))).toEqual([]);

      session = kept.data?.changePassword.accessToken as string;
      const revoked = await server.gql(
        CHANGE,
        { c: 'granite-Sparrow-55-ember', n: 'copper-Willow-83-harbor', r: true },
        { token: session },
      );
      expect(revoked.errors).toBeUndefined();
      expect(codesOf(await server.gql(ME, {}, { token: apiToken }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('3. unsafe text in any string input', () => {
    it('refuses a NUL byte in a signed-out login email with BAD_USER_INPUT naming the field, over HTTP and WebSocket', async () => {
      const input = { email: 'x\u0000@y.z', password: 'whatever-123' };
      const http = await server.gql(LOGIN, { input });
      expect(codesOf(http)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(http)).toEqual([expect.objectContaining({ field: 'email', code: 'controlCharacter' })]);

      const literal = await server.gql('mutation { login(input: { email: "x\\u0000@y.z", password: "p" }) { accessToken } }');
      expect(fieldsOf(literal).map((f) => f.field)).toEqual(['email']);

      const ws = await runOverWebSocket(server.url, LOGIN, { variables: { input } });
      expect(codesOf(ws as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(ws).map((f) => f.field)).toEqual(['email']);
    });

    it.each([
      ['a newline', 'Eve\nAdmin', 'controlCharacter'],
      ['a bidi override', 'Eve\u202Enimda', 'bidiControl'],
      ['only zero-width characters', '\u200B\u200D', 'blank'],
      ['an escape sequence', 'Eve\u001B[31m', 'controlCharacter'],
    ])('refuses %s in a name and changes nothing', async (_label, displayName, code) => {
      const customer = await buildCustomer(server);
      const session = await customer.login();
      const result = await server.gql(UPDATE_PROFILE, { input: { displayName } }, { token: session });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual([expect.objectContaining({ field: 'displayName', code })]);
      expect((await server.gql<{ me: { displayName: string } }>(ME, {}, { token: session })).data?.me.displayName).toBe(
        customer.displayName,
      );
    });

    it('keeps names in any script, with their spaces', async () => {
      const customer = await buildCustomer(server);
      const session = await customer.login();
      const result = await server.gql<{ updateProfile: { displayName: string } }>(
        UPDATE_PROFILE,
        { input: { displayName: '李 华 ‍👩‍💻' } },
        { token: session },
      );
      expect(result.errors).toBeUndefined();
    });
  });

  describe('5. limits over WebSocket', () => {
    it('refuses a document over 15,000 characters over WebSocket as over HTTP', async () => {
      const long = `{ __typename ${' '.repeat(40_000)} }`;
      expect(codesOf(await server.gql(long))).toEqual(['BAD_USER_INPUT']);
      const ws = await runOverWebSocket(server.url, long);
      expect(codesOf(ws as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
      expect(ws.data).toBeUndefined();
    });

    it('counts aliases of __typename against the alias limit', async () => {
      const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      const http = await server.gql(aliases);
      expect(codesOf(http)).toEqual(['BAD_USER_INPUT']);
      expect(http.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded/);
      expect(codesOf((await runOverWebSocket(server.url, aliases)) as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('6. lockouts that strangers cause', () => {
    it('a browser that signed in before keeps signing in while strangers have locked the account', async () => {
      const agent = await buildAgent(server);
      const home = fromNewAddress();
      const first = await server.gql(LOGIN, { input: { email: agent.email, password: agent.password } }, { headers: home });
      const device = cookiesOf(first, /^ics_device_/);
      expect(device).toMatch(/^ics_device_[0-9a-f]{16}=/);

      // Ten wrong guesses from ten addresses lock the account for everyone else.
      for (let i = 0; i < 10; i++) {
        const guess = await server.gql(
          LOGIN,
          { input: { email: agent.email, password: `guess-${i}-wrong` } },
          { headers: fromNewAddress() },
        );
        expect(codesOf(guess)).toEqual(['UNAUTHENTICATED']);
      }
      const stranger = await server.gql(LOGIN, { input: { email: agent.email, password: agent.password } }, { headers: fromNewAddress() });
      expect(codesOf(stranger)).toEqual(['RATE_LIMITED']);

      // The owner's browser, with its device cookie, still gets in.
      const owner = await server.gql(
        LOGIN,
        { input: { email: agent.email, password: agent.password } },
        { headers: { ...home, cookie: device } },
      );
      expect(codesOf(owner)).toEqual([]);

      // A forged or borrowed cookie does not.
      const forged = device.replace(/=.*/, `=${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`);
      const other = await buildAgent(server);
      const borrowed = cookiesOf(
        await server.gql(LOGIN, { input: { email: other.email, password: other.password } }, { headers: fromNewAddress() }),
        /^ics_device_/,
      ).replace(/^ics_device_[0-9a-f]+/, device.split('=')[0]);
      for (const cookie of [forged, borrowed]) {
        const result = await server.gql(
          LOGIN,
          { input: { email: agent.email, password: agent.password } },
          { headers: { ...fromNewAddress(), cookie } },
        );
        expect(codesOf(result)).toEqual(['RATE_LIMITED']);
      }
    });

    it('a trusted browser is still throttled on its own after 10 wrong passwords', async () => {
      const agent = await buildAgent(server);
      const first = await server.gql(LOGIN, { input: { email: agent.email, password: agent.password } }, { headers: fromNewAddress() });
      const cookie = cookiesOf(first, /^ics_device_/);
      const codes: string[] = [];
      for (let i = 0; i < 11; i++) {
        const attempt = await server.gql(
          LOGIN,
          { input: { email: agent.email, password: `guess-${i}-wrong` } },
          { headers: { ...fromNewAddress(), cookie } },
        );
        codes.push(...codesOf(attempt));
      }
      expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[10]).toBe('RATE_LIMITED');
    });

    it('reset requests from a stranger do not use up the owner’s own', async () => {
      const customer = await buildCustomer(server);
      const stranger = fromNewAddress();
      for (let i = 0; i < 3; i++)
        expect(codesOf(await server.gql(REQUEST_RESET, { e: customer.email }, { headers: stranger }))).toEqual([]);
      expect(codesOf(await server.gql(REQUEST_RESET, { e: customer.email }, { headers: stranger }))).toEqual(['RATE_LIMITED']);

      const { token } = await resetLinkFor(customer.email);
      expect(token.length).toBeGreaterThan(20);
    });
  });

  describe('7. self-service needs a session or an explicit scope', () => {
    it('a token scoped to user:read, or unscoped, cannot rename its owner; one scoped to profile:update can', async () => {
      const agent = await buildAgent(server);
      const session = await agent.login();
      const rename = (token: string, displayName: string) => server.gql(UPDATE_PROFILE, { input: { displayName } }, { token });

      for (const scopes of [['user:read'], undefined]) {
        const token = await mintToken(session, scopes);
        const result = await rename(token, 'Mallory');
        expect(codesOf(result)).toEqual(['FORBIDDEN']);
      }
      expect((await server.gql<{ me: { displayName: string } }>(ME, {}, { token: session })).data?.me.displayName).toBe(agent.displayName);

      const scoped = await mintToken(session, ['profile:update']);
      expect(codesOf(await rename(scoped, 'Renamed by integration'))).toEqual([]);
      expect(codesOf(await rename(session, 'Renamed in person'))).toEqual([]);
    });
  });
});

describe('the request path in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(
      { NODE_ENV: 'production', PUBLIC_URL: 'http://support.example.test', JWT_SECRET: randomBytes(32).toString('hex') },
      { captureLogs: true },
    );
  });
  afterAll(() => server.close());

  describe('2. errors over WebSocket', () => {
    it('masks an internal error over WebSocket as over HTTP, and logs it with a request id', async () => {
      const agent = await buildAgent(server);
      const session = await agent.login();
      // An injected fault: a bug deep in a service, with a secret in its message.
      const original = server.services.apiTokens.list;
      server.services.apiTokens.list = async () => {
        throw new Error('connection to db://admin:hunter2@internal failed');
      };
      try {
        const http = await server.gql('{ apiTokens { id } }', {}, { token: session });
        const ws = await runOverWebSocket(server.url, '{ apiTokens { id } }', { authorization: `Bearer ${session}` });
        for (const result of [http, ws]) {
          expect(codesOf(result as GraphQLResponse)).toEqual(['INTERNAL_SERVER_ERROR']);
          expect(JSON.stringify(result.errors)).not.toMatch(/hunter2/);
        }
      } finally {
        server.services.apiTokens.list = original;
      }
      const logged = server.logs.filter((line) => line.msg === 'unexpected error' && JSON.stringify(line).includes('hunter2'));
      expect(logged).toHaveLength(2);
      for (const line of logged) expect(line.requestId).toEqual(expect.any(String));
    });

    it('gives WebSocket syntax and validation errors the contract’s code', async () => {
      for (const query of ['{ me {', '{ nope }']) {
        const ws = await runOverWebSocket(server.url, query);
        expect(codesOf(ws as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('4. field suggestions', () => {
    it('never suggest field names in production, over HTTP or WebSocket', async () => {
      const http = await server.gql('{ mee { email } }');
      const ws = await runOverWebSocket(server.url, '{ mee { email } }');
      for (const result of [http, ws]) {
        expect(codesOf(result as GraphQLResponse)).toEqual(['BAD_USER_INPUT']);
        expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
      }
    });
  });
});

describe('field suggestions in development', () => {
  it('still help a developer', async () => {
    const server = await startTestServer();
    try {
      expect((await server.gql('{ mee { email } }')).errors?.[0].message).toMatch(/Did you mean "me"/);
    } finally {
      await server.close();
    }
  });
});
