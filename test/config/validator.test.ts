/** The validators compiled at build time (scripts/build-validator.mjs) and their fallback. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../../server/src/config/schema.js';
import { validatorFile, validatorFor } from '../../server/src/config/validator.js';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const require = createRequire(import.meta.url);
const glossarySchema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schemas/glossary.schema.json', import.meta.url)), 'utf8')) as object;

describe('prebuilt schema validators', () => {
  it('are the ones used, compiled from the current schemas', () => {
    assert.equal(validatorFor('config', buildConfigSchema()), require(join(DIST, validatorFile('config'))));
    assert.equal(validatorFor('glossary', glossarySchema), require(join(DIST, validatorFile('glossary'))));
  });

  it('judge as Ajv compiling the schema now does', () => {
    const prebuilt = validatorFor('config', buildConfigSchema());
    // Another schema object than the prebuilt's: compiled now.
    const stale = { ...buildConfigSchema(), title: 'autre' };
    const compiled = validatorFor('config', stale);
    assert.notEqual(compiled, prebuilt);
    for (const config of [{}, { rules: { 'unit/spacing': 'warning' } }, { rules: { 'unit/spacing': 'warn' } }, { rules: { 'unit/nope': 'off' } }, { extensions: ['txt'] }, { root: 1 }]) {
      assert.equal(prebuilt(config), compiled(config), JSON.stringify(config));
      assert.deepEqual(prebuilt.errors ?? null, compiled.errors ?? null, JSON.stringify(config));
    }
  });

  it('load where there is no node_modules (the packaged extension)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinlint-validators-'));
    try {
      for (const name of ['config', 'glossary'] as const) copyFileSync(join(DIST, validatorFile(name)), join(dir, validatorFile(name)));
      const script = `const c = require('./${validatorFile('config')}'); const g = require('./${validatorFile('glossary')}');
        process.stdout.write(JSON.stringify([c({ rules: { 'unit/spacing': 'off' } }), c({ rules: { 'unit/nope': 'off' } }), g({ entries: [{ term: '' }] })]));`;
      const run = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), [true, false, false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
