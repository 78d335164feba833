import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS and ESM without an exports map: pin one copy so type-graphql and the tests share it.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'tests/api/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A group of its own, so it never runs beside the server project: on a 2-core machine the
          // parallel API suites (argon2 hashing, many servers) can starve the browser and time out its waits.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
