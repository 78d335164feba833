import { expect, it } from 'vitest';
import { button, field } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

describeInBrowser('language', (suite) => {
  it('switches to 中文, remembers it across a reload, and carries it into the app', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await page.getByText('欢迎回来，请登录以继续。').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toBe('智能客户服务');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ics.language'))).toBe('zh-CN');

    // Errors are translated too.
    await field(page, '邮箱').fill('admin@demo.local');
    await field(page, '密码').fill('definitely-wrong');
    await button(page, '登录').click();
    await page.getByText('邮箱或密码不正确。').waitFor();

    await field(page, '密码').fill(DEMO_PASSWORD);
    await button(page, '登录').click();
    await page.waitForURL((url) => url.pathname === '/admin/dashboard');
    await page.getByRole('heading', { level: 1, name: '欢迎回来，Ada Admin' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }).waitFor();

    // And back to English from the app bar.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Ada Admin' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ics.language'))).toBe('en');
    await page.context().close();
  });

  it('starts in Chinese for a Chinese browser and in English otherwise', async () => {
    for (const [locale, heading] of [
      ['zh-CN', '登录'],
      ['zh-TW', '登录'],
      ['fr-FR', 'Sign in'],
    ]) {
      const page = await suite.newPage({ locale });
      await page.goto(`${suite.env.baseUrl}/signin`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.context().close();
    }
  });
});
