import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, type TestBrowser, warnIfNoChromium } from '../fixtures/browser.js';
import { type E2EServer, startE2EServer } from '../fixtures/e2e-server.js';
import { signIn, signOut } from '../fixtures/pages.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

warnIfNoChromium('session');

function operationOf(request: Request): string | null {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return null;
  try {
    return (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? null;
  } catch {
    return null;
  }
}

/** Counts the GraphQL operations the page sends, by name. */
function recordOperations(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const name = operationOf(request);
    if (name) seen.push(name);
  });
  return seen;
}

describe.skipIf(!chromiumPath)('session', () => {
  let env: E2EServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [env, browser] = await Promise.all([startE2EServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('renews the access token silently shortly before it expires', async () => {
    const context = await browser.newContext();
    await context.clock.install();
    const page = await context.newPage();
    await signIn(page, env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    const operations = recordOperations(page);

    const refreshed = page.waitForResponse((response) => operationOf(response.request()) === 'RefreshSession');
    await page.clock.fastForward('14:30'); // the token lives 15 minutes; renewal is due a minute before
    const response = await refreshed;
    const body = (await response.json()) as { data?: { refreshSession?: { accessToken?: string } } };
    expect(body.data?.refreshSession?.accessToken).toBeTruthy();
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);

    // Still signed in, with the new token, after navigating and reloading.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await context.close();
  });

  it('refreshes once and retries when the server says the token is no longer valid', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, env.baseUrl, 'admin@demo.local', DEMO_PASSWORD);
    const operations = recordOperations(page);

    // The first authenticated `Me` query is answered as if the access token had been revoked.
    let rejected = 0;
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (operationOf(request) === 'Me' && rejected === 0 && request.headers().authorization) {
        rejected++;
        await route.fulfill({
          status: 401,
          contentType: 'application/graphql-response+json',
          body: JSON.stringify({ errors: [{ message: 'Your session has expired.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        });
        return;
      }
      await route.fallback();
    });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // "Member since" comes from the retried `Me` query.
    await page.getByText(/\w+ \d{1,2}, \d{4}/).waitFor();
    expect(rejected).toBe(1);
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    expect(operations.filter((name) => name === 'Me')).toHaveLength(2);
    await context.close();
  });

  it('signs out when the session cannot be renewed, and offers to sign in again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, env.baseUrl, 'agent@demo.local', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();

    // The session ends elsewhere (e.g. a password reset); the next token check fails.
    await page.route('**/graphql', async (route) => {
      const name = operationOf(route.request());
      if (name === 'Me' || name === 'RefreshSession') {
        await route.fulfill({
          status: 401,
          contentType: 'application/graphql-response+json',
          body: JSON.stringify({ errors: [{ message: 'The session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        });
        return;
      }
      await route.fallback();
    });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByText('Your session has expired. Please sign in again.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
    await context.close();
  });

  it('shares one session between tabs: simultaneous reloads both stay signed in, and sign-out reaches every tab', async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signIn(first, env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await first.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    const second = await context.newPage();
    await second.goto(`${env.baseUrl}/account`);
    await second.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // Both tabs renew from the same rotating cookie at once; they must not trip the reuse detection.
    await Promise.all([first.reload(), second.reload()]);
    await first.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    await second.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await first.reload();
    await first.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();

    await second.getByTestId('user-menu').click();
    await second.getByRole('menuitem', { name: 'Sign out' }).click();
    await second.waitForURL((url) => url.pathname === '/signin');
    await first.waitForURL((url) => url.pathname === '/signin');
    await context.close();
  });

  it('explains when the server cannot be reached on load, and recovers on retry', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/graphql', (route) =>
      operationOf(route.request()) === 'RefreshSession' ? route.abort('connectionrefused') : route.fallback(),
    );
    await page.goto(`${env.baseUrl}/signin`);
    await page.getByRole('heading', { level: 1, name: 'We can’t reach the service' }).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('ends the session on the server even when the access token is refused at sign-out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    const logouts: Array<string | undefined> = [];
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (operationOf(request) !== 'Logout') return route.fallback();
      logouts.push(request.headers().authorization);
      if (request.headers().authorization) {
        return route.fulfill({
          status: 401,
          contentType: 'application/graphql-response+json',
          body: JSON.stringify({ errors: [{ message: 'The access token is invalid.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        });
      }
      return route.fallback();
    });
    await signOut(page);
    expect(logouts).toHaveLength(2);
    expect(logouts[1]).toBeUndefined();
    // The refresh cookie was revoked: a reload does not bring the session back.
    await page.goto(`${env.baseUrl}/portal`);
    await page.waitForURL((url) => url.pathname === '/signin');
    await context.close();
  });
});
