import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

// graphql ships CJS and ESM without an exports map: pin one copy so type-graphql and our code share it.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** Used by vite-node (dev server, scripts): same decorator transform as the tests. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
});
