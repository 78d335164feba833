import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, type TestBrowser, warnIfNoChromium } from '../fixtures/browser.js';
import { type E2EServer, startE2EServer } from '../fixtures/e2e-server.js';
import { button, field, pathOf, STRONG_PASSWORD } from '../fixtures/pages.js';

warnIfNoChromium('registration');

describe.skipIf(!chromiumPath)('registration', () => {
  let env: E2EServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [env, browser] = await Promise.all([startE2EServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  /** The account's locale as the server stored it, or null when the account does not exist. */
  async function accountLocale(email: string, password: string): Promise<string | null> {
    const result = await env.server.gql<{ login: { user: { locale: string } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { locale } } }',
      { input: { email, password } },
    );
    return result.data?.login.user.locale ?? null;
  }

  it('refuses a weak password with the strength warning, then registers with a strong one and opens the portal', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/register`);
    await field(page, 'Your name').fill('Robin Register');
    await field(page, 'Email').fill('robin@example.com');
    await field(page, 'Password').fill('password1');

    // Live feedback from the server's passwordStrength query: a low score and the warning.
    const meter = page.getByTestId('password-strength');
    await page.locator('[data-testid="password-strength"][data-acceptable="false"]').waitFor();
    expect(Number(await meter.getAttribute('data-score'))).toBeLessThan(3);
    expect(await page.getByRole('meter', { name: 'Password strength' }).getAttribute('aria-valuetext')).toMatch(/weak/i);
    expect(await meter.locator('li').count()).toBeGreaterThan(0);

    await button(page, 'Create account').click();
    await page.getByText('Choose a stronger password: see the tips below.').waitFor();
    expect(pathOf(page)).toBe('/register');
    expect(await accountLocale('robin@example.com', 'password1')).toBeNull();

    await field(page, 'Password').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    expect(await meter.locator('li').count()).toBe(0);
    await button(page, 'Create account').click();

    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin Register' }).waitFor();
    expect(await accountLocale('robin@example.com', STRONG_PASSWORD)).toBe('en');
    await context.close();
  });

  it('says when the email is already registered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/register`);
    await field(page, 'Your name').fill('Casey Again');
    await field(page, 'Email').fill('customer@demo.local');
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, 'Create account').click();
    await page.getByText('An account with this email already exists.').waitFor();
    await page.getByRole('link', { name: 'Sign in instead' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(await field(page, 'Email').inputValue()).toBe('customer@demo.local');
    await context.close();
  });

  it('creates the account in the chosen interface language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/register`);
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '创建账户' }).waitFor();
    await field(page, '您的姓名').fill('张伟');
    await field(page, '邮箱').fill('zhangwei@example.com');
    await field(page, '密码').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, '创建账户').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: '您好，张伟' }).waitFor();
    expect(await accountLocale('zhangwei@example.com', STRONG_PASSWORD)).toBe('zh-CN');
    await context.close();
  });
});
