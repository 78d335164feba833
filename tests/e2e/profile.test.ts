import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { button, field, horizontalOverflow, PHONE, signIn, signOut } from '../fixtures/pages.js';
import type { SmtpCapture } from '../fixtures/smtp.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

/** A header of a raw mail with its RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) decoded. */
function mailHeader(raw: string, name: string): string {
  const [head] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const value = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1] ?? '';
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

describeInBrowser(
  'own profile',
  (suite) => {
    const mailbox = () => suite.env.smtp as SmtpCapture;

    /** The profile as the server has it. */
    async function storedProfile(email: string): Promise<{ displayName: string; locale: string } | undefined> {
      const token = await suite.env.server.login(email);
      const result = await suite.env.server.gql<{ me: { displayName: string; locale: string } }>(
        '{ me { displayName locale } }',
        {},
        { token },
      );
      return result.data?.me;
    }

    const mailLanguage = (page: Page, label = 'Email language') => page.getByRole('combobox', { name: label });

    it('renames you: the app bar shows the new name at once and it stays after a reload; a blank name is refused', async () => {
      const page = await suite.newPage();
      await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
      await page.goto(`${suite.env.baseUrl}/account`);
      const name = page.getByTestId('profile-name');
      expect(await name.textContent()).toBe('Casey Customer');

      await button(page, 'Change your name').click();
      const dialog = page.getByRole('dialog', { name: 'Change your name' });
      expect(await field(dialog, 'Your name').inputValue()).toBe('Casey Customer');
      await field(dialog, 'Your name').fill('  Casey Renamed ');
      await button(dialog, 'Save').click();
      await dialog.waitFor({ state: 'detached' });
      // The app bar, the card and the avatar follow without a reload.
      await button(page, 'Account menu for Casey Renamed').waitFor();
      await page.getByTestId('user-menu').getByText('Casey Renamed', { exact: true }).waitFor();
      // The avatar draws its initials from data-initials (a picture, not part of the button's label).
      expect(await page.getByTestId('user-menu').locator('[data-initials="CR"]').count()).toBe(1);
      expect(await name.textContent()).toBe('Casey Renamed');
      expect(await storedProfile('customer@demo.local')).toEqual({ displayName: 'Casey Renamed', locale: 'en' });

      await page.reload();
      await button(page, 'Account menu for Casey Renamed').waitFor();
      expect(await name.textContent()).toBe('Casey Renamed');

      // Blank: the translated problem, the dialog stays, nothing changes.
      await button(page, 'Change your name').click();
      await field(dialog, 'Your name').fill('   ');
      await button(dialog, 'Save').click();
      await dialog.getByText('Enter your name.').waitFor();
      await button(dialog, 'Cancel').click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('radio', { name: '中文' }).check();
      await button(page, '修改姓名').click();
      const chineseDialog = page.getByRole('dialog', { name: '修改姓名' });
      expect(await field(chineseDialog, '您的姓名').inputValue()).toBe('Casey Renamed');
      await field(chineseDialog, '您的姓名').fill('');
      await button(chineseDialog, '保存').click();
      await chineseDialog.getByText('请输入您的姓名。').waitFor();
      await button(chineseDialog, '取消').click();
      await chineseDialog.waitFor({ state: 'detached' });
      expect(await name.textContent()).toBe('Casey Renamed');
      expect(await storedProfile('customer@demo.local')).toEqual({ displayName: 'Casey Renamed', locale: 'en' });
      await page.context().close();
    });

    it('writes mails in the chosen email language', async () => {
      const page = await suite.newPage();
      await signIn(page, suite.env.baseUrl, 'agent@demo.local', DEMO_PASSWORD);
      await page.goto(`${suite.env.baseUrl}/account`);
      const profile = page.getByTestId('profile');
      expect(await mailLanguage(page).textContent()).toBe('English');

      await mailLanguage(page).click();
      await page.getByRole('option', { name: '中文' }).click();
      await profile.getByText('Saved: your emails will be in this language.').waitFor();
      expect(await mailLanguage(page).textContent()).toBe('中文');
      // The interface stays English: that is this browser's choice.
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await page.reload();
      expect(await mailLanguage(page).textContent()).toBe('中文');
      expect(await storedProfile('agent@demo.local')).toEqual({ displayName: 'Alex Agent', locale: 'zh-CN' });

      await signOut(page);
      await page.goto(`${suite.env.baseUrl}/forgot-password`);
      await field(page, 'Email').fill('agent@demo.local');
      await button(page, 'Send reset link').click();
      await page.getByTestId('reset-requested').waitFor();
      const mail = await mailbox().waitFor((m) => m.to.includes('agent@demo.local'));
      expect(mailHeader(mail.raw, 'Subject')).toBe('重置您的密码');
      await page.context().close();
    });

    it('offers to write mails in the interface language as well', async () => {
      const page = await suite.newPage({ locale: 'zh-CN' });
      await page.goto(`${suite.env.baseUrl}/signin`);
      await field(page, '邮箱').fill('admin@demo.local');
      await field(page, '密码').fill(DEMO_PASSWORD);
      await button(page, '登录').click();
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.goto(`${suite.env.baseUrl}/account`);
      expect(await mailLanguage(page, '邮件语言').textContent()).toBe('English');

      await button(page, '我的邮件也使用此语言').click();
      await page.getByText('今后的邮件也将使用此语言。').waitFor();
      expect(await mailLanguage(page, '邮件语言').textContent()).toBe('中文');
      expect(await button(page, '我的邮件也使用此语言').count()).toBe(0);
      expect(await storedProfile('admin@demo.local')).toEqual({ displayName: 'Ada Admin', locale: 'zh-CN' });

      // Only offered while the two differ.
      await page.getByRole('radio', { name: 'English' }).check();
      await button(page, 'Also use this for my emails').waitFor();
      await page.context().close();
    });

    it('fits a 360 px phone, with the name dialog and the language list open', async () => {
      const page = await suite.newPage(PHONE);
      await signIn(page, suite.env.baseUrl, 'customer2@demo.local', DEMO_PASSWORD);
      await page.goto(`${suite.env.baseUrl}/account`);
      await mailLanguage(page).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      await button(page, 'Change your name').click();
      const dialog = page.getByRole('dialog', { name: 'Change your name' });
      await field(dialog, 'Your name').fill('A rather long name that goes on and on, well past the width of a phone');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await button(dialog, 'Save').click();
      await dialog.waitFor({ state: 'detached' });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      await mailLanguage(page).click();
      await page.getByRole('option', { name: 'English' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  },
  { smtp: true },
);
