import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, type TestBrowser, warnIfNoChromium } from '../fixtures/browser.js';
import { type E2EServer, startE2EServer } from '../fixtures/e2e-server.js';
import { button, field, pathOf, STRONG_PASSWORD, signIn, signOut, submitSignIn } from '../fixtures/pages.js';
import type { SmtpCapture } from '../fixtures/smtp.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

warnIfNoChromium('password reset');

describe.skipIf(!chromiumPath)('password reset by mail', () => {
  let env: E2EServer;
  let smtp: SmtpCapture;
  let browser: TestBrowser;

  beforeAll(async () => {
    [env, browser] = await Promise.all([startE2EServer({ smtp: true }), launchBrowser()]);
    smtp = env.smtp as SmtpCapture;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('mails a link that sets a new password; the new one signs in and the old one no longer does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/signin`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await field(page, 'Email').fill('customer@demo.local');
    await button(page, 'Send reset link').click();
    const confirmation = page.getByTestId('reset-requested');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('If an account exists for customer@demo.local');

    const mail = await smtp.waitFor((m) => m.to.includes('customer@demo.local'));
    expect(mail.link).toMatch(new RegExp(`^${env.baseUrl}/reset-password\\?token=`));

    await page.goto(mail.link as string);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await field(page, 'New password').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, 'Set new password').click();
    await page.getByTestId('reset-done').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByText('Your password has been changed. Sign in with your new password.').waitFor();

    await submitSignIn(page, 'customer@demo.local', STRONG_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/portal');
    await signOut(page);

    await submitSignIn(page, 'customer@demo.local', DEMO_PASSWORD);
    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('The email or password is incorrect.');
    expect(pathOf(page)).toBe('/signin');

    // The link works once.
    await page.goto(mail.link as string);
    await field(page, 'New password').fill('Another-Quiet-Lantern-77');
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, 'Set new password').click();
    await page.getByTestId('reset-invalid').waitFor();
    await page.getByRole('link', { name: 'Request a new link' }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await context.close();
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/forgot-password`);
    const before = smtp.messages.length;
    await field(page, 'Email').fill('nobody@example.com');
    await button(page, 'Send reset link').click();
    const confirmation = page.getByTestId('reset-requested');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('If an account exists for nobody@example.com');
    await expect(smtp.waitFor((m) => m.to.includes('nobody@example.com'), 1_000)).rejects.toThrow();
    expect(smtp.messages.length).toBe(before);
    await context.close();
  });

  it('shows a way forward for a broken or missing link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/reset-password`);
    await page.getByTestId('reset-invalid').waitFor();
    await page.goto(`${env.baseUrl}/reset-password?token=not-a-real-token`);
    await field(page, 'New password').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, 'Set new password').click();
    await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    await context.close();
  });

  it('changes the password from the account page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, env.baseUrl, 'agent2@demo.local', DEMO_PASSWORD);
    await page.goto(`${env.baseUrl}/account`);
    await field(page, 'Current password').fill('wrong-current-password');
    await field(page, 'New password').fill(STRONG_PASSWORD);
    await page.locator('[data-testid="password-strength"][data-acceptable="true"]').waitFor();
    await button(page, 'Change password').click();
    await page.getByText('The current password is incorrect.').waitFor();

    await field(page, 'Current password').fill(DEMO_PASSWORD);
    await button(page, 'Change password').click();
    await page.getByTestId('password-changed').waitFor();
    // This tab keeps a working session (a fresh one from changePassword) across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await signOut(page);
    await submitSignIn(page, 'agent2@demo.local', STRONG_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/agent/inbox');
    await context.close();
  });
});
