// Takes the README's screenshot of the real UI: the packaged extension installed in code-server,
// a note open with its squiggles, a hover, the quick fixes, the outline and the Problems panel.
// Usage: npm run screenshot (writes images/screenshot.png).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER, NODE24, ensureEditors } from './editors/ensure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'images', 'screenshot.png');
ensureEditors();
const home = mkdtempSync(join(tmpdir(), 'clinlint-shot-'));
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data') };
const entry = join(CODE_SERVER, 'out', 'node', 'entry.js');
const vsix = join(home, 'clinlint.vsix');
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, stdio: 'ignore' });
const dirs = ['--user-data-dir', join(home, 'user'), '--extensions-dir', join(home, 'ext')];
execFileSync(NODE24, [entry, ...dirs, '--install-extension', vsix], { env, stdio: 'ignore' });
mkdirSync(join(home, 'user', 'User'), { recursive: true });
writeFileSync(join(home, 'user', 'User', 'settings.json'), JSON.stringify({
  'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15, 'window.zoomLevel': 0, 'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true, 'workbench.tips.enabled': false,
}));
const workspace = join(home, 'notes');
mkdirSync(workspace);
cpSync(join(ROOT, 'examples', 'gist-imatinib.md'), join(workspace, 'gist-imatinib.note'));
const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => resolve(p));
  });
});
writeFileSync(join(home, 'cfg.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
const server = spawn(NODE24, [entry, '--config', join(home, 'cfg.yaml'), '--disable-telemetry', '--disable-update-check', ...dirs, workspace], { env, detached: true, stdio: 'ignore' });
let browser;
try {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.keyboard.press('Control+P');
  await page.keyboard.type('gist-imatinib.note');
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 }).catch(async (e) => {
    await page.screenshot({ path: join(tmpdir(), 'clinlint-shot-debug.png') });
    throw e;
  });
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  // The outline, in the explorer.
  await page.keyboard.press('Control+Shift+E');
  const outline = page.locator('.pane-header:has-text("Outline"), .pane-header:has-text("Structure")').first();
  if (await outline.count()) await outline.click().catch(() => undefined);
  // Hover the haemoglobin value and show its quick fixes.
  const line = page.locator('.view-line', { hasText: 'Hémoglobine' }).first();
  const target = line.locator('span', { hasText: /^12\s?$/ }).first();
  await page.keyboard.press('Escape');
  if (await target.count()) await target.hover();
  await page.waitForSelector('.monaco-hover', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(800);
  await page.screenshot({ path: OUT });
  console.log(`écrit : ${OUT}`);
} finally {
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // gone
  }
  rmSync(home, { recursive: true, force: true });
}
