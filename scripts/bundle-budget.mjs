// `node scripts/bundle-budget.mjs [dist]`: checks the web build against the bundle budget and prints the figures.
// Runs right after `vite build` in the web workspace's build script, so `npm start`, `npm test` and CI all check it;
// exits 1 past a budget. Reads `<dist>/.vite/manifest.json` (vite.config.ts sets `build.manifest`) and the emitted files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkBundle, formatReport, gzipSize } from './lib/bundle-budget.mjs';

/**
 * The lazily loaded modules the sign-in page waits for, besides the entry and its static imports: the route
 * elements above it in web/src/routes.tsx that are `lazy` (none today: it sits outside ApolloRoot) and the page
 * itself. A first visit to `/` lands there (HomeRedirect is in the entry). Keep this in step with routes.tsx.
 */
const FIRST_VISIT_LAZY = ['src/features/auth/pages/SignInPage.tsx'];

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '../web/dist'));

/** @type {import('./lib/bundle-budget.mjs').Manifest} */
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
} catch (error) {
  console.error(`bundle budget: cannot read the build manifest in ${dist} (run \`vite build\` with build.manifest on): ${error}`);
  process.exit(1);
}

const report = checkBundle({
  manifest,
  sizeOf: (file) => gzipSize(readFileSync(join(dist, file))),
  entry: 'index.html',
  firstVisitLazy: FIRST_VISIT_LAZY,
});
console.log(`\n${formatReport(report)}\n`);
if (report.failures.length) process.exit(1);
