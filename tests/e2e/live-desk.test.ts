import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { button, field, signIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { gqlData } from '../fixtures/test-server.js';

describeInBrowser('live desk', (suite) => {
  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(suite.env.server, token, query, variables);

  /** The conversation's messages as its customer reads them through the API. */
  async function bodiesOf(token: string, id: string): Promise<string[]> {
    const data = await gql<{ conversation: { messages: { edges: Array<{ node: { body: string } }> } } }>(
      token,
      'query($id: ID!) { conversation(id: $id) { messages(first: 100) { edges { node { body } } } } }',
      { id },
    );
    return data.conversation.messages.edges.map((edge) => edge.node.body);
  }

  /** Marks the page so a later check can tell it was never reloaded. */
  const markPage = (page: Page) => page.evaluate('window.__notReloaded = true');
  const wasNotReloaded = (page: Page) => page.evaluate<boolean>('window.__notReloaded === true');

  const rowOf = (page: Page, subject: string) => page.getByTestId('inbox-row').filter({ hasText: subject });
  /** Waits for the inbox row of a conversation to show a status and an owner. */
  const waitForRow = (page: Page, subject: string, status: string, owner: string) =>
    page.locator(`[data-testid="inbox-row"][data-status="${status}"]`).filter({ hasText: subject }).filter({ hasText: owner }).waitFor();

  it('carries a conversation from the customer through two agents, live in a third session', async () => {
    const { server } = suite.env;
    const customer = await buildCustomer(server, { displayName: 'Carla Customer' });
    const first = await buildAgent(server, { displayName: 'Aaron Agent' });
    const second = await buildAgent(server, { displayName: 'Bea Backup' });
    const admin = await buildAdmin(server, { displayName: 'Olga Observer' });

    const [customerPage, firstPage, secondPage, observer] = await Promise.all([1, 2, 3, 4].map(() => suite.newPage()));
    await signIn(customerPage, suite.env.baseUrl, customer.email, customer.password);
    await signIn(firstPage, suite.env.baseUrl, first.email, first.password);
    await signIn(secondPage, suite.env.baseUrl, second.email, second.password);
    await signIn(observer, suite.env.baseUrl, admin.email, admin.password);
    await observer.goto(`${suite.env.baseUrl}/agent/inbox`);
    await observer.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await markPage(observer);

    // The customer starts a consultation; the observer's inbox shows it at once, waiting and unassigned.
    const subject = 'Parcel never arrived';
    await field(customerPage, 'Subject').fill(subject);
    await field(customerPage, 'Your message').fill('Order 1042 was due last week.');
    await button(customerPage, 'Send').click();
    await customerPage.waitForURL(/\/portal\/conversations\//);
    const conversationId = decodeURIComponent(new URL(customerPage.url()).pathname.split('/').pop() ?? '');
    const customerToken = await customer.login();
    await customerPage.getByRole('heading', { level: 1, name: subject }).waitFor();
    await customerPage.getByText('Waiting for an agent.', { exact: false }).waitFor();
    const observed = rowOf(observer, subject);
    await waitForRow(observer, subject, 'PENDING', 'Unassigned');
    expect(await observed.getAttribute('data-unread')).toBe('true');

    // The first agent opens it from the inbox and claims it.
    await rowOf(firstPage, subject).getByRole('link').click();
    await firstPage.getByRole('heading', { level: 1, name: new RegExp(`^#\\d+ ${subject}$`) }).waitFor();
    await firstPage.getByTestId('message').filter({ hasText: 'Order 1042 was due last week.' }).waitFor();
    await button(firstPage, 'Claim').click();
    await button(firstPage, 'Transfer').waitFor();
    await waitForRow(observer, subject, 'IN_PROGRESS', 'Assigned to Aaron Agent');
    await customerPage.getByText('Aaron Agent is helping you.').waitFor();

    // Messages both ways, live, with typing shown on the other side.
    await field(customerPage, 'Your message').pressSequentially('Any news?');
    await firstPage.getByTestId('typing-indicator').getByText('Carla Customer is typing…').waitFor();
    await customerPage.keyboard.press('Enter');
    await firstPage.getByTestId('message').filter({ hasText: 'Any news?' }).waitFor();
    await customerPage.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: 'Any news?' }).waitFor();
    await field(firstPage, 'Reply to the customer').fill('Checking with the carrier now.');
    await firstPage.keyboard.press('Enter');
    await customerPage.getByTestId('message').filter({ hasText: 'Checking with the carrier now.' }).waitFor();
    await observed.getByText('Checking with the carrier now.').waitFor();

    // Transfer to the second agent, with a reason; the observer sees it waiting.
    await button(firstPage, 'Transfer').click();
    const dialog = firstPage.getByRole('dialog', { name: /Transfer conversation/ });
    // The picker searches the desk's agents by name, each with their load.
    await dialog.getByRole('combobox', { name: 'Agent' }).fill('bea');
    await firstPage
      .getByRole('option', { name: /Bea Backup/ })
      .getByText('0 / 5 open')
      .waitFor();
    await firstPage.getByRole('option', { name: /Bea Backup/ }).click();
    await field(dialog, 'Reason').fill('Bea handles carrier claims.');
    await button(dialog, 'Transfer').click();
    await dialog.waitFor({ state: 'detached' });
    await firstPage.getByTestId('transfer-notice').getByText('waiting for Bea Backup to accept').waitFor();
    await waitForRow(observer, subject, 'TRANSFERRED', 'Aaron Agent');
    await customerPage.getByText('being handed to a colleague').waitFor();

    // The second agent accepts, answers and completes.
    await secondPage.reload();
    await rowOf(secondPage, subject).getByRole('link').click();
    await button(secondPage, 'Accept transfer').click();
    await waitForRow(observer, subject, 'IN_PROGRESS', 'Assigned to Bea Backup');
    await customerPage.getByText('Bea Backup is helping you.').waitFor();
    await field(secondPage, 'Reply to the customer').fill('A new parcel leaves today.');
    await secondPage.keyboard.press('Enter');
    await customerPage.getByTestId('message').filter({ hasText: 'A new parcel leaves today.' }).waitFor();
    await button(secondPage, 'Complete').click();
    await waitForRow(observer, subject, 'COMPLETED', 'Bea Backup');
    await secondPage.locator('[data-testid="status-chip"][data-status="COMPLETED"]').first().waitFor();

    // The customer rates it once; the rating replaces the form.
    const rate = customerPage.getByTestId('rate-conversation');
    await rate.waitFor();
    await customerPage.getByTestId('reopen-notice').waitFor();
    await rate.locator('label', { hasText: '4 stars' }).click();
    await field(rate, 'Comment (optional)').fill('Quick and kind.');
    await button(rate, 'Send rating').click();
    const given = customerPage.getByTestId('given-rating');
    await given.getByText('You rated this conversation 4 of 5.').waitFor();
    expect(await rate.count()).toBe(0);
    const evaluation = await gql<{ conversation: { evaluation: { rating: number; comment: string } } }>(
      customerToken,
      'query($id: ID!) { conversation(id: $id) { evaluation { rating comment } } }',
      { id: conversationId },
    );
    expect(evaluation.conversation.evaluation).toEqual({ rating: 4, comment: 'Quick and kind.' });
    await customerPage.reload();
    await given.waitFor();
    expect(await customerPage.getByTestId('rate-conversation').count()).toBe(0);

    // Every message once, in order; and the observer followed it all without a reload.
    expect(await bodiesOf(customerToken, conversationId)).toEqual([
      'Order 1042 was due last week.',
      'Any news?',
      'Checking with the carrier now.',
      'A new parcel leaves today.',
    ]);
    expect(await wasNotReloaded(observer)).toBe(true);
    for (const page of [customerPage, firstPage, secondPage, observer]) await page.context().close();
  });

  it('catches up after the WebSocket reconnects, without losing or repeating a message', async () => {
    const { server } = suite.env;
    const customer = await buildCustomer(server);
    const agent = await buildAgent(server);
    const customerToken = await customer.login();
    const { startConversation } = await gql<{ startConversation: { id: string } }>(
      customerToken,
      'mutation { startConversation(input: { subject: "Flaky network", body: "First", clientMessageId: "reconnect-1" }) { id } }',
    );
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, agent.email, agent.password);
    await page.goto(`${suite.env.baseUrl}/agent/conversations/${startConversation.id}`);
    await page.getByTestId('message').filter({ hasText: 'First' }).waitFor();
    await markPage(page);
    const send = (body: string, key: string) =>
      gql(customerToken, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', {
        input: { conversationId: startConversation.id, body, clientMessageId: key },
      });
    await send('Second', 'reconnect-2');
    await page.getByTestId('message').filter({ hasText: 'Second' }).waitFor();

    // The server drops the agent's socket; a message arrives while the app reconnects.
    server.services.sockets.closeAllOf(agent.id);
    await send('Third, while you were away', 'reconnect-3');
    await page.getByTestId('message').filter({ hasText: 'Third, while you were away' }).waitFor({ timeout: 20_000 });
    // Live again after the reconnection.
    await send('Fourth', 'reconnect-4');
    await page.getByTestId('message').filter({ hasText: 'Fourth' }).waitFor();
    await page.waitForTimeout(2000); // the settle re-read after reconnecting has run
    const bodies = await page.getByTestId('message').allTextContents();
    expect(bodies.filter((text) => text.includes('Third, while you were away'))).toHaveLength(1);
    expect(bodies).toHaveLength(4);
    expect(await wasNotReloaded(page)).toBe(true);
    await page.context().close();
  });
});
