import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printSdl } from './print.js';
import { buildBareSchema } from './schema.js';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema.graphql');

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing the API)', async () => {
    const fromCode = printSdl(await buildBareSchema());
    expect(readFileSync(committed, 'utf8')).toBe(fromCode);
  });
});
