import { expect, it } from 'vitest';
import { horizontalOverflow, PHONE, pathOf, signIn, submitSignIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

describeInBrowser('routing', (suite) => {
  it('sends a signed-out visitor of a deep link to sign-in, and back there afterwards', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/admin/users`);
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(pathOf(page)).toBe('/signin?next=%2Fadmin%2Fusers');
    await submitSignIn(page, 'admin@demo.local', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.context().close();
  });

  it('shows the 404 page for an unknown address, with ways out', async () => {
    const page = await suite.newPage();
    const response = await page.goto(`${suite.env.baseUrl}/no/such/page`);
    expect(response?.status()).toBe(200); // the server answers every client route with the app
    await page.getByRole('heading', { level: 1, name: 'We can’t find that page' }).waitFor();
    await page.getByText('/no/such/page').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const support = page.getByRole('link', { name: 'Contact support' });
    expect(await support.getAttribute('href')).toMatch(/^mailto:/);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.context().close();
  });

  it('shows the 500 page when a page fails to load, with a reload and help links', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    // A page chunk that cannot be fetched (e.g. the server was updated meanwhile) must not leave a blank screen.
    await page.route(/\/assets\/AccountPage-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${suite.env.baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
    await page.getByRole('button', { name: 'Reload the page' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
    expect(await page.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toMatch(/^mailto:/);

    await page.unroute(/\/assets\/AccountPage-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.context().close();
  });

  it('keeps each role to its own areas', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.goto(`${suite.env.baseUrl}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'This area is not part of your role' }).waitFor();
    // After sign-in a `next` the role may not open is ignored in favour of the home.
    await page.goto(`${suite.env.baseUrl}/signin?next=%2Fadmin%2Fusers`);
    await page.waitForURL((url) => url.pathname === '/portal');
    await page.context().close();
  });

  it('serves every route of the design on a direct load', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'admin@demo.local', DEMO_PASSWORD);
    const routes: Array<[string, string]> = [
      ['/admin/dashboard', 'Welcome back, Ada Admin'],
      ['/admin/users', 'Users'],
      ['/admin/roles', 'Roles & permissions'],
      ['/admin/teams', 'Teams'],
      ['/admin/settings', 'Settings'],
      ['/admin/audit', 'Audit log'],
      ['/admin/reports', 'Reports'],
      ['/admin/console', 'API console'],
      ['/agent/inbox', 'Inbox'],
      ['/agent/conversations/abc', 'Conversation'],
      ['/account', 'Your account'],
    ];
    for (const [path, heading] of routes) {
      await page.goto(`${suite.env.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      expect(pathOf(page)).toBe(path);
    }
    await page.context().close();
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await suite.newPage(PHONE);
    for (const path of ['/signin', '/register', '/forgot-password', '/reset-password?token=x', '/nowhere']) {
      await page.goto(`${suite.env.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await signIn(page, suite.env.baseUrl, 'agent@demo.local', DEMO_PASSWORD);
    for (const path of ['/agent/inbox', '/account', '/admin/dashboard']) {
      await page.goto(`${suite.env.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    // The side navigation folds into a drawer behind the menu button.
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.waitForURL((url) => url.pathname === '/agent/inbox');
    await page.context().close();
  });
});
