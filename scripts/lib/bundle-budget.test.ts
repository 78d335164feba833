import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBundle, formatReport, gzipSize, KB, type Manifest, staticClosure } from './bundle-budget.mjs';

/**
 * A made-up build shaped like the web app's: the entry preloads a vendor chunk, the sign-in page is lazy and shares
 * a forms chunk with the registration page, and the inbox pulls in a GraphQL client chunk of its own.
 */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/SignInPage.tsx', 'src/RegisterPage.tsx', 'src/InboxPage.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_forms.js': { file: 'assets/forms.js', imports: ['_vendor.js'] },
  '_client.js': { file: 'assets/client.js', imports: ['_vendor.js'] },
  '_index.css': { file: 'assets/index.css' },
  'src/SignInPage.tsx': {
    file: 'assets/SignInPage.js',
    src: 'src/SignInPage.tsx',
    isDynamicEntry: true,
    imports: ['_forms.js', 'index.html'],
  },
  'src/RegisterPage.tsx': { file: 'assets/RegisterPage.js', src: 'src/RegisterPage.tsx', isDynamicEntry: true, imports: ['_forms.js'] },
  'src/InboxPage.tsx': {
    file: 'assets/InboxPage.js',
    src: 'src/InboxPage.tsx',
    isDynamicEntry: true,
    imports: ['_client.js', '_index.css', 'index.html'],
  },
};

/** Gzipped sizes in kB, as the build would measure them. */
function sizes(kB: Record<string, number>) {
  const table: Record<string, number> = {
    'assets/index.js': 100,
    'assets/vendor.js': 80,
    'assets/forms.js': 30,
    'assets/SignInPage.js': 5,
    'assets/RegisterPage.js': 6,
    'assets/client.js': 50,
    'assets/InboxPage.js': 20,
    ...kB,
  };
  return (file: string) => {
    const size = table[file];
    if (size === undefined) throw new Error(`no size for ${file}`);
    return size * KB;
  };
}

const check = (kB: Record<string, number> = {}) =>
  checkBundle({ manifest, sizeOf: sizes(kB), entry: 'index.html', firstVisitLazy: ['src/SignInPage.tsx'] });

describe('bundle budget', () => {
  it('follows static imports, not dynamic ones, and each chunk once', () => {
    expect(staticClosure(manifest, ['index.html', 'src/SignInPage.tsx'])).toEqual([
      'index.html',
      '_vendor.js',
      'src/SignInPage.tsx',
      '_forms.js',
    ]);
  });

  it('counts the entry, its static imports and the sign-in chunks as the first visit', () => {
    const report = check();
    expect(report.firstVisitBytes).toBe((100 + 80 + 5 + 30) * KB);
    expect(report.firstVisit.map((row) => row.file)).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/forms.js',
      'assets/SignInPage.js',
    ]);
  });

  it('charges each lazy chunk with what it adds to the first visit, CSS left out', () => {
    const byRoute = Object.fromEntries(check().lazyChunks.map((chunk) => [chunk.src, chunk.bytes / KB]));
    expect(byRoute).toEqual({ 'src/InboxPage.tsx': 70, 'src/RegisterPage.tsx': 6, 'src/SignInPage.tsx': 0 });
  });

  it('passes within the budgets', () => {
    const report = check();
    expect(report.failures).toEqual([]);
    expect(formatReport(report)).toContain('Bundle budget: OK');
  });

  it('fails a first visit over 250 kB, naming the excess and the largest files', () => {
    const report = check({ 'assets/forms.js': 70.5 }); // 100 + 80 + 5 + 70.5 = 255.5
    expect(report.failures).toEqual([
      expect.stringMatching(/^first visit: 255\.50 kB gzipped is 5\.50 kB over its 250\.00 kB budget \(largest: assets\/index\.js/),
    ]);
    expect(formatReport(report)).toMatch(/total +255\.50 kB +budget 250\.00 kB: OVER by 5\.50 kB/);
  });

  it('passes a first visit of exactly 250 kB', () => {
    expect(check({ 'assets/forms.js': 65 }).failures).toEqual([]);
  });

  it('fails a lazy chunk over 150 kB, naming its source and file', () => {
    const report = check({ 'assets/client.js': 131 }); // 131 + 20 = 151
    expect(report.failures).toEqual([
      'lazy chunk src/InboxPage.tsx (assets/InboxPage.js): 151.00 kB gzipped beyond the first visit is 1.00 kB over its 150.00 kB budget. Split it further.',
    ]);
    expect(formatReport(report)).toContain('Bundle budget FAILED');
  });

  it('refuses a first visit that names a module the build does not have', () => {
    expect(() => checkBundle({ manifest, sizeOf: sizes({}), entry: 'index.html', firstVisitLazy: ['src/Gone.tsx'] })).toThrow(
      /src\/Gone\.tsx/,
    );
  });

  it('uses the budgets of the issue', () => {
    expect(BUDGETS).toEqual({ firstVisit: 250_000, lazyChunk: 150_000 });
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});
