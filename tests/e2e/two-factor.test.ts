import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { Setting } from '../../server/src/modules/settings/setting.entity.js';
import { REQUIRE_TWO_FACTOR_SETTING } from '../../server/src/modules/two-factor/two-factor.service.js';
import { enrolThroughApi, secretFromPage, TestAuthenticator } from '../fixtures/authenticator.js';
import { buildAgent, buildCustomer } from '../fixtures/factories.js';
import {
  button,
  expectFitsPhone,
  field,
  fillNewPassword,
  PHONE,
  pathOf,
  STRONG_PASSWORD,
  signOut,
  submitSignIn,
} from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';

describeInBrowser('two-factor sign-in', (suite) => {
  /** Reads the enrolment dialog or page: the key (as the server gave it) once the QR code is drawn. */
  async function readSecret(page: Page): Promise<string> {
    await page.getByTestId('two-factor-qr').waitFor();
    return secretFromPage((await page.getByTestId('two-factor-secret').textContent()) ?? '');
  }

  async function recoveryCodesShown(page: Page): Promise<string[]> {
    await page.getByTestId('recovery-code').first().waitFor();
    return (await page.getByTestId('recovery-code').allTextContents()).map((code) => code.trim());
  }

  async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
    await page.goto(`${suite.env.baseUrl}/signin`);
    await submitSignIn(page, email, password);
  }

  it('enrols from the account page, then signs in with a code and with a recovery code', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: 'Tess Twofactor' });
    const page = await suite.newPage({ acceptDownloads: true });
    await signInWithPassword(page, customer.email, customer.password);
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.goto(`${suite.env.baseUrl}/account`);

    const card = page.getByTestId('two-factor');
    await button(card, 'Set up').click();
    const dialog = page.getByRole('dialog', { name: 'Set up two-factor sign-in' });
    const secret = await readSecret(page);
    expect(await dialog.getByRole('img', { name: 'QR code that adds this account to an authenticator app' }).count()).toBe(1);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const authenticator = new TestAuthenticator(secret);
    const codeField = field(dialog, 'Authenticator code');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');

    // A wrong code is refused beside the field; the right one turns it on.
    await codeField.fill('000000');
    await button(dialog, 'Turn on').click();
    await dialog.getByText('This code is incorrect or was already used.', { exact: false }).waitFor();
    await codeField.fill(await authenticator.code());
    await button(dialog, 'Turn on').click();

    const codesDialog = page.getByRole('dialog', { name: 'Save your recovery codes' });
    const recoveryCodes = await recoveryCodesShown(page);
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const [download] = await Promise.all([page.waitForEvent('download'), button(codesDialog, 'Download as text').click()]);
    expect(download.suggestedFilename()).toBe('recovery-codes.txt');
    const file = readFileSync((await download.path()) as string, 'utf8');
    for (const code of recoveryCodes) expect(file).toContain(code);
    expect(file).toContain(customer.email);

    // The codes are shown once: going on needs saying they are saved.
    await button(codesDialog, 'Done').click();
    await codesDialog.getByText('Confirm that you have saved the codes first.').waitFor();
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name') ?? null")).toBe('saved');
    await codesDialog.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
    await button(codesDialog, 'Done').click();
    await codesDialog.waitFor({ state: 'detached' });
    await card.getByTestId('two-factor-notice').waitFor();
    expect(await card.getByTestId('recovery-codes-left').textContent()).toBe('10 recovery codes left');
    await button(card, 'Turn off').waitFor();

    // Password, then the authenticator: a wrong code says so, the right one signs in as a password alone did.
    await signOut(page);
    await submitSignIn(page, customer.email, customer.password);
    await page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' }).waitFor();
    const signInCode = field(page, 'Authenticator code');
    // The step starts in its field (a string: the tests are typed without the DOM).
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('autocomplete') ?? null")).toBe('one-time-code');
    await signInCode.fill('123456');
    await button(page, 'Verify').click();
    await page.getByText('This code is incorrect or was already used.', { exact: false }).waitFor();
    expect(pathOf(page)).toBe('/signin');
    await signInCode.fill(await authenticator.code());
    await button(page, 'Verify').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: 'Hello, Tess Twofactor' }).waitFor();

    // A recovery code instead, once.
    await signOut(page);
    await submitSignIn(page, customer.email, customer.password);
    await button(page, 'Use a recovery code instead').click();
    await field(page, 'Recovery code').fill(recoveryCodes[0].toLowerCase());
    await button(page, 'Verify').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.goto(`${suite.env.baseUrl}/account`);
    await card.getByText('9 recovery codes left').waitFor();
    await page.context().close();
  });

  it('makes new recovery codes and turns off from the account page', async () => {
    const customer = await buildCustomer(suite.env.server);
    const { authenticator, recoveryCodes } = await enrolThroughApi(suite.env.server, customer);
    const page = await suite.newPage();
    await signInWithPassword(page, customer.email, customer.password);
    await field(page, 'Authenticator code').fill(recoveryCodes[0]); // letters: only digits are kept
    expect(await field(page, 'Authenticator code').inputValue()).not.toMatch(/[A-Z]/);
    await button(page, 'Use a recovery code instead').click();
    await field(page, 'Recovery code').fill(recoveryCodes[0]);
    await button(page, 'Verify').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.goto(`${suite.env.baseUrl}/account`);
    const card = page.getByTestId('two-factor');
    await card.getByText('9 recovery codes left').waitFor();

    await button(card, 'New recovery codes').click();
    const regenerate = page.getByRole('dialog', { name: 'Make new recovery codes' });
    await field(regenerate, 'Authenticator code').fill(await authenticator.code());
    await button(regenerate, 'Make new codes').click();
    const codesDialog = page.getByRole('dialog', { name: 'Save your recovery codes' });
    const fresh = await recoveryCodesShown(page);
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[1]);
    await codesDialog.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
    await button(codesDialog, 'Done').click();
    await codesDialog.waitFor({ state: 'detached' });
    await card.getByText('10 recovery codes left').waitFor();

    // Turning off takes the password and a code; a wrong password is said beside its field.
    await button(card, 'Turn off').click();
    const turnOff = page.getByRole('dialog', { name: 'Turn off two-factor sign-in?' });
    await field(turnOff, 'Password').fill('not-my-password');
    await field(turnOff, 'Authenticator code').fill('123456'); // the password is checked first
    await button(turnOff, 'Turn off').click();
    await turnOff.getByText('The current password is incorrect.').waitFor();
    await field(turnOff, 'Password').fill(customer.password);
    await field(turnOff, 'Authenticator code').fill(await authenticator.code());
    await button(turnOff, 'Turn off').click();
    await turnOff.waitFor({ state: 'detached' });
    await card.getByText('Two-factor sign-in is off.').waitFor();
    await button(card, 'Set up').waitFor();

    // The password alone signs in again.
    await signOut(page);
    await submitSignIn(page, customer.email, customer.password);
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.context().close();
  });

  it('asks for the code in Chinese, on a phone', async () => {
    const customer = await buildCustomer(suite.env.server);
    const { authenticator } = await enrolThroughApi(suite.env.server, customer);
    const page = await suite.newPage({ ...PHONE, locale: 'zh-CN' });
    await page.goto(`${suite.env.baseUrl}/signin`);
    await page.locator('input[type="email"]').fill(customer.email);
    await page.locator('input[type="password"]').fill(customer.password);
    await button(page, '登录').click();
    await page.getByRole('heading', { level: 1, name: '两步验证' }).waitFor();
    await page.getByText('请输入验证器应用中的 6 位验证码。').waitFor();
    await expectFitsPhone(page);
    await field(page, '验证码').fill('999999');
    await button(page, '验证').click();
    await page.getByText('验证码不正确或已使用过', { exact: false }).waitFor();
    await field(page, '验证码').fill(await authenticator.code());
    await button(page, '验证').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.context().close();
  });

  it('walks those the desk requires it of through setup at sign-in and at registration, and does not offer to turn it off', async () => {
    const em = suite.env.server.orm.em.fork();
    em.create(Setting, { key: REQUIRE_TWO_FACTOR_SETTING, value: ['agent'] });
    await em.flush();
    try {
      const agent = await buildAgent(suite.env.server);
      const page = await suite.newPage();
      await signInWithPassword(page, agent.email, agent.password);
      await page.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' }).waitFor();
      await page.getByText('Your desk requires two-factor sign-in for your role.', { exact: false }).waitFor();
      const authenticator = new TestAuthenticator(await readSecret(page));
      await field(page, 'Authenticator code').fill(await authenticator.code());
      await button(page, 'Turn on').click();
      await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
      expect(await recoveryCodesShown(page)).toHaveLength(10);
      await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
      await button(page, 'Continue').click();
      await page.waitForURL((url) => url.pathname === '/agent/inbox');

      await page.goto(`${suite.env.baseUrl}/account`);
      const card = page.getByTestId('two-factor');
      await card.getByText('Your desk requires two-factor sign-in for your role, so it cannot be turned off.').waitFor();
      expect(await button(card, 'Turn off').count()).toBe(0);
      await button(card, 'New recovery codes').waitFor();
      await page.context().close();

      // Required of customers too: a new account starts with the setup, then opens the portal.
      await em.nativeUpdate(Setting, { key: REQUIRE_TWO_FACTOR_SETTING }, { value: ['agent', 'customer'] });
      const newcomer = await suite.newPage();
      await newcomer.goto(`${suite.env.baseUrl}/register`);
      await field(newcomer, 'Your name').fill('Nia Newcomer');
      await field(newcomer, 'Email').fill(`nia-${Date.now()}@example.com`);
      await fillNewPassword(newcomer, 'Password', STRONG_PASSWORD);
      await button(newcomer, 'Create account').click();
      await newcomer.getByRole('heading', { level: 1, name: 'Set up two-factor sign-in' }).waitFor();
      const newcomerAuthenticator = new TestAuthenticator(await readSecret(newcomer));
      await field(newcomer, 'Authenticator code').fill(await newcomerAuthenticator.code());
      await button(newcomer, 'Turn on').click();
      await newcomer.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
      await button(newcomer, 'Continue').click();
      await newcomer.waitForURL((url) => url.pathname === '/portal');
      await newcomer.getByRole('heading', { level: 1, name: 'Hello, Nia Newcomer' }).waitFor();
      await newcomer.context().close();
    } finally {
      await suite.env.server.orm.em.fork().nativeDelete(Setting, { key: REQUIRE_TWO_FACTOR_SETTING });
    }
  });
});
