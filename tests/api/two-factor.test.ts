import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Setting } from '../../server/src/modules/settings/setting.entity.js';
import { totp } from '../../server/src/modules/two-factor/totp.js';
import { REQUIRE_TWO_FACTOR_SETTING } from '../../server/src/modules/two-factor/two-factor.service.js';
import { type BuiltUser, buildAgent, buildCustomer, FACTORY_PASSWORD } from '../fixtures/factories.js';
import { codesOf, type GraphQLResponse, startTestServer, type TestServer } from '../fixtures/test-server.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const BEGIN = 'mutation($challenge: String) { beginTwoFactorEnrolment(challenge: $challenge) { secret otpauthUri } }';
const CONFIRM =
  'mutation($code: String!, $challenge: String) { confirmTwoFactor(code: $code, challenge: $challenge) { codes session { accessToken user { id } } } }';
const COMPLETE =
  'mutation($challenge: String!, $code: String!) { completeTwoFactorSignIn(challenge: $challenge, code: $code) { accessToken refreshToken user { id email } } }';
const REGENERATE = 'mutation($code: String!) { regenerateRecoveryCodes(code: $code) { codes } }';
const DISABLE = 'mutation($password: String!, $code: String!) { disableTwoFactor(password: $password, code: $code) }';
const STATUS = '{ me { twoFactor { enabled recoveryCodesLeft required } } }';

const STEP_MS = 30_000;
let addressSequence = 0;

