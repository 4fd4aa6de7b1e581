// Runs test/editors/vscode/suite.cjs inside a real VS Code (the server bundled in code-server),
// opened in headless Chromium, with this repository as the extension under development.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, NODE24, SERVER_MAIN, ensureEditors } from '../../../scripts/editors/ensure.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const SUITE = fileURLToPath(new URL('./suite.cjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./workspace', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`VS Code server not answering at ${url}`);
}

ensureEditors();
const home = mkdtempSync(join(tmpdir(), 'clinlint-vscode-'));
const workspace = join(home, 'workspace');
cpSync(FIXTURES, workspace, { recursive: true });
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data') };
mkdirSync(join(home, 'user', 'User'), { recursive: true });
writeFileSync(
  join(home, 'user', 'User', 'settings.json'),
  JSON.stringify({
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'workbench.startupEditor': 'none',
  }),
);
const port = await freePort();
const server = spawn(
  NODE24,
  [
    SERVER_MAIN,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry',
    '--server-data-dir', join(home, 'server'), '--user-data-dir', join(home, 'user'), '--extensions-dir', join(home, 'ext'),
  ],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let browser;
let code = 1;
try {
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (c) => resolve(c));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (/clinlint-test/.test(line)) console.log(line);
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(SUITE)],
  ]);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 180_000));
  const result = await Promise.race([done, timeout]);
  if (result === 'timeout') {
    console.error('[vscode] timed out waiting for the test suite');
    await page.screenshot({ path: join(tmpdir(), 'clinlint-vscode-timeout.png') });
  } else {
    code = result;
  }
} catch (e) {
  console.error(`[vscode] ${e instanceof Error ? e.message : e}`);
} finally {
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  if (code !== 0) console.error(serverLog.split('\n').filter((l) => !/open-vsx|ENOTFOUND/.test(l)).slice(-30).join('\n'));
  rmSync(home, { recursive: true, force: true });
}
console.log(code === 0 ? '[vscode] suite passed' : `[vscode] suite failed (${code})`);
process.exit(code);
