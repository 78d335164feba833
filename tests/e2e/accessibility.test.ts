/**
 * The accessibility gate: every page a person can reach, signed out and as customer, agent and admin, on a
 * desktop in English and on a 360 px phone in Chinese, with its dialogs and menus open as well as closed, is
 * checked with axe-core (WCAG 2.1 A and AA, and best practice). Any serious or critical violation fails the walk,
 * named as `page — rule-id: selector (reason; html)`.
 *
 * A page added to the router belongs in one of the walks below: pages of the admin area are walked as soon as
 * web/src/paths.ts lists them, and the last but one test fails while any other route of paths.ts is left out.
 * The last test shows the gate failing on deliberate violations. The same on the app itself, as a one-line
 * experiment: give links a pale colour in web/src/theme.ts (MuiLink `color: '#B794F4'`), then run
 * `npm run build --workspace web && npx vitest run --project e2e tests/e2e/accessibility.test.ts`: the walks fail
 * with lines such as `/signin — color-contrast: .css-1832ml4 (Element has insufficient color contrast of 2.45
 * (foreground color: #b794f4, background color: #ffffff, …). Expected contrast ratio of 4.5:1; <a class="… MuiLink-root …">)`.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { Priority } from '../../server/src/modules/conversations/conversation-status.js';
import { enrolThroughApi } from '../fixtures/authenticator.js';
import { axeViolations } from '../fixtures/axe.js';
import { type BuiltUser, buildAdmin, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { PHONE, STRONG_PASSWORD } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { gqlData } from '../fixtures/test-server.js';

/**
 * The app's routes, read from web/src/paths.ts (the one list the router and links use): each with its path, and
 * a pattern in which every `${…}` of a path function stands for one path segment.
 */
const ROUTES = Array.from(
  readFileSync(new URL('../../web/src/paths.ts', import.meta.url), 'utf8').matchAll(
    /^ {2}(\w+): (?:'(\/[^']*)'|\([^)]*\) => `(\/[^`]*)`)/gm,
  ),
  ([, name, literal, template]) => ({
    name,
    path: literal ?? template,
    pattern: new RegExp(`^${(literal ?? template).replace(/\$\{[^}]+\}/g, '[^/]+')}$`),
  }),
);

/** Routes that only redirect, so no walk needs to stop there. */
const REDIRECT_ONLY = ['home'];

/** The admin area, placeholders included: a page added to paths.ts is walked without further ado. */
const ADMIN_PAGES = ROUTES.map((route) => route.path).filter((path) => path.startsWith('/admin/'));

/** Every path a walk has checked, to show at the end that no route was left out. */
const visited = new Set<string>();

/** The names of the controls a walk presses that have no test id or shortcut, in the view's language. */
interface Words {
  openMenu: string;
  assign: string;
  templates: string;
  createToken: string;
  revoke: string;
  editName: string;
  setUpTwoFactor: string;
  newRole: string;
}

interface View {
  name: string;
  lang: string;
  options: BrowserContextOptions;
  words: Words;
  phone: boolean;
}

const VIEWS: View[] = [
  {
    name: 'desktop in English',
    lang: 'en',
    options: { viewport: { width: 1280, height: 800 }, locale: 'en-US' },
    words: {
      openMenu: 'Open navigation',
      assign: 'Assign',
      templates: 'Templates',
      createToken: 'Create token',
      revoke: 'Revoke',
      editName: 'Change your name',
      setUpTwoFactor: 'Set up',
      newRole: 'New role',
    },
    phone: false,
  },
  {
    name: '360 px in Chinese',
    lang: 'zh-CN',
    options: { ...PHONE, viewport: { width: 360, height: 740 }, locale: 'zh-CN' },
    words: {
      openMenu: '打开导航',
      assign: '分配',
      templates: '模板',
      createToken: '创建令牌',
      revoke: '撤销',
      editName: '修改姓名',
      setUpTwoFactor: '设置',
      newRole: '新建角色',
    },
    phone: true,
  },
];

/**
 * What the page still waits for, or '' once it is ready to check: its heading (and `ready`, if given) shown,
 * nothing loading (skeletons, spinners, busy regions) and no transition running, so colours are final.
 * A string evaluated in the page: the tests are typed without the DOM, and `evaluate` is allowed by the app's
 * Content-Security-Policy (`waitForFunction` runs its predicate through `eval`, which the CSP refuses).
 */
