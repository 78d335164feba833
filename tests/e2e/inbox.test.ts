import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type BuiltUser, buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { button, expectFitsPhone, field, PHONE, signIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { gqlData } from '../fixtures/test-server.js';

describeInBrowser('agent inbox', (suite) => {
  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(suite.env.server, token, query, variables);

  let keys = 0;
  const key = () => `inbox-test-${++keys}-${Date.now()}`;

  async function startConversation(token: string, subject: string, body = 'Hello, I need help.'): Promise<{ id: string; number: number }> {
    const data = await gql<{ startConversation: { id: string; number: number } }>(
      token,
      'mutation($input: StartConversationInput!) { startConversation(input: $input) { id number } }',
      { input: { subject, body, clientMessageId: key() } },
    );
    return data.startConversation;
  }

  const sendAs = (token: string, conversationId: string, body: string, internal = false) =>
    gql(token, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', {
      input: { conversationId, body, internal, clientMessageId: key() },
    });

  async function agentPage(agent: BuiltUser, path = '/agent/inbox', options?: Parameters<typeof suite.newPage>[0]): Promise<Page> {
    const page = await suite.newPage(options);
    await signIn(page, suite.env.baseUrl, agent.email, agent.password);
    await page.goto(`${suite.env.baseUrl}${path}`);
    return page;
  }

  const rows = (page: Page) => page.getByTestId('inbox-row');

  it('lists conversations by tab with counts, filters them and loads more', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server);
    const customerToken = await customer.login();
    const agentToken = await agent.login();
    const started: Array<{ id: string; number: number }> = [];
    for (let index = 1; index <= 30; index++) started.push(await startConversation(customerToken, `Zebra crossing question ${index}`));
    for (const { id } of started.slice(0, 2)) await gql(agentToken, 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id });
    await gql(agentToken, 'mutation($id: ID!) { setConversationPriority(id: $id, priority: URGENT) { id } }', { id: started[5].id });
    const { tags } = await gql<{ tags: Array<{ id: string; name: string }> }>(agentToken, '{ tags { id name } }');
    const vip = tags.find((tag) => tag.name === 'vip')?.id;
    await gql(agentToken, 'mutation($id: ID!, $tags: [ID!]!) { setConversationTags(id: $id, tagIds: $tags) { id } }', {
      id: started[7].id,
      tags: [vip],
    });

    const page = await agentPage(agent);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('zebra');
    await page.waitForURL(/q=zebra/);
    await page.getByRole('tab', { name: 'All (30)' }).waitFor();
    await page.getByRole('tab', { name: 'Mine (2)' }).waitFor();
    await page.getByRole('tab', { name: 'Unassigned (28)' }).waitFor();
    await page.getByText('25 of 30').waitFor();
    expect(await rows(page).count()).toBe(25);
    await button(page, 'Load more').click();
    await page.getByText('30 of 30').waitFor();
    expect(await rows(page).count()).toBe(30);
    expect(await button(page, 'Load more').count()).toBe(0);
    // Each number once, even though the list is live.
    const ids = await rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(30);

    await page.getByRole('tab', { name: 'Mine (2)' }).click();
    await page.getByText('2 of 2').waitFor();
    await page.getByRole('tab', { name: 'All (30)' }).click();
    await page.getByText('25 of 30').waitFor();

    const pick = async (label: string, option: string) => {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option }).click();
      await page.keyboard.press('Escape');
    };
    await pick('Status', 'In progress');
    await page.getByText('2 of 2').waitFor();
    await pick('Status', 'In progress');
    await page.getByText('25 of 30').waitFor();
    await pick('Priority', 'Urgent');
    await rows(page).filter({ hasText: 'Zebra crossing question 6' }).waitFor();
    await page.getByText('1 of 1').waitFor();
    await pick('Priority', 'Urgent');
    await pick('Tags', 'vip');
    await page.getByText('1 of 1').waitFor();
    await rows(page).filter({ hasText: 'Zebra crossing question 8' }).getByText('vip').waitFor();
    await button(page, 'Clear filters').click();
    await page.waitForURL((url) => url.search === '');

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Created from').fill(tomorrow);
    await page.getByText('No conversations match').waitFor();
    await button(page, 'Clear filters').click();
    await rows(page).first().waitFor();
    await page.context().close();
  });

  it('is driven from the keyboard, never while typing', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server);
    const customerToken = await customer.login();
    const first = await startConversation(customerToken, 'Keyboard lover one');
    await startConversation(customerToken, 'Keyboard lover two');
    const page = await agentPage(agent, '/agent/inbox?q=keyboard');
    await rows(page).nth(1).waitFor();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Claim the conversation').waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // j / k move through the rows, Enter opens one; the newest is first.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.locator('[data-testid="inbox-row"][aria-current="true"]').filter({ hasText: 'Keyboard lover two' }).waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/agent/conversations/${first.id}`);
    await page.getByTestId('message').filter({ hasText: 'Hello, I need help.' }).waitFor();

    // Keys typed into the reply stay text.
    await field(page, 'Reply to the customer').pressSequentially('cen');
    expect(await field(page, 'Reply to the customer').inputValue()).toBe('cen');
    await page.locator('[data-testid="status-chip"][data-status="PENDING"]').first().waitFor();
    await field(page, 'Reply to the customer').fill('');
    await page.locator('body').click({ position: { x: 5, y: 300 } });

    await page.keyboard.press('c');
    await page.locator('[data-testid="status-chip"][data-status="IN_PROGRESS"]').first().waitFor();
    await page.keyboard.press('n');
    const note = field(page, 'Private note for the desk (the customer never sees it)');
    await expect.poll(() => note.evaluate((element) => element.matches(':focus'))).toBe(true);
    await note.fill('Checked the order: it shipped on Monday.');
    await page.keyboard.press('Enter');
    const shown = page.locator('[data-testid="message"][data-internal="true"]').filter({ hasText: 'it shipped on Monday' });
    await shown.getByText('Private note', { exact: true }).waitFor();
    expect(await shown.textContent()).toContain('not visible to the customer');
    const { conversation } = await gql<{ conversation: { messages: { edges: Array<{ node: { body: string } }> } } }>(
      customerToken,
      'query($id: ID!) { conversation(id: $id) { messages { edges { node { body } } } } }',
      { id: first.id },
    );
    expect(conversation.messages.edges.map((edge) => edge.node.body)).toEqual(['Hello, I need help.']);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('r');
    await field(page, 'Reply to the customer').waitFor();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('e');
    await page.locator('[data-testid="status-chip"][data-status="COMPLETED"]').first().waitFor();
    await page.keyboard.press('u');
    await page.waitForURL((url) => url.pathname === '/agent/inbox' && url.search === '?q=keyboard');
    await page.context().close();
  });

  it('fills reply templates from a shortcut or a search and sends them with their id', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: 'Tara Template' });
    const agent = await buildAgent(suite.env.server, { displayName: 'Uma Agent' });
    const customerToken = await customer.login();
    const { id, number } = await startConversation(customerToken, 'Where is my refund?');
    const agentToken = await agent.login();
    await gql(agentToken, 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id });
    const usage = async () =>
      (
        await gql<{ replyTemplates: { edges: Array<{ node: { usageCount: number } }> } }>(
          agentToken,
          '{ replyTemplates(query: "/hi") { edges { node { usageCount } } } }',
        )
      ).replyTemplates.edges[0].node.usageCount;
    const before = await usage();

    const page = await agentPage(agent, `/agent/conversations/${id}`);
    const reply = field(page, 'Reply to the customer');
    await reply.fill('/h');
    const suggestions = page.getByRole('listbox');
    await suggestions.getByRole('option', { name: /Greeting/ }).waitFor();
    await page.keyboard.press('Enter');
    const expected = `Hi Tara Template, thanks for reaching out! I am Uma Agent and I will help you with conversation #${number}.`;
    await expect.poll(() => reply.inputValue()).toBe(expected);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: expected }).waitFor();
    await expect.poll(usage).toBe(before + 1);

    await button(page, 'Templates').click();
    const picker = page.getByRole('dialog', { name: 'Reply templates' });
    await picker.getByRole('searchbox', { name: 'Search templates' }).fill('refund');
    await picker.getByRole('button', { name: /Refund started/ }).click();
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => reply.inputValue()).toContain('Tara Template');
    await page.context().close();
  });

  it('marks unread conversations, clears the marker when opened, and shows the customer’s other conversations', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server);
    const customerToken = await customer.login();
    const older = await startConversation(customerToken, 'Umbrella order older');
    const newer = await startConversation(customerToken, 'Umbrella order newer');
    const page = await agentPage(agent, '/agent/inbox?q=umbrella');
    const row = rows(page).filter({ hasText: 'Umbrella order newer' });
    await page.locator('[data-testid="inbox-row"][data-unread="true"]').filter({ hasText: 'Umbrella order newer' }).waitFor();
    await row.getByRole('link').click();
    await page
      .getByTestId('customer-conversations')
      .getByRole('link', { name: /Umbrella order older/ })
      .waitFor();
    await page.getByRole('link', { name: 'Back to inbox' }).click();
    await page.locator('[data-testid="inbox-row"][data-unread="false"]').filter({ hasText: 'Umbrella order newer' }).waitFor();

    // A new message from the customer brings the marker back, live.
    await sendAs(customerToken, newer.id, 'One more thing: <b>the umbrella</b> handle & strap');
    await page.locator('[data-testid="inbox-row"][data-unread="true"]').filter({ hasText: 'Umbrella order newer' }).waitFor();
    // With a keyword, a row shows the message that matched, highlighted (as text: the message's tags stay text).
    const match = row.getByTestId('search-match');
    await match
      .locator('mark', { hasText: /^umbrella$/i })
      .first()
      .waitFor();
    await match.getByText('<b>the', { exact: false }).waitFor();
    expect(await row.locator('b').count()).toBe(0);
    expect(older.id).not.toBe(newer.id);
    await page.context().close();
  });

  it('says why a move was refused: an agent at capacity cannot claim more', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server, { capacity: 1 });
    const customerToken = await customer.login();
    const held = await startConversation(customerToken, 'Already handled');
    const waiting = await startConversation(customerToken, 'One too many');
    await gql(await agent.login(), 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id: held.id });
    const page = await agentPage(agent, `/agent/conversations/${waiting.id}`);
    await button(page, 'Claim').click();
    await page.getByTestId('action-problem').getByText('You are at your capacity of open conversations.', { exact: false }).waitFor();
    await page.locator('[data-testid="status-chip"][data-status="PENDING"]').first().waitFor();
    await button(page, 'Claim').waitFor();
    await page.context().close();
  });

  it('finds agents by part of their name, with their load, to transfer to; an admin assigns with the same picker on a phone', async () => {
    const customer = await buildCustomer(suite.env.server);
    const owner = await buildAgent(suite.env.server, { displayName: 'Xavier Owner' });
    await buildAgent(suite.env.server, { displayName: 'Wilhelmina Helper', capacity: 3 });
    const full = await buildAgent(suite.env.server, { displayName: 'Wilbur Full', capacity: 1 });
    const admin = await buildAdmin(suite.env.server);
    const customerToken = await customer.login();
    const { id } = await startConversation(customerToken, 'Needs a specialist');
    const other = await startConversation(customerToken, 'Keeps Wilbur busy');
    const claim = 'mutation($id: ID!) { claimConversation(id: $id) { id } }';
    await gql(await full.login(), claim, { id: other.id });
    await gql(await owner.login(), claim, { id });

    const page = await agentPage(owner, `/agent/conversations/${id}`);
    await button(page, 'Transfer').click();
    const dialog = page.getByRole('dialog', { name: /Transfer conversation/ });
    await dialog.getByRole('combobox', { name: 'Agent' }).fill('WIL');
    const helper = page.getByRole('option', { name: /Wilhelmina Helper/ });
    await helper.getByText('0 / 3 open').waitFor();
    const busy = page.getByRole('option', { name: /Wilbur Full/ });
    await busy.getByText('At capacity').waitFor();
    expect(await busy.getAttribute('aria-disabled')).toBe('true');
    // The server has narrowed the list to the two whose name contains the text, in any case.
    await expect.poll(() => page.getByRole('option').count()).toBe(2);
    await helper.click();
    await field(dialog, 'Reason').fill('Needs a specialist.');
    await button(dialog, 'Transfer').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('transfer-notice').getByText('waiting for Wilhelmina Helper to accept').waitFor();
    await page.context().close();

    const adminPage = await agentPage(admin, `/agent/conversations/${id}`, PHONE);
    await button(adminPage, 'Assign').click();
    const assign = adminPage.getByRole('dialog', { name: /Assign conversation/ });
    await assign.getByRole('combobox', { name: 'Agent' }).fill('helper');
    await adminPage.getByRole('option', { name: /Wilhelmina Helper/ }).waitFor();
    await expectFitsPhone(adminPage);
    await adminPage.getByRole('option', { name: /Wilhelmina Helper/ }).click();
    await button(assign, 'Assign').click();
    await assign.waitFor({ state: 'detached' });
    await adminPage.locator('[data-testid="status-chip"][data-status="IN_PROGRESS"]').first().waitFor();
    const { conversation } = await gql<{ conversation: { assignee: { displayName: string } } }>(
      customerToken,
      'query($id: ID!) { conversation(id: $id) { assignee { displayName } } }',
      { id },
    );
    expect(conversation.assignee.displayName).toBe('Wilhelmina Helper');
    await adminPage.context().close();
  });

  it('notifies on the desktop while hidden, only after the agent allowed it', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server);
    const page = await suite.newPage();
    // A stand-in Notification API and a tab that can pretend to be hidden.
    await page.addInitScript(`
      window.__shown = [];
      window.__hidden = false;
      let permission = 'default';
      window.Notification = class {
        static get permission() { return permission; }
        static requestPermission() { permission = 'granted'; return Promise.resolve(permission); }
        constructor(title) { window.__shown.push(title); this.onclick = null; }
        close() {}
      };
      Object.defineProperty(document, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible') });
    `);
    await signIn(page, suite.env.baseUrl, agent.email, agent.password);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    const shown = () => page.evaluate<string[]>('window.__shown.slice()');
    await page.evaluate('window.__hidden = true');

    // Not allowed yet: nothing is shown, and nothing asked for.
    const customerToken = await customer.login();
    const before = await startConversation(customerToken, 'Before permission');
    await rows(page).filter({ hasText: 'Before permission' }).waitFor();
    expect(await shown()).toEqual([]);

    await button(page, 'Enable desktop notifications').click();
    await page.getByRole('img', { name: 'Desktop notifications are on' }).waitFor();
    const { number } = await startConversation(customerToken, 'After permission');
    await expect.poll(shown).toContain(`New conversation #${number}`);
    await sendAs(customerToken, before.id, 'Still there?');
    await expect.poll(shown).toContain(`New message in #${before.number}`);

    // Visible again: the inbox is on screen, no notification needed.
    await page.evaluate('window.__hidden = false');
    const count = (await shown()).length;
    await startConversation(customerToken, 'While visible');
    await rows(page).filter({ hasText: 'While visible' }).waitFor();
    expect(await shown()).toHaveLength(count);
    await page.context().close();
  });

  it('fits a 360 px phone: the inbox, and a conversation with its side panel folded away', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: 'A customer with a remarkably long display name' });
    const agent = await buildAgent(suite.env.server);
    const { id } = await startConversation(await customer.login(), 'Shipment https://example.com/tracking/1234567890abcdefghijklmnop');
    const page = await agentPage(agent, '/agent/inbox', PHONE);
    await rows(page).first().waitFor();
    await expectFitsPhone(page);
    await button(page, 'Filters').click();
    await page.getByRole('combobox', { name: 'Status' }).waitFor();
    await expectFitsPhone(page);

    await page.goto(`${suite.env.baseUrl}/agent/conversations/${id}`);
    await button(page, 'Claim').click();
    await page.getByRole('combobox', { name: 'Priority' }).waitFor();
    const details = button(page, 'Show details');
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await expectFitsPhone(page);
    await details.click();
    await page.getByText('A customer with a remarkably long display name').first().waitFor();
    await expectFitsPhone(page);
    await page.context().close();
  });

  it('speaks Chinese', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: '李雷' });
    const agent = await buildAgent(suite.env.server, { locale: 'zh-CN' });
    const { id } = await startConversation(await customer.login(), '发票抬头错误');
    const page = await suite.newPage({ locale: 'zh-CN' });
    await page.goto(`${suite.env.baseUrl}/signin`);
    await field(page, '邮箱').fill(agent.email);
    await field(page, '密码').fill(agent.password);
    await button(page, '登录').click();
    await page.getByRole('heading', { level: 1, name: '收件箱' }).waitFor();
    await page.getByRole('tab', { name: /^全部（\d+）$/ }).waitFor();
    await rows(page).filter({ hasText: '发票抬头错误' }).getByText('未分配').waitFor();
    await page.goto(`${suite.env.baseUrl}/agent/conversations/${id}`);
    await button(page, '认领').click();
    await page.locator('[data-testid="status-chip"]').getByText('处理中').first().waitFor();
    await page.getByRole('button', { name: '内部备注' }).click();
    await field(page, '给团队的内部备注（客户永远看不到）').fill('已核实');
    await button(page, '添加备注').click();
    await page.locator('[data-testid="message"][data-internal="true"]').getByText('内部备注', { exact: true }).waitFor();
    await page.context().close();
  });
});
