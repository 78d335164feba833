import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'ics-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('defaults to the embedded mode: SQLite in the data folder, port 4000, demo seeding', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 4000,
      env: 'development',
      seedDemo: true,
      database: { kind: 'sqlite', sqlitePath: join(dir, 'ics.sqlite') },
    });
  });

  it('generates a JWT secret once and keeps it in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('recognises PostgreSQL URLs', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u:p@localhost/ics' }).database.kind).toBe('postgresql');
  });

  it('does not seed demo data in production unless asked', () => {
    const secret = 'x'.repeat(40);
    expect(
      loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', JWT_SECRET: secret, PUBLIC_URL: 'https://desk.example.com' }).seedDemo,
    ).toBe(false);
    expect(
      loadConfig({
        DATA_DIR: dataDir(),
        NODE_ENV: 'production',
        JWT_SECRET: secret,
        PUBLIC_URL: 'https://desk.example.com',
        SEED_DEMO: 'true',
      }).seedDemo,
    ).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
    [{ SMTP_URL: 'mail.example.com' }, /SMTP_URL/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL/],
    [{ LLM_BASE_URL: 'ftp://x' }, /LLM_BASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('explains what is wrong with %o', (env, message) => {
    expect(problemsOf(env).join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ PORT: 'x', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toHaveLength(3);
  });
});

describe('proxies and production', () => {
  it('believes X-Forwarded-For only when told whom to trust', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(problemsOf({ TRUST_PROXY: '$(rm -rf)' }).join()).toMatch(/TRUST_PROXY/);
  });

  it('requires PUBLIC_URL in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).join()).toMatch(/PUBLIC_URL is required/);
  });
});