function pending(ready: string | null): string {
  return `(() => {
    const shown = (selector) => Array.from(document.querySelectorAll(selector)).some((element) => element.checkVisibility());
    for (const selector of ['h1', ${JSON.stringify(ready)}]) if (selector && !shown(selector)) return 'no visible ' + selector;
    const loading = document.querySelector(
      '[aria-busy="true"], .MuiSkeleton-root, .MuiCircularProgress-indeterminate, .MuiLinearProgress-indeterminate',
    );
    if (loading) return 'still loading: ' + loading.outerHTML.slice(0, 120);
    const moving = document
      .getAnimations()
      .some((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity);
    return moving ? 'an animation still running' : '';
  })()`;
}

/** Polls `pending` often (a locator's wait backs off to half a second, which adds up over fifty pages). */
async function waitUntilReady(page: Page, ready: string | null, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reason = await page.evaluate<string>(pending(ready));
    if (!reason) break;
    if (Date.now() > deadline) throw new Error(`${page.url()} was not ready after ${timeout} ms: ${reason}`);
    await page.waitForTimeout(50);
  }
  await page.evaluate('document.fonts.ready');
}

/** An open dialog, drawer or menu. */
const OVERLAY = '[role="dialog"], [role="menu"]';

/** One person's walk through the app: visits pages, checks each, and keeps every violation for the end. */
class Walk {
  readonly found: string[] = [];

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Waits for the page (its heading, then `ready` if given) to settle, and runs axe on what it shows. */
  async check(label: string, ready?: string): Promise<void> {
    await waitUntilReady(this.page, ready ?? null);
    for (const violation of await axeViolations(this.page)) this.found.push(`${label} — ${violation}`);
  }

  async visit(path: string, ready?: string): Promise<void> {
    visited.add(new URL(path, this.baseUrl).pathname);
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.check(path, ready);
  }

  /** Checks the dialog, drawer or menu that `open` shows, then closes it with Escape. */
  async withOverlay(label: string, open: () => Promise<void>): Promise<void> {
    await open();
    await this.check(label, OVERLAY);
    await this.page.keyboard.press('Escape');
    // Visible ones only: the phone navigation drawer stays in the page, hidden, while closed.
    await this.page.locator(OVERLAY).filter({ visible: true }).first().waitFor({ state: 'hidden' });
  }

  /** Types a new password into the page's first password field and checks the page with the server's verdict. */
  async checkWithPassword(label: string, password: string, acceptable: boolean): Promise<void> {
    await this.page.locator('input[type="password"]').first().fill(password);
    await this.check(label, `[data-testid="password-strength"][data-acceptable="${acceptable}"]`);
  }

  /** Presses a workspace shortcut with nothing focused (shortcuts are ignored while typing). */
  async shortcut(key: string): Promise<void> {
    await this.page.evaluate('document.activeElement?.blur()');
    await this.page.keyboard.press(key);
  }
}

