import { expect, it } from 'vitest';
import { buildAgent } from '../fixtures/factories.js';
import { button, field, fillNewPassword, horizontalOverflow, PHONE, signIn } from '../fixtures/pages.js';
import { describeInBrowser } from '../fixtures/suite.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

interface MeAnswer {
  data?: { me: { email: string } | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describeInBrowser('API tokens', (suite) => {
  /** Asks the API who the bearer of a token is, as an integration would. */
  async function mintToken(session: string): Promise<string> {
    const created = await suite.env.server.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "Warehouse sync" }) { token } }',
      {},
      { token: session },
    );
    return created.data?.createApiToken.token as string;
  }

  async function whoAmI(token: string): Promise<MeAnswer> {
    const response = await fetch(`${suite.env.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    return (await response.json()) as MeAnswer;
  }

  it('lets an agent create a token, shows its secret once, and revoke it', async () => {
    const page = await suite.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.env.baseUrl });
    await signIn(page, suite.env.baseUrl, 'agent@demo.local', DEMO_PASSWORD);
    await page.goto(`${suite.env.baseUrl}/account`);
    const card = page.getByTestId('api-tokens');
    await card.getByText('No tokens yet.').waitFor();

    await button(card, 'Create token').click();
    const form = page.getByRole('dialog', { name: 'Create an API token' });
    await button(form, 'Create token').click();
    await form.getByText('Give the token a name.').waitFor();
    await field(form, 'Name').fill('Nightly report');
    // Only the agent's own permissions are offered, by name.
    await form.getByRole('combobox', { name: 'Permissions' }).click();
    expect(await page.getByRole('option').count()).toBe(12);
    expect(await page.getByRole('option', { name: /Manage roles and permissions/ }).count()).toBe(0);
    await page.getByRole('option', { name: /See users/ }).click();
    await page.keyboard.press('Escape');
    await button(form, 'Create token').click();

    // The secret, once, with the warning and a copy button.
    const reveal = page.getByRole('dialog', { name: 'Copy your new token' });
    await reveal.getByText('you will not see it again').waitFor();
    const secret = (await reveal.getByTestId('api-token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^ics_\S{20,}$/);
    await button(reveal, 'Copy').click();
    await button(reveal, 'Copied').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);

    // It works against the API.
    expect((await whoAmI(secret)).data?.me?.email).toBe('agent@demo.local');

    await button(reveal, 'Done').click();
    await reveal.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    const item = card.getByTestId('api-token');
    await item.getByText('Nightly report').waitFor();
    await item.getByText(`${secret.slice(0, 10)}…`).waitFor();
    await item.getByText('See users').waitFor();
    expect(await item.getAttribute('data-status')).toBe('active');
    await item.getByText('Never used').waitFor();
    // The list, loaded again, tells when the token was last used (by whoAmI above) and never shows the secret.
    await page.reload();
    await item.getByText(/^Last used /).waitFor();
    expect(await page.content()).not.toContain(secret);

    // Revoking asks first; cancelling keeps the token working.
    await button(item, 'Revoke Nightly report').click();
    const confirm = page.getByRole('dialog', { name: 'Revoke “Nightly report”?' });
    await confirm.getByText('Anything that uses this token stops working at once.').waitFor();
    await button(confirm, 'Cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect((await whoAmI(secret)).data?.me?.email).toBe('agent@demo.local');

    await button(item, 'Revoke Nightly report').click();
    await button(confirm, 'Revoke token').click();
    await confirm.waitFor({ state: 'detached' });
    await card.locator('[data-testid="api-token"][data-status="revoked"]').waitFor();
    await item.getByText('Revoked', { exact: true }).waitFor();
    expect(await button(item, 'Revoke Nightly report').count()).toBe(0);
    const refused = await whoAmI(secret);
    expect(refused.data?.me ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    await page.context().close();
  });

  it('fits a 360 px phone, with a token listed and with the dialogs open', async () => {
    const page = await suite.newPage(PHONE);
    await signIn(page, suite.env.baseUrl, 'admin@demo.local', DEMO_PASSWORD);
    await page.goto(`${suite.env.baseUrl}/account`);
    await button(page, 'Create token').click();
    const form = page.getByRole('dialog', { name: 'Create an API token' });
    await field(form, 'Name').fill('A rather long name for the export to the finance team');
    await form.getByRole('combobox', { name: 'Permissions' }).click();
    await page.getByRole('option', { name: /Claim, reply, change status, tag and add notes/ }).click();
    await page.getByRole('option', { name: /Read the audit log/ }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('Expires on').fill('2099-12-31');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await button(form, 'Create token').click();
    const reveal = page.getByRole('dialog', { name: 'Copy your new token' });
    await reveal.getByTestId('api-token-secret').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await button(reveal, 'Done').click();
    await reveal.waitFor({ state: 'detached' });
    const item = page.getByTestId('api-token');
    await item.getByText(/^Expires Dec 31, 2099$/).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('are all revoked by a password change when the person asks for it', async () => {
    const agent = await buildAgent(suite.env.server);
    const secret = await mintToken(await agent.login());
    expect((await whoAmI(secret)).data?.me?.email).toBe(agent.email);

    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, agent.email, agent.password);
    await page.goto(`${suite.env.baseUrl}/account`);
    const card = page.getByTestId('api-tokens');
    await card.locator('[data-testid="api-token"][data-status="active"]').waitFor();
    await field(page, 'Current password').fill(agent.password);
    await fillNewPassword(page, 'New password', 'granite-Sparrow-55-ember');
    await page.getByRole('checkbox', { name: 'Also revoke all my API tokens' }).check();
    await button(page, 'Change password').click();
    await page.getByText('Your password has been changed. Other sessions have been signed out and your API tokens revoked.').waitFor();
    await card.locator('[data-testid="api-token"][data-status="revoked"]').waitFor();
    expect((await whoAmI(secret)).errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    await page.context().close();
  });

  it('is not offered to customers', async () => {
    const page = await suite.newPage();
    await signIn(page, suite.env.baseUrl, 'customer@demo.local', DEMO_PASSWORD);
    await page.goto(`${suite.env.baseUrl}/account`);
    await page.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();
    expect(await page.getByRole('heading', { name: 'API tokens' }).count()).toBe(0);
    expect(await page.getByTestId('api-tokens').count()).toBe(0);
    await page.context().close();
  });
});
