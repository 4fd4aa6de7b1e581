// Drives the language server from Neovim 0.7 (Debian's), headless: any LSP editor must work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NVIM, ensureEditors } from '../../../scripts/editors/ensure.mjs';

ensureEditors();
const dir = mkdtempSync(join(tmpdir(), 'clinlint-nvim-'));
const note = join(dir, 'cas.note');
writeFileSync(note, 'Anamnèse\nHomme de 67 ans traité par imatinib 400mg/j.\n\nBiologie\nHémoglobine à 9,7 g/dL, poids 70 Kg.\n');
const result = spawnSync(NVIM, ['--headless', '--clean', '-c', `luafile ${fileURLToPath(new URL('./test.lua', import.meta.url))}`], {
  env: {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_STATE_HOME: join(dir, 'state'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    CLINLINT_NOTE: note,
    CLINLINT_NODE: process.execPath,
    CLINLINT_LS: fileURLToPath(new URL('../../../bin/clinlint-ls.js', import.meta.url)),
  },
  encoding: 'utf8',
  timeout: 60_000,
});
process.stdout.write(result.stdout ?? '');
process.stderr.write(result.stderr ?? '');
rmSync(dir, { recursive: true, force: true });
if (result.status !== 0) {
  console.error(`[neovim] failed (status ${result.status}${result.signal ? `, ${result.signal}` : ''})`);
  process.exit(1);
}
