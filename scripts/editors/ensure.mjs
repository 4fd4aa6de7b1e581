// Makes sure the real editors the tests drive are here, installing them when missing:
// Debian's chromium (headless browser for the VS Code workbench) and neovim (0.7), and, in a
// cache folder outside the repository, Node 24 and code-server 4.139.1 (VS Code 1.139.1).
// Everything comes from Debian's packages and the npm registry (see ../shared/notes/REAL-EDITORS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const CACHE = process.env.CLINLINT_EDITORS_CACHE ?? join(homedir(), '.cache', 'clinlint-editors');
export const NODE24 = join(CACHE, 'node_modules', 'node', 'bin', 'node');
export const CODE_SERVER = join(CACHE, 'cs', 'node_modules', 'code-server');
export const SERVER_MAIN = join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';
const CODE_SERVER_VERSION = '4.139.1';

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function ensureDebianPackages() {
  const missing = [
    [CHROMIUM, 'chromium'],
    [NVIM, 'neovim'],
    ['/usr/include/gssapi/gssapi.h', 'libkrb5-dev'],
    ['/usr/bin/pkg-config', 'pkg-config'],
    ['/usr/bin/g++', 'build-essential'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`paquets Debian manquants (${missing.map((m) => m[1]).join(', ')}) : installez-les avec apt-get (droits root requis)`);
  }
  console.log(`[editors] apt-get install ${missing.map((m) => m[1]).join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((m) => m[1]), 'python3'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** npm's own entry script, to run it under Node 24. */
function npmCli() {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const bin = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return join(dirname(realpathSync(bin)), 'npm-cli.js');
}

function ensureNpmPackage(dir, spec, marker) {
  if (existsSync(marker)) return;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  console.log(`[editors] npm install ${spec} in ${dir}`);
  // Inside `npm test`, npm_* variables point install scripts at the running Node 20; code-server's
  // must run under Node 24, so the install gets a clean environment with Node 24 first on PATH.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^NODE$|^INIT_CWD$/i.test(k)));
  const node24 = existsSync(NODE24);
  env.PATH = `${dirname(NODE24)}:${process.env.PATH}`;
  if (node24) run(NODE24, [npmCli(), 'install', '--no-audit', '--no-fund', spec], { cwd: dir, env });
  else run('npm', ['install', '--no-audit', '--no-fund', spec], { cwd: dir, env });
}

export function ensureEditors() {
  ensureDebianPackages();
  ensureNpmPackage(CACHE, 'node@24', NODE24);
  ensureNpmPackage(join(CACHE, 'cs'), `code-server@${CODE_SERVER_VERSION}`, SERVER_MAIN);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureEditors();
  console.log('[editors] chromium, neovim, node 24 and code-server are ready');
}
