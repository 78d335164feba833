import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { User } from '../../server/src/modules/users/user.entity.js';
import { type BuiltUser, buildAdmin, buildUser } from '../fixtures/factories.js';
import { button, expectFitsPhone, field, PHONE } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { codesOf, gqlData } from '../fixtures/test-server.js';

const ROLE_KEY = 'quality-reviewers';
const ROLE_NAME = 'Quality reviewers';
const CHINESE_PHONE: BrowserContextOptions = { ...PHONE, locale: 'zh-CN' };

describeInBrowser('administration: roles, settings and the audit log', (suite) => {
  let admin: BuiltUser;

  beforeAll(async () => {
    admin = await buildAdmin(suite.env.server, { displayName: 'Rita Roles' });
  });

  /** Signs in by the form's inputs (whatever the language) and waits to leave the sign-in page. */
  async function signedIn(options?: BrowserContextOptions): Promise<Page> {
    const page = await suite.newPage(options);
    await page.goto(`${suite.env.baseUrl}/signin`);
    await page.locator('input[type="email"]').fill(admin.email);
    await page.locator('input[type="password"]').fill(admin.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/signin');
    return page;
  }

  it('creates a custom role whose people gain a permission ticked in the matrix on their next request', async () => {
    const page = await signedIn();
    await page.goto(`${suite.env.baseUrl}/admin/roles`);
    await page.getByRole('heading', { level: 1, name: 'Roles & permissions' }).waitFor();
    // Built-in roles are marked and cannot be deleted.
    const adminColumn = page.locator('[data-testid="role-column"][data-role-key="admin"]');
    await adminColumn.getByText('Built-in').waitFor();
    await button(adminColumn, 'More actions for Administrator').click();
    expect(await page.getByRole('menuitem', { name: /Delete role/ }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');

    await button(page, 'New role').click();
    const dialog = page.getByRole('dialog', { name: 'New role' });
    await button(dialog, 'Create role').click();
    await dialog.getByText('Give the role a name.').waitFor();
    await field(dialog, 'Name').fill(ROLE_NAME);
    expect(await field(dialog, 'Key').inputValue()).toBe(ROLE_KEY);
    await field(dialog, 'Description').fill('Read conversations to review their quality.');
    await button(dialog, 'Create role').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Role ${ROLE_NAME} created.`).waitFor();
    const column = page.locator(`[data-testid="role-column"][data-role-key="${ROLE_KEY}"]`);
    await column.waitFor();

    // Someone holding it, signed in before the change: the same token is used throughout.
    const reviewer = await buildUser(suite.env.server, ROLE_KEY, { displayName: 'Quinn Reviewer' });
    const token = await reviewer.login();
    const readAuditLog = () => suite.env.server.gql('{ auditLogs(first: 1) { totalCount } }', {}, { token });
    expect(codesOf(await readAuditLog())).toEqual(['FORBIDDEN']);

    const box = page.getByRole('checkbox', { name: `Read the audit log: ${ROLE_NAME}`, exact: true });
    await box.check();
    const unsaved = page.getByTestId('unsaved-roles');
    await unsaved.getByText('1 change').waitFor();
    await column.getByText('1 change').waitFor();
    // Nothing applies before Save.
    expect(codesOf(await readAuditLog())).toEqual(['FORBIDDEN']);
    await button(unsaved, `Save ${ROLE_NAME}`).click();
    await page.getByText(`${ROLE_NAME} saved. Its people have the new permissions from their next request.`).waitFor();
    await unsaved.waitFor({ state: 'detached' });
    expect(await box.isChecked()).toBe(true);
    const granted = await readAuditLog();
    expect(granted.errors).toBeUndefined();
    expect(granted.data).toEqual({ auditLogs: { totalCount: expect.any(Number) } });

    // Taking role management from the only role that has it is refused, in plain words; Discard undoes the tick.
    await page.getByRole('checkbox', { name: 'Manage roles and permissions: Administrator', exact: true }).uncheck();
    await button(unsaved, 'Save Administrator').click();
    await unsaved.getByRole('alert').getByText('This would leave nobody active who can manage roles.', { exact: false }).waitFor();
    await button(unsaved, 'Discard changes to Administrator').click();
    await unsaved.waitFor({ state: 'detached' });
    expect(await page.getByRole('checkbox', { name: 'Manage roles and permissions: Administrator', exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('saves the settings as one form, checked first in the browser, and says who changed them last', async () => {
    const page = await signedIn();
    await page.goto(`${suite.env.baseUrl}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByText('Every setting still has its default.').waitFor();

    await page.getByRole('combobox', { name: 'Time zone' }).fill('Shanghai');
    await page.getByRole('option', { name: /^Asia\/Shanghai/ }).click();
    await page.getByRole('spinbutton', { name: 'First response within' }).fill('45');
    // Out of range: refused before asking the server, next to the field.
    await page.getByRole('spinbutton', { name: 'Access token lifetime' }).fill('2');
    await button(page, 'Save settings').click();
    await page.getByText('Use a whole number from 5 to 60.').waitFor();
    await page.locator('[data-testid="settings-status"][data-state="invalid"]').waitFor();
    await page.getByRole('spinbutton', { name: 'Access token lifetime' }).fill('20');
    await button(page, 'Save settings').click();
    await page.locator('[data-testid="settings-status"][data-state="saved"]').getByText('Settings saved.').waitFor();
    await page.getByTestId('settings-last-changed').getByText('Last changed by Rita Roles', { exact: false }).waitFor();

    const saved = await gqlData<{ settings: { businessHours: { timezone: string }; sla: { firstResponseMinutes: number } } }>(
      suite.env.server,
      await admin.login(),
      '{ settings { businessHours { timezone } sla { firstResponseMinutes } } }',
    );
    expect(saved.settings).toEqual({ businessHours: { timezone: 'Asia/Shanghai' }, sla: { firstResponseMinutes: 45 } });
    await page.reload();
    expect(await page.getByRole('spinbutton', { name: 'First response within' }).inputValue()).toBe('45');
    await page.context().close();
  });

  it('finds the role and settings changes in the audit log, opens one, and verifies the chain', async () => {
    const page = await signedIn();
    await page.goto(`${suite.env.baseUrl}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByTestId('audit-row').first().waitFor();

    // A whole area, then one action.
    await page.getByRole('combobox', { name: 'Action or area' }).fill('role.');
    // The creation and the permission change (the refused change was not made, so it is not recorded).
    await page
      .getByTestId('audit-count')
      .filter({ hasText: /^2 records$/ })
      .waitFor();
    await page.locator('[data-testid="audit-row"][data-action="role.update"]').waitFor();
    await page.locator('[data-testid="audit-row"][data-action="role.create"]').waitFor();
    expect(await page.locator('[data-testid="audit-row"]:not([data-action^="role."])').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Action or area' }).fill('settings.update');
    const settingsRow = page.locator('[data-testid="audit-row"][data-action="settings.update"]');
    await settingsRow.waitFor();
    await page.getByText('1 record', { exact: true }).waitFor();
    // By who did it, through the people search.
    await page.getByRole('combobox', { name: 'Done by' }).fill('Rita');
    await page.getByRole('option', { name: /Rita Roles/ }).click();
    await page.getByText('1 record', { exact: true }).waitFor();
    await settingsRow.getByText('Rita Roles').waitFor();

    await settingsRow.getByTestId('audit-details').click();
    const detail = page.getByRole('dialog', { name: /^Record \d+$/ });
    const json = await detail.getByTestId('audit-detail-json').textContent();
    expect(JSON.parse(json ?? '')).toMatchObject({ 'sla.firstResponseMinutes': { from: 60, to: 45 } });
    expect(json).toContain('\n  "'); // indented
    expect(await detail.getByTestId('audit-detail-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await button(detail, 'Close').click();
    await detail.waitFor({ state: 'detached' });

    await button(page, 'Clear filters').click();
    await button(page, 'Verify chain').click();
    await page.locator('[data-testid="chain-result"][data-ok="true"]').getByText('The chain is intact', { exact: false }).waitFor();
    await page.context().close();
  });

  it('works in Chinese on a 360 px phone', async () => {
    const page = await signedIn(CHINESE_PHONE);
    await page.goto(`${suite.env.baseUrl}/admin/roles`);
    await page.getByRole('heading', { level: 1, name: '角色与权限' }).waitFor();
    await page.getByText('修改系统设置').first().waitFor(); // the catalogue's own Chinese
    const box = page.getByRole('checkbox', { name: `发送消息：${ROLE_NAME}`, exact: true });
    await box.check();
    const unsaved = page.getByTestId('unsaved-roles');
    await unsaved.getByText('1 项更改').waitFor();
    await expectFitsPhone(page);
    await button(unsaved, `保存${ROLE_NAME}`).click();
    await page.getByText(`已保存${ROLE_NAME}。`, { exact: false }).waitFor();
    await unsaved.waitFor({ state: 'detached' });
    await button(page, '新建角色').click();
    await page.getByRole('dialog', { name: '新建角色' }).waitFor();
    await expectFitsPhone(page);
    await page.keyboard.press('Escape');

    await page.goto(`${suite.env.baseUrl}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.getByRole('spinbutton', { name: '解决时限' }).fill('600');
    await button(page, '保存设置').click();
    await page.getByText('设置已保存。').waitFor();
    await page.getByText('最近由 Rita Roles', { exact: false }).waitFor();
    await expectFitsPhone(page);

    await page.goto(`${suite.env.baseUrl}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
    await page.getByTestId('audit-row').first().waitFor();
    await expectFitsPhone(page);
    await button(page, '校验日志链').click();
    await page.getByText('日志链完整', { exact: false }).waitFor();
    await page.getByTestId('audit-details').first().click();
    await page
      .getByRole('dialog', { name: /^第 \d+ 条记录$/ })
      .getByText('哈希值')
      .waitFor();
    await expectFitsPhone(page);
    await page.context().close();
  });

  it('deletes a custom role after asking which role its people move to', async () => {
    const page = await signedIn();
    await page.goto(`${suite.env.baseUrl}/admin/roles`);
    const column = page.locator(`[data-testid="role-column"][data-role-key="${ROLE_KEY}"]`);
    await button(column, `More actions for ${ROLE_NAME}`).click();
    await page.getByRole('menuitem', { name: 'Delete role' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${ROLE_NAME}?` });
    // Quinn holds it: the role they move to is required.
    await dialog.getByText('1 person holds this role. Choose the role they move to.').waitFor();
    await button(dialog, 'Delete role').click();
    await dialog.getByText('Choose the role its people move to.').waitFor();
    await dialog.getByRole('combobox', { name: 'Move its people to' }).click();
    await page.getByRole('option', { name: 'Agent', exact: true }).click();
    await button(dialog, 'Delete role').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Role ${ROLE_NAME} deleted.`).waitFor();
    expect(await column.count()).toBe(0);
    const quinn = await suite.env.server.orm.em.fork().findOneOrFail(User, { displayName: 'Quinn Reviewer' }, { populate: ['role'] });
    expect(quinn.role.getEntity().key).toBe('agent');
    await page.context().close();
  });

  it('names the first record that was tampered with, and opens it', async () => {
    const em = suite.env.server.orm.em.fork();
    const [target] = await em.find(AuditLog, { action: 'settings.update' }, { orderBy: { seq: 'asc' }, limit: 1 });
    // An edit straight in the database, as an intruder would make it.
    await em.getConnection().execute('update audit_logs set detail = ? where id = ?', [JSON.stringify({ quiet: 'edit' }), target.id]);

    const page = await signedIn();
    await page.goto(`${suite.env.baseUrl}/admin/audit`);
    await button(page, 'Verify chain').click();
    const result = page.locator('[data-testid="chain-result"][data-ok="false"]');
    await result.getByText(`The chain is broken at record ${target.seq}`, { exact: false }).waitFor();
    await button(result, `Show record ${target.seq}`).click();
    const detail = page.getByRole('dialog', { name: `Record ${target.seq}` });
    expect(JSON.parse((await detail.getByTestId('audit-detail-json').textContent()) ?? '')).toEqual({ quiet: 'edit' });
    await page.context().close();
  });
});
