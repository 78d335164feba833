import { expect, it } from 'vitest';
import { button, field, pathOf, signIn, signOut, submitSignIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

describeInBrowser('sign-in', (suite) => {
  it.each([
    { email: 'admin@demo.local', home: '/admin/dashboard', heading: 'Welcome back, Ada Admin', name: 'Ada Admin' },
    { email: 'agent@demo.local', home: '/agent/inbox', heading: 'Inbox', name: 'Alex Agent' },
    { email: 'customer@demo.local', home: '/portal', heading: 'Hello, Casey Customer', name: 'Casey Customer' },
  ])('signs $email in and lands on $home', async ({ email, home, heading, name }) => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === home);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('button', { name: `Account menu for ${name}` }).waitFor();
    await page.context().close();
  });

  it('shows an error for a wrong password and stays on the sign-in page', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
    await submitSignIn(page, 'agent@demo.local', 'not-the-right-password');
    const alert = page.getByTestId('form-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email or password is incorrect.');
    expect(pathOf(page)).toBe('/signin');
    // The form stays usable: the right password now works.
    await field(page, 'Password').fill(DEMO_PASSWORD);
    await button(page, 'Sign in').click();
    await page.waitForURL((url) => url.pathname === '/agent/inbox');
    await page.context().close();
  });

  it('validates the form before asking the server', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
    await button(page, 'Sign in').click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter a password.').waitFor();
    await field(page, 'Email').fill('not-an-email');
    await button(page, 'Sign in').click();
    await page.getByText('Enter a valid email address, like name@example.com.').waitFor();
    expect(pathOf(page)).toBe('/signin');
    await page.context().close();
  });

  it('keeps the session across a reload and ends it on sign-out', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/portal');

    // The access token lives in memory only: a reload restores the session from the httpOnly refresh cookie.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    const cookies = await page.context().cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'ics_refresh');
    expect(refresh?.httpOnly).toBe(true);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('ey'); // no JWT in storage

    // Password show/hide toggle and account page are reachable from the user menu.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    await signOut(page);
    await button(page, 'Sign in').waitFor();
    await page.reload();
    await button(page, 'Sign in').waitFor();
    expect(pathOf(page)).toBe('/signin');
    // Signed out for real: a protected page sends us back to sign-in.
    await page.goto(`${suite.env.baseUrl}/portal`);
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.context().close();
  });

  it('toggles password visibility from the keyboard', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
    const password = field(page, 'Password');
    await password.fill('secret-value');
    expect(await password.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Show password' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Hide password' }).waitFor();
    expect(await password.getAttribute('type')).toBe('text');
    await page.context().close();
  });
});