describe('two-factor sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** Each test signs in from its own address, so the per-address limits of one test never reach another. */
  function client() {
    addressSequence += 1;
    const headers = { 'x-forwarded-for': `10.77.${Math.floor(addressSequence / 250)}.${addressSequence % 250}` };
    return <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      token?: string,
    ): Promise<GraphQLResponse<T>> => server.gql<T>(query, variables, { headers, ...(token ? { token } : {}) });
  }

  /** Signs in, enrols and confirms with the code of the previous step: the current and next steps stay usable. */
  async function enrolled(user: BuiltUser, post = client()) {
    const token = await user.login();
    const begun = await post<{ beginTwoFactorEnrolment: { secret: string; otpauthUri: string } }>(BEGIN, {}, token);
    const { secret, otpauthUri } = begun.data!.beginTwoFactorEnrolment;
    expect(otpauthUri).toContain(`secret=${secret}`);
    const confirmed = await post<{ confirmTwoFactor: { codes: string[]; session: null } }>(
      CONFIRM,
      { code: totp(secret, Date.now() - STEP_MS) },
      token,
    );
    expect(confirmed.errors).toBeUndefined();
    return { token, secret, codes: confirmed.data!.confirmTwoFactor.codes };
  }

  async function challengeFor(user: BuiltUser, post = client()): Promise<string> {
    const result = await post(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TWO_FACTOR_REQUIRED',
      twoFactorSetupRequired: false,
    });
    return String(result.errors?.[0].extensions?.twoFactorChallenge);
  }

  it('enrols: a secret, a confirming code, ten recovery codes shown once; then the status says so', async () => {
    const user = await buildCustomer(server);
    const post = client();
    const { token, codes } = await enrolled(user, post);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const status = await post<{ me: { twoFactor: unknown } }>(STATUS, {}, token);
    expect(status.data?.me.twoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    // Enrolling again needs turning it off first.
    expect(codesOf(await post(BEGIN, {}, token))).toEqual(['CONFLICT']);
  });

  it('signs in with password then a code; the same code is refused the second time', async () => {
    const user = await buildAgent(server);
    const post = client();
    const { secret } = await enrolled(user, post);
    const code = totp(secret);
    const challenge = await challengeFor(user, post);
    const done = await post<{ completeTwoFactorSignIn: { accessToken: string; refreshToken: string; user: { id: string } } }>(COMPLETE, {
      challenge,
      code,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeTwoFactorSignIn.user.id).toBe(user.id);
    expect(done.headers.get('set-cookie')).toContain('ics_refresh=');
    const me = await post<{ me: { twoFactor: { enabled: boolean } } }>(STATUS, {}, done.data!.completeTwoFactorSignIn.accessToken);
    expect(me.data?.me.twoFactor.enabled).toBe(true);

    // Replay: the same code with a new challenge, and the used challenge with a new code.
    const replay = await post(COMPLETE, { challenge: await challengeFor(user, post), code });
    expect(codesOf(replay)).toEqual(['BAD_USER_INPUT']);
    expect(replay.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'code' })]);
    expect(codesOf(await post(COMPLETE, { challenge, code: totp(secret, Date.now() + STEP_MS) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('takes each recovery code once, and regenerating replaces them', async () => {
    const user = await buildCustomer(server);
    const post = client();
    const { token, secret, codes } = await enrolled(user, post);
    const first = await post(COMPLETE, { challenge: await challengeFor(user, post), code: codes[0].toLowerCase() });
    expect(first.errors).toBeUndefined();
    expect(codesOf(await post(COMPLETE, { challenge: await challengeFor(user, post), code: codes[0] }))).toEqual(['BAD_USER_INPUT']);
    const status = await post<{ me: { twoFactor: { recoveryCodesLeft: number } } }>(STATUS, {}, token);
    expect(status.data?.me.twoFactor.recoveryCodesLeft).toBe(9);

    const regenerated = await post<{ regenerateRecoveryCodes: { codes: string[] } }>(REGENERATE, { code: totp(secret) }, token);
    expect(regenerated.data?.regenerateRecoveryCodes.codes).toHaveLength(10);
    expect(codesOf(await post(COMPLETE, { challenge: await challengeFor(user, post), code: codes[1] }))).toEqual(['BAD_USER_INPUT']);
    const fresh = regenerated.data!.regenerateRecoveryCodes.codes[0];
    expect((await post(COMPLETE, { challenge: await challengeFor(user, post), code: fresh })).errors).toBeUndefined();

    const em = server.orm.em.fork();
    const actions = (await em.find(AuditLog, { actor: user.id }, { orderBy: { createdAt: 'asc' } })).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.two_factor_enable', 'auth.two_factor_recovery_use', 'auth.two_factor_recovery_regenerate']),
    );
  });

  it('throttles wrong codes per user, and audits going over the limit', async () => {
    const user = await buildCustomer(server);
    const post = client();
    const { secret } = await enrolled(user, post);
    const challenge = await challengeFor(user, post);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(codesOf(await post(COMPLETE, { challenge, code: '000000' }))).toEqual(['BAD_USER_INPUT']);
    }
    const limited = await post(COMPLETE, { challenge, code: totp(secret) });
    expect(codesOf(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    // Another address does not help: the limit is the user's.
    expect(codesOf(await client()(COMPLETE, { challenge, code: totp(secret) }))).toEqual(['RATE_LIMITED']);
    await expect
      .poll(async () => server.orm.em.fork().count(AuditLog, { actor: user.id, action: 'auth.two_factor_rate_limited' }))
      .toBeGreaterThan(0);
  });

  it('refuses forged, tampered, expired and wrong-purpose challenges', async () => {
    const user = await buildCustomer(server);
    const post = client();
    const { secret } = await enrolled(user, post);
    const challenge = await challengeFor(user, post);
    const [head, body, signature] = challenge.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const expired = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 })).toString('base64url');
    for (const forged of ['not-a-token', `${head}.${expired}.${signature}`, `${head}.${body}.${signature.slice(0, -2)}xx`]) {
      const result = await post(COMPLETE, { challenge: forged, code: totp(secret) });
      expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0].extensions?.reason).toBe('CHALLENGE_INVALID');
    }
    // A sign-in challenge is no enrolment ticket.
    expect(codesOf(await post(BEGIN, { challenge }))).toEqual(['UNAUTHENTICATED']);
  });

  it('turns off with the password and a code; then the password alone signs in', async () => {
    const user = await buildCustomer(server);
    const post = client();
    const { token, secret } = await enrolled(user, post);
    const wrongPassword = await post(DISABLE, { password: 'nope-nope-nope', code: totp(secret) }, token);
    expect(codesOf(wrongPassword)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await post(DISABLE, { password: FACTORY_PASSWORD, code: '123456' }, token))).toEqual(['BAD_USER_INPUT']);
    const off = await post(DISABLE, { password: FACTORY_PASSWORD, code: totp(secret) }, token);
    expect(off.data).toEqual({ disableTwoFactor: true });
    const login = await post<{ login: { accessToken: string } }>(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(login.data?.login.accessToken).toBeTruthy();
    expect(await server.orm.em.fork().count(AuditLog, { actor: user.id, action: 'auth.two_factor_disable' })).toBe(1);
  });

  it('API tokens cannot enrol, and nobody sees another user’s two-factor state', async () => {
    const agent = await buildAgent(server);
    const post = client();
    const token = await agent.login();
    const created = await post<{ createApiToken: { token: string } }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      { input: { name: '2fa' } },
      token,
    );
    const apiToken = created.data!.createApiToken.token;
    expect(codesOf(await post(BEGIN, {}, apiToken))).toEqual(['FORBIDDEN']);
    expect(codesOf(await post(CONFIRM, { code: '123456' }, apiToken))).toEqual(['FORBIDDEN']);
    expect(codesOf(await post(BEGIN, {}))).toEqual(['UNAUTHENTICATED']);
    const other = await post<{ users: { edges: Array<{ node: { id: string } }> } }>(
      '{ users(first: 5) { edges { node { id twoFactor { enabled } } } } }',
      {},
      token,
    );
    expect(new Set(codesOf(other))).toEqual(new Set(['FORBIDDEN']));
  });

  describe('required by the setting for agents', () => {
    beforeAll(async () => {
      const em = server.orm.em.fork();
      em.create(Setting, { key: REQUIRE_TWO_FACTOR_SETTING, value: ['agent'] });
      await em.flush();
    });
    afterAll(async () => {
      await server.orm.em.fork().nativeDelete(Setting, { key: REQUIRE_TWO_FACTOR_SETTING });
    });

    it('gives an agent without 2FA no session, only a setup challenge that enrols and then signs in', async () => {
      const agent = await buildAgent(server);
      const post = client();
      const refused = await post(LOGIN, { input: { email: agent.email, password: FACTORY_PASSWORD } });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'TWO_FACTOR_SETUP_REQUIRED', twoFactorSetupRequired: true });
      const challenge = String(refused.errors?.[0].extensions?.twoFactorChallenge);
      // The setup challenge completes no sign-in by itself.
      expect(codesOf(await post(COMPLETE, { challenge, code: '123456' }))).toEqual(['UNAUTHENTICATED']);

      const begun = await post<{ beginTwoFactorEnrolment: { secret: string } }>(BEGIN, { challenge });
      const secret = begun.data!.beginTwoFactorEnrolment.secret;
      const confirmed = await post<{ confirmTwoFactor: { codes: string[]; session: { accessToken: string; user: { id: string } } } }>(
        CONFIRM,
        {
          code: totp(secret),
          challenge,
        },
      );
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.confirmTwoFactor.session.user.id).toBe(agent.id);
      const sessionToken = confirmed.data!.confirmTwoFactor.session.accessToken;
      const status = await post<{ me: { twoFactor: unknown } }>(STATUS, {}, sessionToken);
      expect(status.data?.me.twoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: true });
      // The setup challenge is spent; turning it off is refused while required.
      expect(codesOf(await post(BEGIN, { challenge }))).toEqual(['CONFLICT']);
      expect(codesOf(await post(DISABLE, { password: FACTORY_PASSWORD, code: totp(secret, Date.now() + STEP_MS) }, sessionToken))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('ends a session from before the requirement at its next refresh', async () => {
      const agent = await buildAgent(server);
      const post = client();
      const em = server.orm.em.fork();
      await em.nativeDelete(Setting, { key: REQUIRE_TWO_FACTOR_SETTING });
      const before = await post<{ login: { refreshToken: string } }>(LOGIN, { input: { email: agent.email, password: FACTORY_PASSWORD } });
      em.create(Setting, { key: REQUIRE_TWO_FACTOR_SETTING, value: ['agent'] });
      await em.flush();
      const refreshed = await post('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
        t: before.data!.login.refreshToken,
      });
      expect(codesOf(refreshed)).toEqual(['UNAUTHENTICATED']);
      expect(refreshed.errors?.[0].extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
    });

    it('starts a new customer account with enrolment when customers are required too', async () => {
      const em = server.orm.em.fork();
      await em.nativeUpdate(Setting, { key: REQUIRE_TWO_FACTOR_SETTING }, { value: ['agent', 'customer'] });
      try {
        const registered = await client()('mutation($input: RegisterInput!) { register(input: $input) { accessToken } }', {
          input: { email: `new-${Date.now()}@factory.test`, password: FACTORY_PASSWORD, displayName: 'New Customer' },
        });
        expect(registered.data).toBeNull();
        expect(registered.errors?.[0].extensions).toMatchObject({ reason: 'TWO_FACTOR_SETUP_REQUIRED', twoFactorSetupRequired: true });
        expect(registered.errors?.[0].extensions?.twoFactorChallenge).toEqual(expect.any(String));
      } finally {
        await em.nativeUpdate(Setting, { key: REQUIRE_TWO_FACTOR_SETTING }, { value: ['agent'] });
      }
    });

    it('leaves customers alone', async () => {
      const customer = await buildCustomer(server);
      expect(await customer.login()).toBeTruthy();
    });
  });
});
