/**
 * Takes the README's screenshots with the built app against a seeded test server:
 *   docs/screenshots/sign-in.png     the sign-in page, in English
 *   docs/screenshots/account-zh.png  agent2@demo.local's /account page in Chinese, with one API token
 *
 * Not a test (vitest runs only *.test.ts). From the repository root:
 *   npm run build --workspace web && npx vite-node tests/e2e/screenshots.ts
 * The Latin text looks its best with the Inter font installed (Debian: fonts-inter).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../fixtures/browser.js';
import { startE2EServer } from '../fixtures/e2e-server.js';
import { button, field } from '../fixtures/pages.js';
import { DEMO_PASSWORD } from '../fixtures/test-server.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const MAX_BYTES = 250 * 1024;

/**
 * The same PNG, losslessly smaller: Chromium compresses screenshots for speed, so the image data is deflated
 * again at the highest level (the large soft gradients of the design shrink by about a third).
 */
function recompressPng(png: Buffer): Buffer {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    chunks.push({ type: png.toString('latin1', offset + 4, offset + 8), data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const idat = deflateSync(pixels, { level: 9, memLevel: 9 });
  const out: Buffer[] = [png.subarray(0, 8)];
  const write = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
    out.push(head, data, crc);
  };
  for (const chunk of chunks) {
    if (chunk.type === 'IDAT') continue;
    if (chunk.type === 'IEND') write('IDAT', idat);
    write(chunk.type, chunk.data);
  }
  return Buffer.concat(out);
}

/** Waits for web fonts and for animations (ripples, fades, the strength meter) to settle, then saves the viewport. */
async function save(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  const path = join(outDir, name);
  const png = recompressPng(await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' }));
  writeFileSync(path, png);
  const size = png.length;
  console.log(`${path}: ${(size / 1024).toFixed(0)} KiB`);
  if (size > MAX_BYTES) throw new Error(`${name} is larger than ${MAX_BYTES / 1024} KiB`);
}

mkdirSync(outDir, { recursive: true });
const env = await startE2EServer();
const browser = await launchBrowser();
try {
  const english = await browser.newContext({ viewport: VIEWPORT });
  const signIn = await english.newPage();
  await signIn.goto(`${env.baseUrl}/signin`);
  await signIn.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await signIn.evaluate('document.activeElement?.blur()'); // no focus ring on the email field
  await save(signIn, 'sign-in.png');

  const chinese = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const account = await chinese.newPage();
  await account.goto(`${env.baseUrl}/signin`);
  await field(account, '邮箱').fill('agent2@demo.local');
  await field(account, '密码').fill(DEMO_PASSWORD);
  await button(account, '登录').click();
  await account.waitForURL((url) => url.pathname === '/agent/inbox');
  await account.goto(`${env.baseUrl}/account`);
  await account.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();

  // One token, created the way a person would, so the list is not empty.
  await button(account, '创建令牌').click();
  const dialog = account.getByRole('dialog');
  await field(dialog, '名称').fill('每日报表脚本');
  await dialog.getByRole('combobox', { name: '权限' }).click();
  await account.getByRole('option', { name: /查看仪表盘和报表/ }).click();
  await account
    .getByRole('option', { name: /导出报表|查看用户/ })
    .first()
    .click();
  await account.keyboard.press('Escape');
  await button(dialog, '创建令牌').click();
  await account.getByTestId('api-token-secret').waitFor();
  await button(dialog, '完成').click();
  await dialog.waitFor({ state: 'detached' });
  await account.getByTestId('api-token').first().waitFor();
  await account.evaluate('window.scrollTo(0, 0)');
  await save(account, 'account-zh.png');
} finally {
  await browser.close();
  await env.close();
}
