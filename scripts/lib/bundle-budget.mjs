// The bundle budget's logic, apart from the file system so a test can feed it a made-up build.
// Run by scripts/bundle-budget.mjs after `vite build`; see that file for what it reads.
import { gzipSync } from 'node:zlib';

/**
 * One chunk of Vite's build manifest (`build.manifest`), keyed by its source (`src/x.tsx`, `index.html`) or, for
 * shared chunks, by `_<file name>`.
 * @typedef {object} ManifestChunk
 * @property {string} file The emitted file, relative to the output directory.
 * @property {string} [src]
 * @property {boolean} [isEntry]
 * @property {boolean} [isDynamicEntry] Loaded with `import()` (a lazy route, for one).
 * @property {string[]} [imports] Manifest keys of the chunks it imports statically (the browser loads them first).
 * @property {string[]} [dynamicImports] Manifest keys of the chunks it may `import()` later.
 */

/** @typedef {Record<string, ManifestChunk>} Manifest */

/**
 * @typedef {object} Budgets
 * @property {number} firstVisit Gzipped bytes of JavaScript a first visit downloads before the sign-in page renders.
 * @property {number} lazyChunk Gzipped bytes a lazily loaded route (or any `import()`ed module) adds to what the
 *   first visit already holds: its own chunk and the shared chunks it imports that the first visit did not load.
 */

/**
 * @typedef {object} FileSize
 * @property {string} file
 * @property {number} bytes Gzipped size.
 */

/**
 * @typedef {object} LazyChunk
 * @property {string} src The lazily imported module (a page of routes.tsx, or another `import()`).
 * @property {string} file Its own chunk.
 * @property {number} chunkBytes Its own chunk, gzipped.
 * @property {number} bytes What loading it downloads beyond the first visit (see Budgets.lazyChunk).
 * @property {boolean} inFirstVisit Loaded before the sign-in page renders (then counted there).
 */

/**
 * @typedef {object} BudgetReport
 * @property {Budgets} budgets
 * @property {FileSize[]} firstVisit Largest first.
 * @property {number} firstVisitBytes
 * @property {LazyChunk[]} lazyChunks Largest first.
 * @property {string[]} failures Empty when within budget.
 */

/** 1 kB = 1000 bytes, as `vite build` prints sizes. */
export const KB = 1000;

/** The issue's budgets: 250 kB for the first visit, 150 kB for each lazy route. */
export const BUDGETS = Object.freeze({ firstVisit: 250 * KB, lazyChunk: 150 * KB });

/**
 * Gzipped size at zlib's default level (6), as a server or proxy compressing on the fly typically sends it.
 * @param {Uint8Array | string} content
 */
export function gzipSize(content) {
  return gzipSync(content).length;
}

/**
 * The manifest keys of `keys` and everything they import statically, depth first (as the `modulepreload` links
 * list them).
 * @param {Manifest} manifest
 * @param {readonly string[]} keys
 * @returns {string[]}
 */
export function staticClosure(manifest, keys) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} key */
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the build manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...seen];
}

/** @param {string} file */
const isJavaScript = (file) => /\.m?js$/.test(file);

/**
 * Measures a build against the budgets.
 * @param {object} input
 * @param {Manifest} input.manifest
 * @param {(file: string) => number} input.sizeOf Gzipped size of an emitted file.
 * @param {string} input.entry The manifest key of the page's entry (`index.html`).
 * @param {readonly string[]} input.firstVisitLazy The lazily imported modules the sign-in page waits for.
 * @param {Budgets} [input.budgets]
 * @returns {BudgetReport}
 */
