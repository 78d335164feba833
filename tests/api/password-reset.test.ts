import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpCapture, startSmtpCapture } from '../fixtures/smtp.js';
import { codesOf, DEMO_PASSWORD, startTestServer, type TestServer } from '../fixtures/test-server.js';

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';

describe('passwords by mail and by hand', () => {
  let server: TestServer;
  let smtp: SmtpCapture;
  let ip = 1;
  const headers = () => ({ 'x-forwarded-for': `10.9.0.${ip++}` });
  const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;
  const mailTo = (email: string, after: number) => smtp.waitFor((m) => m.to.includes(email) && smtp.messages.indexOf(m) >= after);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://support.example.test' });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('mails a single-use link that sets a new password and ends old sessions', async () => {
    const email = 'customer@demo.local';
    const old = await server.gql<{ login: { refreshToken: string } }>(LOGIN, { e: email, p: DEMO_PASSWORD }, { headers: headers() });
    const count = smtp.messages.length;
    expect((await server.gql(REQUEST, { e: 'Customer@Demo.local' })).data).toEqual({ requestPasswordReset: true });
    const mail = await mailTo(email, count);
    expect(mail.link).toMatch(/^http:\/\/support\.example\.test\/reset-password\?token=/);
    expect(mail.raw).toMatch(/Reset your password/);

    const oldAccess = await server.login(email);
    const fresh = 'lunar-Tulip-88-orchard';
    expect((await server.gql(RESET, { t: tokenOf(mail.link as string), p: fresh })).data).toEqual({ resetPassword: true });
    expect(codesOf(await server.gql(LOGIN, { e: email, p: fresh }, { headers: headers() }))).toEqual([]);
    expect(codesOf(await server.gql(LOGIN, { e: email, p: DEMO_PASSWORD }, { headers: headers() }))).toEqual(['UNAUTHENTICATED']);
    // Sessions from before the reset are gone, access tokens included.
    expect(codesOf(await server.gql('{ me { email } }', {}, { token: oldAccess }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await server.gql(REFRESH, { t: old.data?.login.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    // The link works once.
    const again = await server.gql(RESET, { t: tokenOf(mail.link as string), p: 'another-Strong-pass-19' });
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('writes the mail in the user’s language', async () => {
    const count = smtp.messages.length;
    await server.gql(REQUEST, { e: 'customer2@demo.local' });
    const mail = await mailTo('customer2@demo.local', count);
    expect(Buffer.from(mail.raw).toString('utf8')).toMatch(/Subject: =\?UTF-8\?/);
  });

  it('answers true for unknown addresses and sends nothing', async () => {
    const count = smtp.messages.length;
    expect((await server.gql(REQUEST, { e: 'ghost@demo.local' })).data).toEqual({ requestPasswordReset: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.slice(count).some((m) => m.to.includes('ghost@demo.local'))).toBe(false);
  });

  it('scores a new password against the account named by the reset token', async () => {
    const count = smtp.messages.length;
    await server.gql(REQUEST, { e: 'admin@demo.local' });
    const token = tokenOf((await mailTo('admin@demo.local', count)).link as string);
    const strength = (resetToken?: string) =>
      server.gql<{ passwordStrength: { acceptable: boolean; problem: string | null } }>(
        'query($p: String!, $t: String) { passwordStrength(password: $p, resetToken: $t) { acceptable problem } }',
        { p: 'Ada Admin rocks 2024!', t: resetToken },
      );
    expect((await strength()).data?.passwordStrength.acceptable).toBe(true);
    expect((await strength(token)).data?.passwordStrength).toEqual({ acceptable: false, problem: 'personalInfo' });
    const refused = await server.gql(RESET, { t: token, p: 'Ada Admin rocks 2024!' });
    expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'newPassword', code: 'personalInfo' })]);
  });

  it('refuses a weak new password, an expired link and a forged link, changing nothing', async () => {
    const email = 'agent2@demo.local';
    const count = smtp.messages.length;
    await server.gql(REQUEST, { e: email });
    const token = tokenOf((await mailTo(email, count)).link as string);
    expect(codesOf(await server.gql(RESET, { t: token, p: 'password1' }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(RESET, { t: 'forged-token', p: 'lunar-Tulip-88-orchard' }))).toEqual(['BAD_USER_INPUT']);
    await server.orm.em
      .getConnection()
      .execute(`update password_reset_tokens set expires_at = ? where used_at is null`, [new Date(Date.now() - 1000)]);
    expect(codesOf(await server.gql(RESET, { t: token, p: 'lunar-Tulip-88-orchard' }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(LOGIN, { e: email, p: DEMO_PASSWORD }, { headers: headers() }))).toEqual([]);
  });

  it('changes a password when the current one is right, and ends the other sessions', async () => {
    const email = 'agent@demo.local';
    const first = (
      await server.gql<{ login: { accessToken: string; refreshToken: string } }>(
        LOGIN,
        { e: email, p: DEMO_PASSWORD },
        { headers: headers() },
      )
    ).data?.login as { accessToken: string; refreshToken: string };
    const token = first.accessToken;
    expect(codesOf(await server.gql(CHANGE, { c: 'not-my-password', n: 'quiet-Meadow-61-river' }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(CHANGE, { c: DEMO_PASSWORD, n: 'password1' }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(CHANGE, { c: DEMO_PASSWORD, n: DEMO_PASSWORD }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql(CHANGE, { c: DEMO_PASSWORD, n: 'quiet-Meadow-61-river' }))).toEqual(['UNAUTHENTICATED']);

    const changed = await server.gql<{ changePassword: { refreshToken: string } }>(
      CHANGE,
      { c: DEMO_PASSWORD, n: 'quiet-Meadow-61-river' },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    // Access tokens issued before the change stop working at once.
    expect(codesOf(await server.gql('{ me { email } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await server.gql(REFRESH, { t: first.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await server.gql(REFRESH, { t: changed.data?.changePassword.refreshToken }))).toEqual([]);
    expect(codesOf(await server.gql(LOGIN, { e: email, p: 'quiet-Meadow-61-river' }, { headers: headers() }))).toEqual([]);
  });
});