describeInBrowser('accessibility', (suite) => {
  let customer: BuiltUser;
  let agent: BuiltUser;
  let admin: BuiltUser;
  /** Someone with two-factor sign-in on, for the second step of sign-in. */
  let enrolled: BuiltUser;
  /** A conversation in progress with replies from both sides and a private note. */
  let thread: string;
  /** A completed conversation the customer has not rated yet. */
  let completed: string;

  let keys = 0;
  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(suite.env.server, token, query, variables);
  const start = async (token: string, subject: string, body: string) =>
    (
      await gql<{ startConversation: { id: string } }>(
        token,
        'mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }',
        { input: { subject, body, clientMessageId: `a11y-${++keys}` } },
      )
    ).startConversation.id;
  const send = (token: string, conversationId: string, body: string, internal = false) =>
    gql(token, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', {
      input: { conversationId, body, internal, clientMessageId: `a11y-${++keys}` },
    });

  beforeAll(async () => {
    const server = suite.env.server;
    [customer, agent, admin] = await Promise.all([
      buildCustomer(server, { displayName: 'Casey Customer' }),
      buildAgent(server, { displayName: 'Avery Agent' }),
      buildAdmin(server, { displayName: 'Ada Admin' }),
      buildAgent(server, { displayName: 'Bea Backup', capacity: 3 }), // someone to transfer or assign to
    ]);
    enrolled = await buildCustomer(server, { displayName: 'Tao Twofactor' });
    await enrolThroughApi(server, enrolled);
    const [customerToken, agentToken] = await Promise.all([customer.login(), agent.login()]);
    const claim = (id: string) => gql(agentToken, 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id });

    thread = await start(customerToken, 'Parcel arrived damaged', 'The box was crushed and the lamp inside is broken.');
    await claim(thread);
    await send(agentToken, thread, 'Sorry to hear that! Could you send a photo of the box?');
    await send(agentToken, thread, 'Courier claim form filed.', true);
    await send(customerToken, thread, 'Here it is, thank you.');

    completed = await start(customerToken, 'Invoice for March', 'Could you send me the invoice?');
    await claim(completed);
    await send(agentToken, completed, 'Here it is: INV-2026-03.');
    await gql(agentToken, 'mutation($id: ID!) { setConversationStatus(id: $id, status: COMPLETED) { id } }', { id: completed });
    const createToken = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }';
    await gql(agentToken, createToken, { input: { name: 'Inbox export script', scopes: ['conversation:read:any'] } });
    await gql(agentToken, createToken, { input: { name: 'Everything script' } });

    // More rows for the inbox, waiting for an agent.
    await buildConversation(server, { subject: 'Refund for a double charge', priority: Priority.URGENT });
    await buildConversation(server, { subject: 'Change my delivery address', messages: ['Can I still change it?', 'It is urgent.'] });
  });

  async function signedIn(view: View, user: BuiltUser): Promise<Walk> {
    const page = await suite.newPage(view.options);
    await page.goto(`${suite.env.baseUrl}/signin`);
    await page.locator('input[type="email"]').fill(user.email);
    await page.locator('input[type="password"]').fill(user.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/signin');
    return new Walk(page, suite.env.baseUrl);
  }

  /** Ends a walk: it ran in the view's language, and found nothing serious. */
  async function finish(walk: Walk, view: View): Promise<void> {
    expect(await walk.page.getAttribute('html', 'lang')).toBe(view.lang);
    await walk.page.context().close();
    expect(walk.found).toEqual([]);
  }

  for (const view of VIEWS) {
    it(`signed out, ${view.name}`, async () => {
      const walk = new Walk(await suite.newPage(view.options), suite.env.baseUrl);
      await walk.visit('/signin');
      await walk.withOverlay('/signin, language menu', () => walk.page.getByTestId('language-switcher').click());
      // The form with its errors showing.
      await walk.page.locator('form button[type="submit"]').click();
      await walk.check('/signin, empty form sent', '[aria-invalid="true"]');
      // The second step, for an account with two-factor sign-in.
      await walk.page.locator('input[type="email"]').fill(enrolled.email);
      await walk.page.locator('input[type="password"]').fill(enrolled.password);
      await walk.page.locator('form button[type="submit"]').click();
      await walk.check('/signin, two-factor code', 'input[autocomplete="one-time-code"]');
      await walk.visit('/register');
      await walk.checkWithPassword('/register, weak password typed', 'password', false);
      await walk.visit('/forgot-password');
      await walk.visit('/reset-password?token=Zm9yLWFjY2Vzc2liaWxpdHktY2hlY2tz');
      await walk.checkWithPassword('/reset-password, strong password typed', STRONG_PASSWORD, true);
      await walk.visit('/no-such-page');
      await finish(walk, view);
    });

    it(`as a customer, ${view.name}`, async () => {
      const walk = await signedIn(view, customer);
      await walk.visit('/portal', '[data-testid="my-conversation"]');
      await walk.visit(`/portal/conversations/${thread}`, '[data-testid="message"]');
      await walk.visit(`/portal/conversations/${completed}`, '[data-testid="rate-conversation"]');
      await walk.visit('/account', '[data-testid="profile"]');
      await walk.withOverlay('/account, edit name', () => walk.page.getByRole('button', { name: view.words.editName }).click());
      await walk.withOverlay('/account, two-factor setup', () =>
        walk.page.getByRole('button', { name: view.words.setUpTwoFactor, exact: true }).click(),
      );
      await walk.withOverlay('/account, user menu', () => walk.page.getByTestId('user-menu').click());
      await finish(walk, view);
    });

    it(`as an agent, ${view.name}`, async () => {
      const walk = await signedIn(view, agent);
      await walk.visit('/agent/inbox', '[data-testid="inbox-row"]');
      await walk.withOverlay('/agent/inbox, shortcuts', () => walk.shortcut('?'));
      await walk.visit(`/agent/conversations/${thread}`, '[data-testid="message"]');
      await walk.withOverlay(`/agent/conversations/${thread}, transfer`, () => walk.shortcut('t'));
      await walk.withOverlay(`/agent/conversations/${thread}, templates`, () =>
        walk.page.getByRole('button', { name: view.words.templates, exact: true }).click(),
      );
      await walk.visit('/account', '[data-testid="api-token"]');
      await walk.withOverlay('/account, create API token', () =>
        walk.page.getByRole('button', { name: view.words.createToken, exact: true }).click(),
      );
      await walk.withOverlay('/account, revoke API token', () =>
        walk.page.getByRole('button', { name: `${view.words.revoke} Everything script`, exact: true }).click(),
      );
      if (view.phone) {
        await walk.withOverlay('/account, navigation', () => walk.page.getByRole('button', { name: view.words.openMenu }).click());
      }
      await finish(walk, view);
    });

    it(`as an admin, ${view.name}`, async () => {
      const walk = await signedIn(view, admin);
      await walk.visit('/agent/inbox', '[data-testid="inbox-row"]');
      await walk.visit(`/agent/conversations/${thread}`, '[data-testid="message"]');
      await walk.withOverlay(`/agent/conversations/${thread}, assign`, () =>
        walk.page.getByRole('button', { name: view.words.assign, exact: true }).click(),
      );
      // The people and teams pages with their dialogs and menus open (test ids: the same in both languages).
      await walk.visit('/admin/users', '[data-testid="user-row"]');
      await walk.withOverlay('/admin/users, person actions', () => walk.page.getByTestId('user-actions').first().click());
      await walk.withOverlay('/admin/users, add person', () => walk.page.getByTestId('add-person').click());
      await walk.visit('/admin/teams', '[data-testid="team"]');
      await walk.withOverlay('/admin/teams, team editor', () => walk.page.getByTestId('create-team').click());
      // The administration pages with their data, and their dialogs open.
      await walk.visit('/admin/roles', '[data-testid="role-matrix"]');
      await walk.withOverlay('/admin/roles, new role', () =>
        walk.page.getByRole('button', { name: view.words.newRole, exact: true }).click(),
      );
      await walk.visit('/admin/settings', '[data-testid="settings-form"]');
      await walk.visit('/admin/audit', '[data-testid="audit-row"]');
      await walk.withOverlay('/admin/audit, record detail', () => walk.page.getByTestId('audit-details').first().click());
      for (const path of ADMIN_PAGES) await walk.visit(path);
      await walk.withOverlay('/admin/console, user menu', () => walk.page.getByTestId('user-menu').click());
      if (view.phone) {
        await walk.withOverlay('/admin/console, navigation', () => walk.page.getByRole('button', { name: view.words.openMenu }).click());
      }
      await finish(walk, view);
    });
  }

  it('visits every route of web/src/paths.ts', () => {
    expect(ROUTES.length).toBeGreaterThan(10); // paths.ts was read
    const left = ROUTES.filter((route) => !REDIRECT_ONLY.includes(route.name) && ![...visited].some((path) => route.pattern.test(path)));
    expect(left.map((route) => `${route.name}: ${route.path}`)).toEqual([]);
  });

  it('fails on deliberate violations, naming the rule and the element', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.env.baseUrl}/signin`);
    await waitUntilReady(page, 'form');
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(`document.querySelector('form').insertAdjacentHTML('beforeend', \`
      <img id="gate-image" src="/favicon.svg">
      <p id="gate-text" style="color: #C4C4C4; background: #FFFFFF">Pale grey text on white</p>
      <ul id="gate-list"><div>Not a list item</div></ul>
    \`)`);
    const found = await axeViolations(page);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^image-alt: #gate-image \(.+; <img id="gate-image".*\)$/),
        expect.stringMatching(/^color-contrast: #gate-text \(Element has insufficient color contrast of 1\.\d+ .*\)$/),
        expect.stringMatching(/^list: #gate-list \(List element has direct children that are not allowed: div; .*\)$/),
      ]),
    );
    expect(found).toHaveLength(3);
    await page.context().close();
  });
});
