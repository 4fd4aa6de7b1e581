// Runs test/editors/vscode/suite.cjs inside a real VS Code (the server bundled in code-server),
// opened in headless Chromium, with this repository as the extension under development.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Notes are health data: after the session, the extension's own log (its output channel, which
 * also carries the server's messages) and the extension host's log must hold no word of the notes
 * the suite opened, only rule ids, counts and timings. Returns the exit code.
 */
function checkLogsCarryNoNoteText() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/clinlint.*\.log$|exthost\.log$/i.test(entry.name)) files.push(path);
    }
  };
  walk(join(home, 'user', 'logs'));
  const channel = files.filter((f) => /output_logging_.*clinlint.*\.log$/i.test(f));
  if (channel.length === 0 || channel.every((f) => readFileSync(f, 'utf8').trim() === '')) {
    console.error('[vscode] the clinlint output channel log was not found or is empty: nothing was checked');
    return 1;
  }
  const words = new Set();
  for (const name of readdirSync(FIXTURES, { recursive: true })) {
    if (!/\.(note|txt|md)$/.test(name)) continue;
    for (const w of readFileSync(join(FIXTURES, name), 'utf8').toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(w);
  }
  for (const file of files) {
    const log = readFileSync(file, 'utf8').toLowerCase();
    const leaked = [...words].filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(log));
    if (leaked.length) {
      console.error(`[vscode] note words in ${file.slice(home.length)}: ${leaked.slice(0, 10).join(', ')}`);
      return 1;
    }
  }
  console.log(`[vscode] logs checked: ${files.length} files, ${words.size} note words, none found`);
  return 0;
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
  if (code === 0) code = checkLogsCarryNoNoteText();
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
  if (!process.env.KEEP_HOME) rmSync(home, { recursive: true, force: true }); else console.log(home);
}
console.log(code === 0 ? '[vscode] suite passed' : `[vscode] suite failed (${code})`);
process.exit(code);
