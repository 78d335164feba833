import type { Page, Request, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { signIn, signOut } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

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

/** Answers a GraphQL request the way the server refuses credentials. */
function refuse(route: Route, message: string, extensions: Record<string, unknown> = {}): Promise<void> {
  return route.fulfill({
    status: 401,
    contentType: 'application/graphql-response+json',
    body: JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', ...extensions } }] }),
  });
}

const ROTATED = { reason: 'ROTATED' };
const ROTATED_MESSAGE = 'This session was just refreshed by another request. Retry with the newest refresh token.';

/** Pages of this context run as on a plain-http install: the browser gives them no Web Locks. */
async function withoutWebLocks(page: Page): Promise<void> {
  await page.context().addInitScript({
    content: "Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });",
  });
}

describeInBrowser('session', (suite) => {
  /** Signs Casey Customer in and waits for the portal's greeting. */
  async function signInAsCustomer(page: Page): Promise<void> {
    await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
  }

  it('renews the access token silently shortly before it expires', async () => {
    const context = await suite.browser.newContext();
    await context.clock.install();
    const page = await context.newPage();
    await signInAsCustomer(page);
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
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'admin@demo.local', DEMO_PASSWORD);
    const operations = recordOperations(page);

    // The first authenticated `Me` query is answered as if the access token had been revoked.
    let rejected = 0;
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (operationOf(request) === 'Me' && rejected === 0 && request.headers().authorization) {
        rejected++;
        return refuse(route, 'Your session has expired.');
      }
      return route.fallback();
    });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // "Member since" comes from the retried `Me` query.
    await page.getByText(/\w+ \d{1,2}, \d{4}/).waitFor();
    expect(rejected).toBe(1);
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    expect(operations.filter((name) => name === 'Me')).toHaveLength(2);
    await page.context().close();
  });

  it('signs out when the session cannot be renewed, and offers to sign in again', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'agent@demo.local', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();

    // The session ends elsewhere (e.g. a password reset); the next token check fails.
    await page.route('**/graphql', (route) => {
      const name = operationOf(route.request());
      return name === 'Me' || name === 'RefreshSession' ? refuse(route, 'The session has ended.') : route.fallback();
    });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByText('Your session has expired. Please sign in again.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
    await page.context().close();
  });

  it('shares one session between tabs: simultaneous reloads both stay signed in, and sign-out reaches every tab', async () => {
    const first = await suite.newPage();
    await signInAsCustomer(first);
    const second = await first.context().newPage();
    await second.goto(`${suite.env.baseUrl}/account`);
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
    await first.context().close();
  });

  it('without Web Locks, tabs racing for the refresh cookie both stay signed in', async () => {
    const first = await suite.newPage();
    await withoutWebLocks(first);
    await signInAsCustomer(first);
    const second = await first.context().newPage();
    await second.goto(`${suite.env.baseUrl}/account`);
    await second.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await second.evaluate('typeof navigator.locks')).toBe('undefined');

    // Each tab's first refresh after a reload waits for the other's, so both present the same cookie at once.
    let held: Array<() => void> = [];
    let rotatedAnswers = 0;
    for (const tab of [first, second]) {
      await tab.route('**/graphql', async (route) => {
        if (operationOf(route.request()) === 'RefreshSession' && held.length < 2) {
          await new Promise<void>((release) => {
            held.push(release);
            if (held.length === 2) for (const go of held) go();
          });
        }
        return route.fallback();
      });
      tab.on('response', async (response) => {
        if (operationOf(response.request()) === 'RefreshSession' && (await response.text()).includes('"ROTATED"')) rotatedAnswers++;
      });
    }

    // One wins the rotation; the other is told ROTATED (not "reuse", which would end the session) and retries.
    for (let round = 1; round <= 2; round++) {
      held = [];
      await Promise.all([first.reload(), second.reload()]);
      await first.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
      await second.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      expect(rotatedAnswers).toBe(round);
    }
    await first.reload();
    await first.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    await first.context().close();
  });

  it('retries once with the cookie when its refresh token was just rotated by another tab', async () => {
    const page = await suite.newPage();
    await signInAsCustomer(page);
    const operations = recordOperations(page);

    // The reload's first refresh loses a race with another tab; the retry presents the (real) cookie.
    let rotated = 0;
    await page.route('**/graphql', (route) => {
      if (operationOf(route.request()) !== 'RefreshSession' || rotated > 0) return route.fallback();
      rotated++;
      return refuse(route, ROTATED_MESSAGE, ROTATED);
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hello, Casey Customer' }).waitFor();
    expect(rotated).toBe(1);
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(2);

    // Told ROTATED again on the retry, the tab gives up and asks to sign in.
    await page.unroute('**/graphql');
    await page.route('**/graphql', (route) =>
      operationOf(route.request()) === 'RefreshSession' ? refuse(route, ROTATED_MESSAGE, ROTATED) : route.fallback(),
    );
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(4);
    await page.context().close();
  });

  it('explains when the server cannot be reached on load, and recovers on retry', async () => {
    const page = await suite.newPage();
    await page.route('**/graphql', (route) =>
      operationOf(route.request()) === 'RefreshSession' ? route.abort('connectionrefused') : route.fallback(),
    );
    await page.goto(`${suite.env.baseUrl}/signin`);
    await page.getByRole('heading', { level: 1, name: 'We can’t reach the service' }).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.context().close();
  });

  it('ends the session on the server even when the access token is refused at sign-out', async () => {
    const page = await suite.newPage();
    await signInAsCustomer(page);
    // The sign-out goes with a token the server refuses: it still revokes the refresh cookie's session.
    const answers: unknown[] = [];
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (operationOf(request) !== 'Logout') return route.fallback();
      const response = await route.fetch({ headers: { ...request.headers(), authorization: 'Bearer not-a-valid-token' } });
      answers.push(await response.json());
      return route.fulfill({ response });
    });
    await signOut(page);
    expect(answers).toEqual([{ data: { logout: true } }]);
    // The refresh cookie was revoked: a reload does not bring the session back.
    await page.goto(`${suite.env.baseUrl}/portal`);
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.context().close();
  });
});