export function checkBundle({ manifest, sizeOf, entry, firstVisitLazy, budgets = BUDGETS }) {
  for (const key of [entry, ...firstVisitLazy]) {
    if (!manifest[key]) {
      throw new Error(`"${key}" is not in the build manifest: was it renamed? Update the first visit in scripts/bundle-budget.mjs.`);
    }
  }
  /** @param {string} key */
  const fileOf = (key) => /** @type {ManifestChunk} */ (manifest[key]).file;
  /** @type {Map<string, number>} */
  const sizes = new Map();
  /** @param {string} file */
  const size = (file) => {
    let bytes = sizes.get(file);
    if (bytes === undefined) {
      bytes = sizeOf(file);
      sizes.set(file, bytes);
    }
    return bytes;
  };
  /** @param {Iterable<string>} files */
  const total = (files) => [...files].reduce((sum, file) => sum + size(file), 0);

  const firstVisitFiles = new Set(
    staticClosure(manifest, [entry, ...firstVisitLazy])
      .map(fileOf)
      .filter(isJavaScript),
  );
  const firstVisit = [...firstVisitFiles].map((file) => ({ file, bytes: size(file) })).sort((a, b) => b.bytes - a.bytes);
  const firstVisitBytes = total(firstVisitFiles);

  const lazyChunks = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && isJavaScript(chunk.file))
    .map(([key, chunk]) => {
      const beyond = staticClosure(manifest, [key])
        .map(fileOf)
        .filter((file) => isJavaScript(file) && !firstVisitFiles.has(file));
      return {
        src: chunk.src ?? key,
        file: chunk.file,
        chunkBytes: size(chunk.file),
        bytes: total(new Set(beyond)),
        inFirstVisit: firstVisitFiles.has(chunk.file),
      };
    })
    .sort((a, b) => b.bytes - a.bytes || a.src.localeCompare(b.src));

  /** @type {string[]} */
  const failures = [];
  if (firstVisitBytes > budgets.firstVisit) {
    const largest = firstVisit
      .slice(0, 3)
      .map(({ file, bytes }) => `${file} ${kB(bytes)}`)
      .join(', ');
    failures.push(
      `first visit: ${kB(firstVisitBytes)} gzipped is ${kB(firstVisitBytes - budgets.firstVisit)} over its ${kB(budgets.firstVisit)} ` +
        `budget (largest: ${largest}). Lazy-load what the sign-in page does not need to render.`,
    );
  }
  for (const chunk of lazyChunks) {
    if (chunk.bytes > budgets.lazyChunk) {
      failures.push(
        `lazy chunk ${chunk.src} (${chunk.file}): ${kB(chunk.bytes)} gzipped beyond the first visit is ` +
          `${kB(chunk.bytes - budgets.lazyChunk)} over its ${kB(budgets.lazyChunk)} budget. Split it further.`,
      );
    }
  }
  return { budgets, firstVisit, firstVisitBytes, lazyChunks, failures };
}

/**
 * Bytes as Vite prints them: `12.34 kB`.
 * @param {number} bytes
 */
export function kB(bytes) {
  return `${(bytes / KB).toFixed(2)} kB`;
}

/**
 * The report printed after the build: the first visit file by file, then each lazy chunk, then the verdict.
 * @param {BudgetReport} report
 * @returns {string}
 */
export function formatReport({ budgets, firstVisit, firstVisitBytes, lazyChunks, failures }) {
  const width = Math.max(20, ...firstVisit.map((row) => row.file.length), ...lazyChunks.map((row) => row.src.length));
  /** @type {(label: string, bytes: number, note?: string) => string} */
  const line = (label, bytes, note = '') => `  ${label.padEnd(width)}  ${kB(bytes).padStart(10)}${note ? `  ${note}` : ''}`;
  /** @type {(bytes: number, budget: number) => string} */
  const verdict = (bytes, budget) =>
    bytes > budget ? `OVER by ${kB(bytes - budget)}` : `${Math.round((bytes / budget) * 100)}% of budget`;
  return [
    'Bundle budget (gzipped JavaScript, zlib default level, 1 kB = 1000 bytes)',
    '',
    'First visit: the entry, its static imports, and the lazy chunks the sign-in page waits for',
    ...firstVisit.map(({ file, bytes }) => line(file, bytes)),
    line('total', firstVisitBytes, `budget ${kB(budgets.firstVisit)}: ${verdict(firstVisitBytes, budgets.firstVisit)}`),
    '',
    `Lazy chunks (routes and other import()s): what each adds to the first visit; budget ${kB(budgets.lazyChunk)} each`,
    ...lazyChunks.map((chunk) =>
      line(
        chunk.src,
        chunk.bytes,
        chunk.inFirstVisit ? 'in the first visit' : `own chunk ${kB(chunk.chunkBytes)}; ${verdict(chunk.bytes, budgets.lazyChunk)}`,
      ),
    ),
    '',
    failures.length ? `Bundle budget FAILED:\n${failures.map((failure) => `  - ${failure}`).join('\n')}` : 'Bundle budget: OK',
  ].join('\n');
}
