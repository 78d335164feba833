import { expect, it } from 'vitest';
import { button, field, fillNewPassword, pathOf, STRONG_PASSWORD, signIn, signOut, submitSignIn } from '../fixtures/pages.js';
import type { SmtpCapture } from '../fixtures/smtp.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

describeInBrowser(
  'password reset by mail',
  (suite) => {
    const mailbox = () => suite.env.smtp as SmtpCapture;

    it('mails a link that sets a new password; the new one signs in and the old one no longer does', async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.env.baseUrl}/signin`);
      await page.getByRole('link', { name: 'Forgot password?' }).click();
      await page.waitForURL((url) => url.pathname === '/forgot-password');
      // The URL changes before the lazy page renders: until then "Email" is still the sign-in page's field.
      await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
      await field(page, 'Email').fill('customer@demo.local');
      await button(page, 'Send reset link').click();
      const confirmation = page.getByTestId('reset-requested');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain('If an account exists for customer@demo.local');

      const mail = await mailbox().waitFor((m) => m.to.includes('customer@demo.local'));
      expect(mail.link).toMatch(new RegExp(`^${suite.env.baseUrl}/reset-password\\?token=`));

      await page.goto(mail.link as string);
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      // The meter knows whose password it is from the reset token, like the server: no email or name inside.
      await fillNewPassword(page, 'New password', 'customer-Quiet-Mango-81', false);
      expect(await page.getByTestId('password-strength').getAttribute('data-problem')).toBe('personalInfo');
      await page.getByTestId('password-problem').getByText('Do not use your email address or name in your password.').waitFor();
      await fillNewPassword(page, 'New password', STRONG_PASSWORD);
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
      await fillNewPassword(page, 'New password', 'Another-Quiet-Lantern-77');
      await button(page, 'Set new password').click();
      await page.getByTestId('reset-invalid').waitFor();
      await page.getByRole('link', { name: 'Request a new link' }).click();
      await page.waitForURL((url) => url.pathname === '/forgot-password');
      await page.context().close();
    });

    it('answers the same for an unknown address and sends nothing', async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.env.baseUrl}/forgot-password`);
      const before = mailbox().messages.length;
      await field(page, 'Email').fill('nobody@example.com');
      await button(page, 'Send reset link').click();
      const confirmation = page.getByTestId('reset-requested');
      await confirmation.waitFor();
      expect(await confirmation.textContent()).toContain('If an account exists for nobody@example.com');
      await expect(mailbox().waitFor((m) => m.to.includes('nobody@example.com'), 1_000)).rejects.toThrow();
      expect(mailbox().messages.length).toBe(before);
      await page.context().close();
    });

    it('shows a way forward for a broken or missing link', async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.env.baseUrl}/reset-password`);
      await page.getByTestId('reset-invalid').waitFor();
      await page.goto(`${suite.env.baseUrl}/reset-password?token=not-a-real-token`);
      await fillNewPassword(page, 'New password', STRONG_PASSWORD);
      await button(page, 'Set new password').click();
      await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
      await page.context().close();
    });

    it('changes the password from the account page', async () => {
      const page = await suite.newPage();
      await signIn(page, suite.env.baseUrl, 'agent2@demo.local', DEMO_PASSWORD);
      await page.goto(`${suite.env.baseUrl}/account`);
      await field(page, 'Current password').fill('wrong-current-password');
      await fillNewPassword(page, 'New password', STRONG_PASSWORD);
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
      await page.context().close();
    });
  },
  { smtp: true },
);
