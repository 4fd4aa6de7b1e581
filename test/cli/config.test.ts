/** Rule levels from the command line and from `.clinlintrc.json`, ignore files, --quiet. */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { clinlint, clinlintJson, NOTE_ERROR, NOTE_WARNING, rulesByFile, Sandbox } from './run-cli.js';

const config = (value: object) => JSON.stringify(value, null, 2);

describe('clinlint command: configuration', () => {
  const sandbox = new Sandbox();
  after(() => sandbox.cleanup());

  it('--rule turns a rule off, or changes its level and options', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_ERROR });
    const off = clinlintJson(['--rule', 'unit/spacing: off', 'a.txt'], { cwd });
    assert.deepEqual(off.results[0].messages.map((m) => m.ruleId), ['unit/trailing-zero']);
    const error = clinlintJson(['--rule', 'unit/spacing: error', '--rule', 'unit/trailing-zero: off', 'a.txt'], { cwd });
    assert.equal(error.code, 1);
    assert.deepEqual(error.results[0].messages.map((m) => [m.ruleId, m.severity]), [['unit/spacing', 2]]);
    const options = clinlintJson(['--rule', 'unit/spacing: ["warning", {"space": "insecable"}]', 'a.txt'], { cwd });
    assert.equal(options.results[0].messages[0].fix?.text, '\u00a0');
  });

  it('--rule wins over the config file', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING, '.clinlintrc.json': config({ rules: { 'unit/spacing': 'error' } }) });
    assert.equal(clinlint(['a.txt'], { cwd }).code, 1);
    const run = clinlintJson(['--rule', 'unit/spacing: warning', 'a.txt'], { cwd });
    assert.equal(run.code, 0);
    assert.equal(run.results[0].messages[0].severity, 1);
  });

  it('discovers .clinlintrc.json from the note up, the nearest winning rule by rule', () => {
    const cwd = sandbox.create({
      '.clinlintrc.json': config({ rules: { 'unit/spacing': 'off', 'unit/trailing-zero': 'warning' } }),
      'service/.clinlintrc.json': config({ rules: { 'unit/spacing': 'error' } }),
      'service/patient/note.txt': NOTE_ERROR,
      'autre.txt': NOTE_ERROR,
    });
    const run = clinlintJson(['service/patient/note.txt', 'autre.txt'], { cwd });
    assert.deepEqual(
      run.results.map((r) => r.messages.map((m) => [m.ruleId, m.severity])),
      [
        [
          ['unit/spacing', 2],
          ['unit/trailing-zero', 1],
        ],
        [['unit/trailing-zero', 1]],
      ],
    );
    assert.equal(run.code, 1);
  });

  it('stops the search at a config with "root": true', () => {
    const cwd = sandbox.create({
      '.clinlintrc.json': config({ rules: { 'unit/spacing': 'off' } }),
      'projet/.clinlintrc.json': config({ root: true, rules: {} }),
      'projet/note.txt': NOTE_WARNING,
    });
    const run = clinlintJson(['projet/note.txt'], { cwd });
    assert.deepEqual(run.results[0].messages.map((m) => m.ruleId), ['unit/spacing']);
  });

  it('--config PATH uses that file only, and --no-config none', () => {
    const cwd = sandbox.create({
      '.clinlintrc.json': config({ rules: { 'unit/spacing': 'off' } }),
      'configs/stricte.json': config({ rules: { 'unit/*': 'error' } }),
      'a.txt': NOTE_WARNING,
    });
    assert.deepEqual(clinlintJson(['a.txt'], { cwd }).results[0].messages, []);
    const explicit = clinlintJson(['--config', 'configs/stricte.json', 'a.txt'], { cwd });
    assert.equal(explicit.code, 1);
    assert.deepEqual(explicit.results[0].messages.map((m) => [m.ruleId, m.severity]), [['unit/spacing', 2]]);
    const none = clinlintJson(['--no-config', 'a.txt'], { cwd });
    assert.equal(none.code, 0);
    assert.deepEqual(none.results[0].messages.map((m) => [m.ruleId, m.severity]), [['unit/spacing', 1]]);
  });

  it('--config with a missing file exits 2 and names it', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
    const run = clinlint(['--config', 'absente.json', 'a.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(join(cwd, 'absente.json')), run.stderr);
  });

  it('reads the config of the --stdin-filename folder for a note on stdin', () => {
    const cwd = sandbox.create({ 'service/.clinlintrc.json': config({ rules: { 'unit/spacing': 'off' } }) });
    const inService = clinlintJson(['--stdin-filename', 'service/note.txt', '-'], { cwd, input: NOTE_WARNING });
    assert.deepEqual(inService.results[0].messages, []);
    const elsewhere = clinlintJson(['--stdin-filename', 'note.txt', '-'], { cwd, input: NOTE_WARNING });
    assert.equal(elsewhere.results[0].messages.length, 1);
  });

  it('skips files matched by ignorePatterns, relative to the config file', () => {
    const cwd = sandbox.create({
      'notes/.clinlintrc.json': config({ ignorePatterns: ['brouillons/**', '*.md'] }),
      'notes/a.txt': NOTE_WARNING,
      'notes/b.md': NOTE_WARNING,
      'notes/brouillons/c.txt': NOTE_WARNING,
      'brouillons/d.txt': NOTE_WARNING,
    });
    const run = clinlintJson(['.'], { cwd });
    assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['brouillons/d.txt', 'notes/a.txt']);
  });

  it('skips files matched by a .clinlintignore in the current folder or its parents', () => {
    const cwd = sandbox.create({
      '.clinlintignore': '# anciens comptes rendus\narchives/\n*.brouillon.txt\n',
      'archives/a.txt': NOTE_WARNING,
      'service/b.brouillon.txt': NOTE_WARNING,
      'service/c.txt': NOTE_WARNING,
    });
    const fromRoot = clinlintJson(['.'], { cwd });
    assert.deepEqual(Object.keys(rulesByFile(fromRoot.results, cwd)), ['service/c.txt']);
    // From a subfolder, the parent's .clinlintignore still applies.
    const fromService = clinlintJson(['.'], { cwd: join(cwd, 'service') });
    assert.deepEqual(fromService.results.map((r) => r.filePath), [join(cwd, 'service/c.txt')]);
  });

  it('--quiet shows errors only, and a run with only warnings prints nothing', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_ERROR, 'b.txt': NOTE_WARNING });
    const run = clinlintJson(['--quiet', 'a.txt', 'b.txt'], { cwd });
    assert.equal(run.code, 1);
    assert.deepEqual(
      run.results.map((r) => r.messages.map((m) => m.ruleId)),
      [['unit/trailing-zero'], []],
    );
    const stylish = clinlint(['--quiet', 'b.txt'], { cwd });
    assert.equal(stylish.code, 0);
    assert.equal(stylish.stdout, '');
  });
});
