/** The command's exit codes and its one-line messages on usage and configuration errors. */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { clinlint, clinlintJson, NOTE_CLEAN, NOTE_ERROR, NOTE_WARNING, Sandbox } from './run-cli.js';

describe('clinlint command: exit codes', () => {
  const sandbox = new Sandbox();
  after(() => sandbox.cleanup());

  it('exits 0 and prints nothing on a clean note', () => {
    const cwd = sandbox.create({ 'propre.txt': NOTE_CLEAN });
    const run = clinlint(['propre.txt'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '');
  });

  it('exits 1 when an error-severity finding exists', () => {
    const cwd = sandbox.create({ 'dose.txt': NOTE_ERROR });
    const run = clinlint(['dose.txt'], { cwd });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /unit\/trailing-zero/);
  });

  it('exits 0 with only warnings, and 1 once they exceed --max-warnings', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING, 'b.txt': NOTE_WARNING });
    assert.equal(clinlint(['a.txt', 'b.txt'], { cwd }).code, 0);
    assert.equal(clinlint(['--max-warnings', '2', 'a.txt', 'b.txt'], { cwd }).code, 0);
    const over = clinlint(['--max-warnings', '1', 'a.txt', 'b.txt'], { cwd });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 alertes.*--max-warnings 1/);
  });

  it('exits 1 on an error even when the warnings are within --max-warnings', () => {
    const cwd = sandbox.create({ 'dose.txt': NOTE_ERROR });
    assert.equal(clinlint(['--max-warnings', '10', 'dose.txt'], { cwd }).code, 1);
  });

  it('exits 2 on an unknown option, naming it', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
    const run = clinlint(['--frobnicate', 'a.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^clinlint : option inconnue « --frobnicate »\n$/);
  });

  it('exits 2 on an unknown format, listing the known ones', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
    const run = clinlint(['--format', 'xml', 'a.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /format inconnu « xml ».*stylish, json, sarif, github/);
  });

  it('exits 2 on a bad --max-warnings value, without a file argument, or with incompatible options', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
    assert.equal(clinlint(['--max-warnings', 'beaucoup', 'a.txt'], { cwd }).code, 2);
    assert.equal(clinlint([], { cwd }).code, 2);
    assert.equal(clinlint(['--fix', '--fix-dry-run', 'a.txt'], { cwd }).code, 2);
    assert.equal(clinlint(['--config', 'x.json', '--no-config', 'a.txt'], { cwd }).code, 2);
  });

  it('exits 2 on a missing file, and still lints and reports the other files', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING, 'c.txt': NOTE_ERROR });
    const run = clinlintJson(['a.txt', 'absente.txt', 'c.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^clinlint : absente\.txt : fichier ou dossier introuvable$/m);
    assert.deepEqual(
      run.results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)]),
      [
        [join(cwd, 'a.txt'), ['unit/spacing']],
        [join(cwd, 'c.txt'), ['unit/spacing', 'unit/trailing-zero']],
      ],
    );
  });

  it('exits 2 on a malformed .clinlintrc.json, naming the file and the line', () => {
    const cwd = sandbox.create({
      'a.txt': NOTE_WARNING,
      '.clinlintrc.json': '{\n  "rules": {\n    "unit/spacing": "off",\n  }\n}\n',
    });
    const run = clinlint(['a.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.ok(run.stderr.includes(`${join(cwd, '.clinlintrc.json')}:4 : JSON invalide`), run.stderr);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  it('a malformed .clinlintrc.json fails the notes under it only: said once, the other notes linted, exit 2', () => {
    const cwd = sandbox.create({
      'bon/a.txt': NOTE_WARNING,
      'casse/b.txt': NOTE_WARNING,
      'casse/c.txt': NOTE_WARNING,
      'casse/.clinlintrc.json': '{ "rules": { "unit/spacing": "off", } }\n',
    });
    const run = clinlintJson(['bon', 'casse'], { cwd });
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.ok(run.stderr.includes(join(cwd, 'casse', '.clinlintrc.json')), run.stderr);
    assert.deepEqual(run.results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)]), [[join(cwd, 'bon', 'a.txt'), ['unit/spacing']]]);
  });

  it('exits 2 on an unknown rule in the config, naming the rule and its line', () => {
    const cwd = sandbox.create({
      'a.txt': NOTE_WARNING,
      '.clinlintrc.json': '{\n  "rules": {\n    "unit/spacing": "warning",\n    "unit/espacement": "off"\n  }\n}\n',
    });
    const run = clinlint(['a.txt'], { cwd });
    assert.equal(run.code, 2);
    assert.ok(run.stderr.includes(`${join(cwd, '.clinlintrc.json')}:4 : configuration invalide, règle inconnue « unit/espacement »`), run.stderr);
  });

  it('exits 2 on an unknown rule or level given with --rule', () => {
    const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
    const unknown = clinlint(['--rule', 'unit/espacement: off', 'a.txt'], { cwd });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--rule : règle inconnue « unit\/espacement »/);
    const level = clinlint(['--rule', 'unit/spacing: fort', 'a.txt'], { cwd });
    assert.equal(level.code, 2);
    assert.match(level.stderr, /niveau inconnu « fort »/);
    const options = clinlint(['--rule', 'unit/spacing: ["warning", {"espace": "fine"}]', 'a.txt'], { cwd });
    assert.equal(options.code, 2, options.stdout);
  });

  it('prints its version and help with exit 0', () => {
    const cwd = sandbox.create();
    const version = clinlint(['--version'], { cwd });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = clinlint(['--help'], { cwd });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage : clinlint/);
  });
});
