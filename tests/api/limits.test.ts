import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

describe('query limits and request hygiene', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A stand-in web build, so this suite does not depend on `npm run build`.
    const webDist = mkdtempSync(join(tmpdir(), 'ics-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>app</title>');
    server = await startTestServer({ WEB_DIST: webDist });
  });
  afterAll(() => server.close());

  it('refuses more than 15 aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const result = await server.gql(query);
    expect(codesOf(result)).toContain('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/aliases/i);
  });

  it('refuses more than 1000 tokens', async () => {
    const query = `{ me { ${'id '.repeat(1000)} } }`;
    const result = await server.gql(query);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/tokens/i);
  });

  it('refuses documents longer than 15000 characters', async () => {
    const query = `{ me { id } } # ${'x'.repeat(15_000)}`;
    const result = await server.gql(query);
    expect(result.status).toBe(400);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports unknown fields and syntax errors as BAD_USER_INPUT', async () => {
    expect(codesOf(await server.gql('{ nope }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await server.gql('{ me { '))).toEqual(['BAD_USER_INPUT']);
  });

  it('answers GET queries (GraphQL over HTTP) but not GET mutations', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses oversized bodies with BAD_USER_INPUT', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { blob: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the web app on client-side routes and never on API paths', async () => {
    const page = await fetch(`${server.url}/admin/users`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<title>app</title>');
    const api = await fetch(`${server.url}/api/unknown`);
    expect(api.status).toBe(404);
  });
});
