import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type BuiltUser, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { button, expectFitsPhone, field, PHONE, signIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { gqlData } from '../fixtures/test-server.js';

describeInBrowser('customer portal', (suite) => {
  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(suite.env.server, token, query, variables);

  let keys = 0;
  /** A conversation started through the API (so it is indexed and published like one started in the app). */
  async function startConversation(customer: BuiltUser, subject: string, body = 'Hello, I need help.') {
    keys += 1;
    const token = await customer.login();
    const data = await gql<{ startConversation: { id: string; number: number } }>(
      token,
      'mutation($input: StartConversationInput!) { startConversation(input: $input) { id number } }',
      { input: { subject, body, clientMessageId: `portal-test-${keys}-${Date.now()}` } },
    );
    return { ...data.startConversation, token };
  }

  async function send(token: string, conversationId: string, body: string, internal = false) {
    keys += 1;
    await gql(token, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', {
      input: { conversationId, body, internal, clientMessageId: `portal-send-${keys}-${Date.now()}` },
    });
  }

  async function bodiesOf(token: string, id: string): Promise<string[]> {
    const data = await gql<{ conversation: { messages: { edges: Array<{ node: { body: string } }> } } }>(
      token,
      'query($id: ID!) { conversation(id: $id) { messages(first: 100) { edges { node { body } } } } }',
      { id },
    );
    return data.conversation.messages.edges.map((edge) => edge.node.body);
  }

  const signedIn = async (customer: BuiltUser, options?: Parameters<typeof suite.newPage>[0]): Promise<Page> => {
    const page = await suite.newPage(options);
    await signIn(page, suite.env.baseUrl, customer.email, customer.password);
    return page;
  };

  it('starts a consultation and lists it live with its status and last message', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server, { displayName: 'Nina Agent' });
    const page = await signedIn(customer);
    expect(new URL(page.url()).pathname).toBe('/portal');
    await page.getByRole('heading', { level: 2, name: 'Your conversations' }).waitFor();
    await page.getByText('No conversations yet').waitFor();

    // The form checks its fields before sending.
    await button(page, 'Send').click();
    await page.getByText('Give your question a subject.').waitFor();
    await page.getByText('Write your message.').waitFor();
    await field(page, 'Subject').fill('Invoice for March');
    await field(page, 'Your message').fill('Could you send me the invoice?');
    await button(page, 'Send').click();
    await page.waitForURL(/\/portal\/conversations\//);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    await page.getByRole('heading', { level: 1, name: 'Invoice for March' }).waitFor();
    await page.getByRole('status').getByText('Waiting for an agent.', { exact: false }).waitFor();

    // Back on the list, it updates while the agent works, without a reload.
    await page.getByRole('link', { name: 'All conversations' }).click();
    const row = page.getByTestId('my-conversation').filter({ hasText: 'Invoice for March' });
    await row.locator('[data-status="PENDING"]').waitFor();
    await row.getByText('Could you send me the invoice?').waitFor();
    const agentToken = await agent.login();
    await gql(agentToken, 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id });
    await send(agentToken, id, 'Here it is: INV-2026-03.');
    await page.locator('[data-testid="my-conversation"][data-unread="true"]').filter({ hasText: 'Here it is: INV-2026-03.' }).waitFor();
    await row.getByText('New reply').waitFor();
    await row.locator('[data-status="IN_PROGRESS"]').waitFor();

    // Opening it shows the reply and clears the marker.
    await row.getByRole('link').click();
    await page.getByTestId('message').filter({ hasText: 'Here it is: INV-2026-03.' }).waitFor();
    await page.getByText('Nina Agent is helping you.').waitFor();
    await page.getByRole('link', { name: 'All conversations' }).click();
    await page.locator('[data-testid="my-conversation"][data-unread="false"]').filter({ hasText: 'Invoice for March' }).waitFor();
    await page.context().close();
  });

  it('sends a failed message again with the same key: stored once', async () => {
    const customer = await buildCustomer(suite.env.server);
    const { id, token } = await startConversation(customer, 'Flaky connection');
    const page = await signedIn(customer);
    await page.goto(`${suite.env.baseUrl}/portal/conversations/${id}`);
    await page.getByTestId('message').filter({ hasText: 'Hello, I need help.' }).waitFor();

    // The first send never reaches the server.
    const sends: string[] = [];
    let failNext = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('"operationName":"SendMessage"')) return route.continue();
      sends.push((JSON.parse(body) as { variables: { input: { clientMessageId: string } } }).variables.input.clientMessageId);
      if (failNext) {
        failNext = false;
        return route.abort('failed');
      }
      return route.continue();
    });
    await field(page, 'Your message').fill('Are you there?');
    await page.keyboard.press('Enter');
    const failed = page.locator('[data-testid="message"][data-delivery="failed"]').filter({ hasText: 'Are you there?' });
    await failed.getByText('Not sent.').waitFor();
    await button(failed, 'Retry').click();
    await page.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: 'Are you there?' }).waitFor();
    expect(sends).toHaveLength(2);
    expect(sends[1]).toBe(sends[0]);

    // A send whose answer is lost (the server did store it) is not stored twice either.
    await page.unroute('**/graphql');
    let loseAnswer = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (loseAnswer && body.includes('"operationName":"SendMessage"')) {
        loseAnswer = false;
        await route.fetch();
        return route.abort('failed');
      }
      return route.continue();
    });
    await field(page, 'Your message').fill('Hello again');
    await page.keyboard.press('Enter');
    // Either the live copy replaces the failed one, or a retry finds the stored message.
    const retry = page
      .locator('[data-testid="message"][data-delivery="failed"]')
      .filter({ hasText: 'Hello again' })
      .getByRole('button', { name: 'Retry' });
    await page.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: 'Hello again' }).or(retry).first().waitFor();
    if (await retry.count()) await retry.click();
    await page.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: 'Hello again' }).waitFor();

    const bodies = await bodiesOf(token, id);
    expect(bodies.filter((body) => body === 'Are you there?')).toHaveLength(1);
    expect(bodies.filter((body) => body === 'Hello again')).toHaveLength(1);
    expect(await page.getByTestId('message').filter({ hasText: 'Hello again' }).count()).toBe(1);
    await page.context().close();
  });

  it('opens a long thread at its latest messages and reads earlier pages on request, each message once', async () => {
    const customer = await buildCustomer(suite.env.server);
    const { id } = await buildConversation(suite.env.server, {
      customer,
      subject: 'A long story',
      messages: Array.from({ length: 120 }, (_, index) => `Message ${index + 1}`),
    });
    const page = await signedIn(customer);
    await page.goto(`${suite.env.baseUrl}/portal/conversations/${id}`);
    await page.getByTestId('message').getByText('Message 120', { exact: true }).waitFor();
    expect(await page.getByTestId('message').count()).toBe(50);
    await button(page, 'Show 50 earlier messages').click();
    await page.getByTestId('message').getByText('Message 21', { exact: true }).waitFor();
    expect(await page.getByTestId('message').count()).toBe(100);
    await button(page, 'Show 20 earlier messages').click();
    await page.getByTestId('message').getByText('Message 1', { exact: true }).waitFor();
    const shown = await page.getByTestId('message').locator('p').allTextContents();
    expect(await page.getByTestId('message').count()).toBe(120);
    expect(await page.getByTestId('load-earlier').count()).toBe(0);
    expect(shown.filter((text) => /^Message \d+$/.test(text))).toEqual(Array.from({ length: 120 }, (_, index) => `Message ${index + 1}`));
    await page.context().close();
  });

  it('reopens a completed conversation when the customer writes, and never shows private notes', async () => {
    const customer = await buildCustomer(suite.env.server);
    const agent = await buildAgent(suite.env.server);
    const { id } = await startConversation(customer, 'Password reset');
    const agentToken = await agent.login();
    await gql(agentToken, 'mutation($id: ID!) { claimConversation(id: $id) { id } }', { id });
    await send(agentToken, id, 'Internal: customer verified by phone.', true);
    await send(agentToken, id, 'Your password has been reset.');
    await gql(agentToken, 'mutation($id: ID!) { setConversationStatus(id: $id, status: COMPLETED) { id } }', { id });

    const page = await signedIn(customer);
    await page.goto(`${suite.env.baseUrl}/portal/conversations/${id}`);
    await page.getByTestId('message').filter({ hasText: 'Your password has been reset.' }).waitFor();
    expect(await page.getByText('customer verified by phone').count()).toBe(0);
    await page.getByRole('status').getByText('This conversation is completed.').waitFor();
    await page.getByTestId('reopen-notice').getByText('Writing a new message reopens it.').waitFor();
    await page.getByTestId('rate-conversation').waitFor();
    await field(page, 'Write to reopen the conversation').fill('It still does not work.');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="status-chip"][data-status="PENDING"]').waitFor();
    await page.getByRole('status').getByText('Waiting for an agent.', { exact: false }).waitFor();
    expect(await page.getByTestId('reopen-notice').count()).toBe(0);
    expect(await page.getByTestId('rate-conversation').count()).toBe(0);
    await page.context().close();
  });

  it('fits a 360 px phone: the list, the form and a conversation', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: 'Pat Phone' });
    const { id } = await startConversation(
      customer,
      'A rather long subject about an order that arrived damaged in transit',
      'The box was crushed and the glass inside is broken: https://example.com/a-very-long-link-without-any-spaces-in-it',
    );
    const page = await signedIn(customer, PHONE);
    await page.getByTestId('my-conversation').first().waitFor();
    await expectFitsPhone(page);
    await page.goto(`${suite.env.baseUrl}/portal/conversations/${id}`);
    await page.getByTestId('message').first().waitFor();
    await field(page, 'Your message').fill('Any update on this?');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="message"][data-delivery="sent"]').filter({ hasText: 'Any update on this?' }).waitFor();
    await expectFitsPhone(page);
    await page.context().close();
  });

  it('speaks Chinese', async () => {
    const customer = await buildCustomer(suite.env.server, { displayName: '王芳', locale: 'zh-CN' });
    const page = await suite.newPage({ locale: 'zh-CN' });
    await page.goto(`${suite.env.baseUrl}/signin`);
    await field(page, '邮箱').fill(customer.email);
    await field(page, '密码').fill(customer.password);
    await button(page, '登录').click();
    await page.getByRole('heading', { level: 1, name: '您好，王芳' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '发起咨询' }).waitFor();
    await field(page, '主题').fill('发票问题');
    await field(page, '您的消息').fill('请帮我开具发票。');
    await button(page, '发送').click();
    await page.getByRole('heading', { level: 1, name: '发票问题' }).waitFor();
    await page.getByRole('status').getByText('正在等待客服接入', { exact: false }).waitFor();
    await page.locator('[data-testid="status-chip"]').getByText('等待中').waitFor();
    await page.locator('[data-testid="message"][data-delivery="sent"]').getByText('已发送').waitFor();
    await page.getByRole('log', { name: '消息' }).waitFor();
    await page.context().close();
  });
});
