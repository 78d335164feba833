import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DatabaseUnreachableError, openOrm, redactUrl } from './orm.js';

describe('openOrm', () => {
  it('answers an unreachable PostgreSQL with one clear error that hides the password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ics-orm-'));
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        JWT_SECRET: 'orm-test-secret-of-at-least-32-chars',
        DATABASE_URL: 'postgres://ics:s3cret@127.0.0.1:1/ics',
      });
      const error = await openOrm(config).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnreachableError);
      expect((error as Error).message).toMatch(/^Cannot reach the database at postgres:\/\/ics:\*\*\*@127\.0\.0\.1:1\/ics: /);
      expect((error as Error).message).not.toContain('s3cret');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('redacts passwords in database URLs', () => {
    expect(redactUrl('postgres://u:p@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://h/d')).toBe('postgres://h/d');
  });
});
