import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { type BuiltUser, buildAdmin, buildAgent } from '../fixtures/factories.js';
import { button, expectFitsPhone, field, fillNewPassword, PHONE, STRONG_PASSWORD, signIn, submitSignIn } from '../fixtures/pages.js';
import type { SmtpCapture } from '../fixtures/smtp.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { gqlData } from '../fixtures/test-server.js';

describeInBrowser(
  'administration of people and teams',
  (suite) => {
    const mailbox = () => suite.env.smtp as SmtpCapture;
    let admin: BuiltUser;
    /** Someone to put into teams. */
    let member: BuiltUser;

    beforeAll(async () => {
      [admin, member] = await Promise.all([
        buildAdmin(suite.env.server, { displayName: 'Ada People' }),
        buildAgent(suite.env.server, { displayName: 'Ola Member' }),
      ]);
      await gqlData(suite.env.server, await admin.login(), 'mutation { createTeam(input: { name: "Billing" }) { id } }');
    });

    /** Signs in by the inputs' types, so it works in either language. */
    async function signInAs(page: Page, email: string, password: string): Promise<void> {
      await page.goto(`${suite.env.baseUrl}/signin`);
      await page.locator('input[type="email"]').fill(email);
      await page.locator('input[type="password"]').fill(password);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname !== '/signin');
    }

    const rowOf = (page: Page, name: string) => page.getByTestId('user-row').filter({ hasText: name });
    /** Waits for the page's notice to say this (an earlier notice may still show meanwhile). */
    const expectNotice = (page: Page, text: string) => page.getByTestId('notice').filter({ hasText: text }).waitFor();

    async function chooseAction(page: Page, name: string, action: string): Promise<void> {
      await button(page, `Actions for ${name}`).click();
      await page.getByRole('menuitem', { name: action, exact: true }).click();
    }

    it('invites an agent who sets a password and signs in; edits their teams; deactivation signs them out', async () => {
      const page = await suite.newPage();
      await signIn(page, suite.env.baseUrl, admin.email, admin.password);
      await page.goto(`${suite.env.baseUrl}/admin/users`);
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await rowOf(page, 'Ada People').waitFor();

      // Nobody can deactivate themselves: their own menu does not offer it.
      await button(page, 'Actions for Ada People').click();
      await page.getByRole('menuitem', { name: 'Edit' }).waitFor();
      expect(await page.getByRole('menuitem', { name: 'Deactivate' }).count()).toBe(0);
      await page.keyboard.press('Escape');

      // Add a person: a taken email is refused on its field, then the invitation goes out.
      await button(page, 'Add person').click();
      const dialog = page.getByRole('dialog', { name: 'Add a person' });
      await field(dialog, 'Email').fill(member.email);
      await field(dialog, 'Name').fill('Nia New');
      expect(await dialog.getByRole('combobox', { name: 'Role' }).textContent()).toContain('Agent');
      await dialog.getByRole('combobox', { name: 'Teams' }).click();
      await page.getByRole('option', { name: 'Support' }).click();
      await page.keyboard.press('Escape');
      await dialog.getByRole('spinbutton', { name: 'Capacity' }).fill('3');
      await button(dialog, 'Send invitation').click();
      await dialog.getByText('Someone already has an account with this email.').waitFor();
      expect(await field(dialog, 'Email').getAttribute('aria-invalid')).toBe('true');

      await field(dialog, 'Email').fill('nia.new@example.test');
      await button(dialog, 'Send invitation').click();
      await dialog.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Invitation mail sent to nia.new@example.test.');

      // The search finds her (debounced), with her role, team and load.
      await page.getByRole('searchbox', { name: 'Search' }).fill('nia.new');
      await page.getByTestId('user-row').filter({ hasNotText: 'Nia New' }).first().waitFor({ state: 'detached' });
      const row = rowOf(page, 'Nia New');
      expect(await row.textContent()).toMatch(/Agent.*Support.*Active.*0 \/ 3.*Never/);
      expect(await page.getByTestId('user-count').textContent()).toBe('1 person');

      // She follows the invitation, chooses a password and signs in.
      const mail = await mailbox().waitFor((m) => m.to.includes('nia.new@example.test'));
      expect(mail.link).toMatch(new RegExp(`^${suite.env.baseUrl}/reset-password\\?token=`));
      const agentPage = await suite.newPage();
      await agentPage.goto(mail.link as string);
      await fillNewPassword(agentPage, 'New password', STRONG_PASSWORD);
      await button(agentPage, 'Set new password').click();
      await agentPage.getByTestId('reset-done').waitFor();
      await agentPage.goto(`${suite.env.baseUrl}/signin`);
      await submitSignIn(agentPage, 'nia.new@example.test', STRONG_PASSWORD);
      await agentPage.waitForURL((url) => url.pathname === '/agent/inbox');

      // Edit: another team and a new capacity.
      await chooseAction(page, 'Nia New', 'Edit');
      const edit = page.getByRole('dialog', { name: 'Edit Nia New' });
      expect(await field(edit, 'Name').inputValue()).toBe('Nia New');
      await edit.getByRole('combobox', { name: 'Teams' }).click();
      await page.getByRole('option', { name: 'Billing' }).click();
      await page.keyboard.press('Escape');
      await edit.getByRole('spinbutton', { name: 'Capacity' }).fill('4');
      await button(edit, 'Save').click();
      await edit.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Changes to Nia New saved.');
      await row.getByText('Billing').waitFor();
      expect(await row.textContent()).toMatch(/Billing.*Support.*0 \/ 4/);
      // Focus is back on her actions button, where the administrator left off.
      await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Actions for Nia New');

      // Deactivate: the dialog says what happens, then her session ends.
      await chooseAction(page, 'Nia New', 'Deactivate');
      const confirm = page.getByRole('dialog', { name: 'Deactivate Nia New?' });
      const warning = await confirm.textContent();
      expect(warning).toContain('signed out everywhere at once');
      expect(warning).toContain('open conversations go back to the queue');
      await button(confirm, 'Deactivate').click();
      await confirm.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Nia New is deactivated.');
      await row.and(page.locator('[data-active="false"]')).waitFor();
      expect(await row.textContent()).toContain('Deactivated');

      // Her tab's next request finds the session ended (her socket was closed at once; it may have noticed already).
      await agentPage.goto(`${suite.env.baseUrl}/account`);
      await agentPage.waitForURL((url) => url.pathname === '/signin');
      await submitSignIn(agentPage, 'nia.new@example.test', STRONG_PASSWORD);
      await agentPage.getByTestId('form-error').getByText('This account is deactivated. Contact your administrator.').waitFor();

      // The status filter finds her among the deactivated; reactivating lets her back in.
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Deactivated' }).click();
      await rowOf(page, 'Nia New').waitFor();
      await page.getByTestId('user-row').and(page.locator('[data-active="true"]')).first().waitFor({ state: 'detached' });
      await chooseAction(page, 'Nia New', 'Reactivate');
      await button(page.getByRole('dialog', { name: 'Reactivate Nia New?' }), 'Reactivate').click();
      await expectNotice(page, 'Nia New is active again.');
      await submitSignIn(agentPage, 'nia.new@example.test', STRONG_PASSWORD);
      // Back where her tab was when the session ended.
      await agentPage.waitForURL((url) => url.pathname === '/account');

      await agentPage.context().close();
      await page.context().close();
    });

    it('creates a team with a member, refuses a taken name, renames it and deletes it', async () => {
      const page = await suite.newPage();
      await signIn(page, suite.env.baseUrl, admin.email, admin.password);
      await page.goto(`${suite.env.baseUrl}/admin/teams`);
      await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
      await page.getByTestId('team').filter({ hasText: 'Support' }).waitFor();

      await button(page, 'New team').click();
      const editor = page.getByRole('dialog', { name: 'New team' });
      await field(editor, 'Team name').fill('Escalations');
      await editor.getByRole('combobox', { name: 'Members' }).fill('Ola');
      await page.getByRole('option', { name: /Ola Member/ }).click();
      await page.keyboard.press('Escape');
      await editor.locator('.MuiChip-root', { hasText: 'Ola Member' }).waitFor();
      await button(editor, 'Create team').click();
      await editor.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Team Escalations created.');
      const card = page.getByTestId('team').filter({ has: page.getByRole('heading', { name: 'Escalations', exact: true }) });
      expect(await card.textContent()).toMatch(/1 member.*Ola Member/);

      // A name another team has is refused on the name field.
      await button(page, 'Edit team Escalations').click();
      const edit = page.getByRole('dialog', { name: 'Edit team Escalations' });
      await field(edit, 'Team name').fill('Support');
      await button(edit, 'Save').click();
      await edit.getByText('A team with this name exists already.').waitFor();
      expect(await field(edit, 'Team name').getAttribute('aria-invalid')).toBe('true');
      await field(edit, 'Team name').fill('Escalations L2');
      await button(edit, 'Save').click();
      await edit.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Team Escalations L2 saved.');
      await page.getByRole('heading', { name: 'Escalations L2', exact: true }).waitFor();

      await button(page, 'Delete team Escalations L2').click();
      const confirm = page.getByRole('dialog', { name: 'Delete team Escalations L2?' });
      expect(await confirm.textContent()).toContain('keep their history');
      await button(confirm, 'Delete').click();
      await confirm.waitFor({ state: 'hidden' });
      await expectNotice(page, 'Team Escalations L2 deleted.');
      await page.getByRole('heading', { name: 'Escalations L2', exact: true }).waitFor({ state: 'detached' });
      // Focus does not fall to the page: it lands on "New team".
      await expect.poll(() => page.evaluate('document.activeElement?.dataset.testid')).toBe('create-team');
      await page.context().close();
    });

    it('works in Chinese on a 360 px phone', async () => {
      const page = await suite.newPage({ ...PHONE, locale: 'zh-CN' });
      await signInAs(page, admin.email, admin.password);
      await page.goto(`${suite.env.baseUrl}/admin/users`);
      await page.getByRole('heading', { level: 1, name: '用户' }).waitFor();
      await page.getByTestId('user-row').first().waitFor();
      await expectFitsPhone(page);

      await button(page, '添加用户').click();
      const dialog = page.getByRole('dialog', { name: '添加用户' });
      await field(dialog, '邮箱').fill('li.lei@example.test');
      await field(dialog, '姓名').fill('李雷');
      await button(dialog, '发送邀请').click();
      await dialog.waitFor({ state: 'hidden' });
      await expectNotice(page, '邀请邮件已发送至 li.lei@example.test。');
      const mail = await mailbox().waitFor((m) => m.to.includes('li.lei@example.test'));
      expect(mail.link).toContain('/reset-password?token=');

      await button(page, '李雷 的操作').click();
      await page.getByRole('menuitem', { name: '停用' }).click();
      const confirm = page.getByRole('dialog', { name: '停用 李雷？' });
      expect(await confirm.textContent()).toContain('进行中的会话将退回队列');
      await button(confirm, '停用').click();
      await expectNotice(page, '已停用 李雷。');
      expect(await rowOf(page, '李雷').textContent()).toContain('已停用');
      await expectFitsPhone(page);

      await page.goto(`${suite.env.baseUrl}/admin/teams`);
      await page.getByRole('heading', { level: 1, name: '团队' }).waitFor();
      await button(page, '新建团队').click();
      const editor = page.getByRole('dialog', { name: '新建团队' });
      await field(editor, '团队名称').fill('售后');
      await editor.getByRole('combobox', { name: '成员' }).fill('Ola');
      await page.getByRole('option', { name: /Ola Member/ }).click();
      await page.keyboard.press('Escape');
      await button(editor, '创建团队').click();
      await editor.waitFor({ state: 'hidden' });
      await expectNotice(page, '已创建团队 售后。');
      await expectFitsPhone(page);
      await button(page, '删除团队 售后').click();
      await button(page.getByRole('dialog', { name: '删除团队 售后？' }), '删除').click();
      await expectNotice(page, '已删除团队 售后。');
      await page.context().close();
    });
  },
  { smtp: true },
);
