import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/src/modules/auth/tokens.js';
import { codesOf, cookiesOf, DEMO_PASSWORD, startTestServer, type TestServer } from '../fixtures/test-server.js';

const STRONG = 'correct-Horse-battery-77';
const AUTH_FIELDS = 'accessToken refreshToken expiresAt user { id email displayName locale role { key } }';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${AUTH_FIELDS} } }`;

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; role: { key: string } };
}

describe('authentication', () => {
  let server: TestServer;
  let nextIp = 1;
  /** Each test signs in from its own address, so IP throttling of one test never leaks into another. */
  const fromNewIp = () => ({ 'x-forwarded-for': `10.0.${Math.floor(nextIp / 250)}.${nextIp++ % 250}` });

  const userCount = async () => Number((await server.orm.em.getConnection().execute('select count(*) as n from users'))[0].n);

  const login = async (email: string, password = DEMO_PASSWORD, headers = fromNewIp()) =>
    server.gql<{ login: Session }>(LOGIN, { input: { email, password } }, { headers });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  describe('register', () => {
    it('creates a customer with a lower-cased email and signs it in', async () => {
      const result = await server.gql<{ register: Session }>(REGISTER, {
        input: { email: 'New.Person@Example.COM', password: STRONG, displayName: 'New Person', locale: 'zh-CN' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.register.user).toMatchObject({ email: 'new.person@example.com', locale: 'zh-CN', role: { key: 'customer' } });
      expect(result.headers.get('set-cookie')).toMatch(/ics_refresh=.+HttpOnly/i);
      const me = await server.gql<{ me: { email: string } }>('{ me { email } }', {}, { token: result.data?.register.accessToken });
      expect(me.data?.me.email).toBe('new.person@example.com');
    });

    it.each([
      ['a weak password', { password: 'password1' }, 'password'],
      ['a password containing the email', { email: 'maria.lopez@example.com', password: 'maria.lopez@example.com!' }, 'password'],
      ['a password containing the name', { displayName: 'Bartholomew', password: 'Bartholomew-2024' }, 'password'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['an over-long email', { email: `${'a'.repeat(250)}@example.com` }, 'email'],
      ['an over-long password', { password: `${STRONG}${'x'.repeat(120)}` }, 'password'],
      ['an over-long name', { displayName: 'n'.repeat(81) }, 'displayName'],
      ['a blank name', { displayName: '   ' }, 'displayName'],
      ['an unknown locale', { locale: 'fr' }, 'locale'],
    ])('rejects %s with BAD_USER_INPUT and stores nothing', async (_label, override, field) => {
      const before = await userCount();
      const input = {
        email: `someone${Math.random().toString(36).slice(2)}@example.com`,
        password: STRONG,
        displayName: 'Someone',
        ...override,
      };
      const result = await server.gql(REGISTER, { input });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      const fields = result.errors?.[0].extensions?.fields as Array<{ field: string; message: string; code: string }>;
      expect(fields.map((f) => f.field)).toContain(field);
      expect(fields.every((f) => f.message.length > 0 && f.code.length > 0)).toBe(true);
      expect(await userCount()).toBe(before);
    });

    it('rejects a duplicate email, whatever its case, with CONFLICT', async () => {
      const before = await userCount();
      const result = await server.gql(REGISTER, { input: { email: 'Customer@Demo.Local', password: STRONG, displayName: 'Copy Cat' } });
      expect(codesOf(result)).toEqual(['CONFLICT']);
      expect(await userCount()).toBe(before);
    });
  });

  describe('login', () => {
    it('signs in a demo account and reports its role', async () => {
      const result = await login('AGENT@demo.local');
      expect(result.data?.login.user.role.key).toBe('agent');
    });

    it('refuses a wrong password and an unknown account alike', async () => {
      const wrong = await login('agent@demo.local', 'wrong-password-123');
      const unknown = await login('nobody@demo.local', 'wrong-password-123');
      expect(codesOf(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(unknown)).toEqual(['UNAUTHENTICATED']);
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('throttles an address after 5 failures in 5 minutes, with retryAfter', async () => {
      const headers = fromNewIp();
      for (let i = 0; i < 5; i++)
        expect(codesOf(await login('admin@demo.local', `bad-${i}-password`, headers))).toEqual(['UNAUTHENTICATED']);
      const blocked = await login('admin@demo.local', DEMO_PASSWORD, headers);
      expect(codesOf(blocked)).toEqual(['RATE_LIMITED']);
      expect(blocked.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
      expect(blocked.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(300);
      // Another address is not affected.
      expect(codesOf(await login('admin@demo.local'))).toEqual([]);
    });

    it('counts parallel guesses: a burst from one address gets at most 5 tries', async () => {
      const headers = fromNewIp();
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => login('admin@demo.local', `burst-${i}-guess`, headers)));
      const codes = results.flatMap(codesOf);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
    });

    it('throttles an account after 10 failures in 15 minutes from any address; a success resets it', async () => {
      const email = 'customer2@demo.local';
      for (let i = 0; i < 9; i++) await login(email, `bad-${i}-password`);
      expect(codesOf(await login(email))).toEqual([]); // the 10th attempt succeeds and resets the counter
      for (let i = 0; i < 10; i++) expect(codesOf(await login(email, `bad-${i}-password`))).toEqual(['UNAUTHENTICATED']);
      const blocked = await login(email);
      expect(codesOf(blocked)).toEqual(['RATE_LIMITED']);
      expect(blocked.errors?.[0].extensions?.retryAfter).toBeGreaterThan(300);
    });
  });

  describe('access tokens', () => {
    const me = (token: string) => server.gql<{ me: { email: string } | null }>('{ me { email } }', {}, { token });

    it('are HS256 JWTs with sub, role, iss, aud and a 15 minute expiry', async () => {
      const session = (await login('agent@demo.local')).data?.login as Session;
      const decoded = jwt.decode(session.accessToken, { complete: true }) as jwt.Jwt & { payload: jwt.JwtPayload };
      expect(decoded.header.alg).toBe('HS256');
      expect(decoded.payload).toMatchObject({ sub: session.user.id, role: 'agent', iss: 'ics', aud: 'ics-api' });
      expect((decoded.payload.exp as number) - (decoded.payload.iat as number)).toBe(15 * 60);
    });

    it('a stale token does not block public operations such as logout and login', async () => {
      const session = (await login('customer@demo.local')).data?.login as Session;
      const stale = `${session.accessToken.slice(0, -4)}AAAA`;
      const out = await server.gql<{ logout: boolean }>(
        'mutation($t: String) { logout(refreshToken: $t) }',
        { t: session.refreshToken },
        { token: stale },
      );
      expect(out.data?.logout).toBe(true);
      expect(codesOf(await server.gql(REFRESH, { t: session.refreshToken }))).toEqual(['UNAUTHENTICATED']);
      const again = await server.gql(
        LOGIN,
        { input: { email: 'customer@demo.local', password: DEMO_PASSWORD } },
        { token: stale, headers: fromNewIp() },
      );
      expect(codesOf(again)).toEqual([]);
      // Protected operations explain why the credentials failed.
      const apiTokens = await server.gql('{ apiTokens { id } }', {}, { token: stale });
      expect(codesOf(apiTokens)).toEqual(['UNAUTHENTICATED']);
      expect(apiTokens.errors?.[0].message).toMatch(/invalid/i);
    });

    it('anonymous callers get me = null', async () => {
      const result = await server.gql('{ me { email } }');
      expect(result.data).toEqual({ me: null });
    });

    it.each([
      ['tampered', (t: string, _s: string) => `${t.slice(0, -4)}AAAA`],
      [
        'unsigned (alg: none)',
        (t: string) => {
          const payload = jwt.decode(t) as jwt.JwtPayload;
          return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
        },
      ],
      [
        'expired',
        (t: string, secret: string) => {
          const { sub, role } = jwt.decode(t) as jwt.JwtPayload;
          return jwt.sign({ role }, secret, { algorithm: 'HS256', subject: sub, issuer: 'ics', audience: 'ics-api', expiresIn: -10 });
        },
      ],
      [
        'for another audience',
        (t: string, secret: string) => {
          const { sub, role } = jwt.decode(t) as jwt.JwtPayload;
          return jwt.sign({ role }, secret, { algorithm: 'HS256', subject: sub, issuer: 'ics', audience: 'elsewhere', expiresIn: 60 });
        },
      ],
      [
        'signed with another algorithm (HS512)',
        (t: string, secret: string) => {
          const { sub, role } = jwt.decode(t) as jwt.JwtPayload;
          return jwt.sign({ role }, secret, { algorithm: 'HS512', subject: sub, issuer: 'ics', audience: 'ics-api', expiresIn: 60 });
        },
      ],
      [
        'without an expiry',
        (t: string, secret: string) => {
          const { sub, role } = jwt.decode(t) as jwt.JwtPayload;
          return jwt.sign({ role }, secret, { algorithm: 'HS256', subject: sub, issuer: 'ics', audience: 'ics-api', noTimestamp: true });
        },
      ],
      ['garbage', () => 'not.a.token'],
    ])('a %s token is refused with UNAUTHENTICATED', async (_label, forge) => {
      const session = (await login('customer@demo.local')).data?.login as Session;
      const result = await me(forge(session.accessToken, server.config.jwtSecret));
      expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data?.me ?? null).toBeNull();
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every use', async () => {
      const first = (await login('agent2@demo.local')).data?.login as Session;
      const second = await server.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken });
      expect(second.errors).toBeUndefined();
      expect(second.data?.refreshSession.refreshToken).not.toBe(first.refreshToken);
      expect(second.data?.refreshSession.user.email).toBe('agent2@demo.local');
    });

    const rotatedAgo = (token: string, ms: number) =>
      server.orm.em
        .getConnection()
        .execute('update refresh_tokens set revoked_at = ? where token_hash = ?', [new Date(Date.now() - ms), hashToken(token)]);

    it('revoke the whole family when a used token is presented again', async () => {
      const first = (await login('agent2@demo.local')).data?.login as Session;
      const second = (await server.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken })).data?.refreshSession as Session;
      await rotatedAgo(first.refreshToken, 60_000);
      const reuse = await server.gql(REFRESH, { t: first.refreshToken });
      expect(codesOf(reuse)).toEqual(['UNAUTHENTICATED']);
      // The legitimate holder's newer token died with the family.
      expect(codesOf(await server.gql(REFRESH, { t: second.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    });

    it('restore a session from the httpOnly cookie when the argument is empty', async () => {
      const result = await login('customer@demo.local');
      const cookie = cookiesOf(result, /^ics_refresh=/);
      const refreshed = await server.gql<{ refreshSession: Session }>(REFRESH, { t: '' }, { headers: { cookie } });
      expect(refreshed.data?.refreshSession.user.email).toBe('customer@demo.local');
    });

    it('stop working after logout', async () => {
      const session = (await login('customer@demo.local')).data?.login as Session;
      const out = await server.gql<{ logout: boolean }>(
        'mutation($t: String) { logout(refreshToken: $t) }',
        { t: session.refreshToken },
        { token: session.accessToken },
      );
      expect(out.data?.logout).toBe(true);
      expect(codesOf(await server.gql(REFRESH, { t: session.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    });

    it('forgive a second tab that presents a just-rotated token: no new session, but the family lives', async () => {
      const first = (await login('agent2@demo.local')).data?.login as Session;
      const second = (await server.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken })).data?.refreshSession as Session;
      const late = await server.gql(REFRESH, { t: first.refreshToken });
      expect(codesOf(late)).toEqual(['UNAUTHENTICATED']);
      expect(late.errors?.[0].extensions?.reason).toBe('ROTATED');
      expect(codesOf(await server.gql(REFRESH, { t: second.refreshToken }))).toEqual([]);
    });

    it('let exactly one of several concurrent refreshes with the same token win', async () => {
      const first = (await login('agent2@demo.local')).data?.login as Session;
      const results = await Promise.all(
        Array.from({ length: 4 }, () => server.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken })),
      );
      expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
      const live = await server.orm.em
        .getConnection()
        .execute(
          'select count(*) as n from refresh_tokens where family = (select family from refresh_tokens where token_hash = ?) and revoked_at is null',
          [(await import('../../server/src/modules/auth/tokens.js')).hashToken(first.refreshToken)],
        );
      expect(Number(live[0].n)).toBe(1);
    });

    it('treat a mangled cookie as no session, not a server error', async () => {
      const result = await server.gql(REFRESH, { t: '' }, { headers: { cookie: 'ics_refresh=%' } });
      expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuse unknown tokens', async () => {
      expect(codesOf(await server.gql(REFRESH, { t: 'made-up' }))).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(await server.gql(REFRESH, { t: '' }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('passwordStrength', () => {
    const strength = (password: string, extra: Record<string, string> = {}) =>
      server.gql<{ passwordStrength: { score: number; acceptable: boolean; warning: string | null; suggestions: string[] } }>(
        'query($p: String!, $e: String, $n: String, $l: String) { passwordStrength(password: $p, email: $e, displayName: $n, locale: $l) { score acceptable warning suggestions } }',
        { p: password, e: extra.email, n: extra.displayName, l: extra.locale },
      );

    it('accepts what registration accepts and refuses what it refuses', async () => {
      expect((await strength(STRONG)).data?.passwordStrength).toMatchObject({ acceptable: true, warning: null });
      const weak = (await strength('password1')).data?.passwordStrength;
      expect(weak?.acceptable).toBe(false);
      expect(weak?.score).toBeLessThan(3);
      expect(weak?.warning).toBeTruthy();
      expect((await strength('short')).data?.passwordStrength.acceptable).toBe(false);
      expect((await strength('Bartholomew-2024', { displayName: 'Bartholomew' })).data?.passwordStrength.acceptable).toBe(false);
    });

    it('may be asked once per request, and a limited number of times per minute', async () => {
      const twice = await server.gql('{ a: passwordStrength(password: "a") { score } b: passwordStrength(password: "b") { score } }');
      expect(codesOf(twice)).toEqual(['BAD_USER_INPUT']);
      const headers = fromNewIp();
      const codes: string[] = [];
      for (let i = 0; i < 121; i++)
        codes.push(...codesOf(await server.gql('{ passwordStrength(password: "x") { score } }', {}, { headers })));
      expect(codes).toEqual(['RATE_LIMITED']);
    });

    it('refuses over-long context instead of scoring it', async () => {
      const result = await strength('whatever-it-is-1', { displayName: 'n'.repeat(81) });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    });

    it('speaks Chinese when asked', async () => {
      const weak = (await strength('abc', { locale: 'zh-CN' })).data?.passwordStrength;
      expect(weak?.warning).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
