import { expect, it } from 'vitest';
import { button, submitSignIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';

// Its own server: after this test the loopback address is throttled for five minutes.
describeInBrowser('sign-in throttling', (suite) => {
  it('tells how long to wait after too many failed attempts, and blocks the button meanwhile', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
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
    await page.context().close();
  });
});
