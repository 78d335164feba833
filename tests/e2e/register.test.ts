import { expect, it } from 'vitest';
import { button, field, fillNewPassword, pathOf, STRONG_PASSWORD } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';

describeInBrowser('registration', (suite) => {
  /** The account's locale as the server stored it, or null when the account does not exist. */
  async function accountLocale(email: string, password: string): Promise<string | null> {
    const result = await suite.env.server.gql<{ login: { user: { locale: string } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { locale } } }',
      { input: { email, password } },
    );
    return result.data?.login.user.locale ?? null;
  }

  it('refuses a weak password with the strength warning, then registers with a strong one and opens the portal', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/register`);
    await field(page, 'Your name').fill('Robin Register');
    await field(page, 'Email').fill('robin@example.com');
    // Live feedback from the server's passwordStrength query: a low score and the warning.
    await fillNewPassword(page, 'Password', 'password1', false);
    const meter = page.getByTestId('password-strength');
    expect(Number(await meter.getAttribute('data-score'))).toBeLessThan(3);
    expect(await page.getByRole('meter', { name: 'Password strength' }).getAttribute('aria-valuetext')).toMatch(/weak/i);
    expect(await meter.locator('li').count()).toBeGreaterThan(0);

    await button(page, 'Create account').click();
    await page.getByText('Choose a stronger password: see the tips below.').waitFor();
    expect(pathOf(page)).toBe('/register');
    expect(await accountLocale('robin@example.com', 'password1')).toBeNull();

    await fillNewPassword(page, 'Password', STRONG_PASSWORD);
    expect(await meter.locator('li').count()).toBe(0);
    await button(page, 'Create account').click();

    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin Register' }).waitFor();
    expect(await accountLocale('robin@example.com', STRONG_PASSWORD)).toBe('en');
    await page.context().close();
  });

  it('says when the email is already registered', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/register`);
    await field(page, 'Your name').fill('Casey Again');
    await field(page, 'Email').fill('customer@demo.local');
    await fillNewPassword(page, 'Password', STRONG_PASSWORD);
    await button(page, 'Create account').click();
    await page.getByText('An account with this email already exists.').waitFor();
    await page.getByRole('link', { name: 'Sign in instead' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(await field(page, 'Email').inputValue()).toBe('customer@demo.local');
    await page.context().close();
  });

  it('creates the account in the chosen interface language', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/register`);
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '创建账户' }).waitFor();
    await field(page, '您的姓名').fill('张伟');
    await field(page, '邮箱').fill('zhangwei@example.com');
    await fillNewPassword(page, '密码', STRONG_PASSWORD);
    await button(page, '创建账户').click();
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: '您好，张伟' }).waitFor();
    expect(await accountLocale('zhangwei@example.com', STRONG_PASSWORD)).toBe('zh-CN');
    await page.context().close();
  });
});
