import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, type TestBrowser, warnIfNoChromium } from '../fixtures/browser.js';
import { type E2EServer, startE2EServer } from '../fixtures/e2e-server.js';
import { button, submitSignIn } from '../fixtures/pages.js';

warnIfNoChromium('sign-in throttling');

// Its own server: after this test the loopback address is throttled for five minutes.
describe.skipIf(!chromiumPath)('sign-in throttling', () => {
  let env: E2EServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [env, browser] = await Promise.all([startE2EServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('tells how long to wait after too many failed attempts, and blocks the button meanwhile', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/signin`);
    const error = page.getByTestId('form-error');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql'));
      await submitSignIn(page, 'admin@demo.local', `wrong-password-${attempt}`);
      await answered;
      expect(await error.textContent()).toContain('The email or password is incorrect.');
    }
    await submitSignIn(page, 'admin@demo.local', 'wrong-password-6');
    await page
      .getByText(/^Too many sign-in attempts\. Try again in \d+ min( \d+ s)?\.$|^Too many sign-in attempts\. Try again in \d+ minutes?\.$/)
      .waitFor();
    expect(await button(page, 'Sign in').isDisabled()).toBe(true);
    await context.close();
  });
});
