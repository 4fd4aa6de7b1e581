/** Every output format of the command, on a note whose slips sit at known lines and columns. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { clinlint, clinlintJson, NOTE_CLEAN, NOTE_ERROR, REPO, Sandbox } from './run-cli.js';

const SARIF_SCHEMA = join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/**
 * The SARIF 2.1.0 schema (draft-04), with just enough of its formats ('uri', 'date-time') checked;
 * without the 'u' flag, which one of its patterns ('^[a-zA-Z]{2}|…]?$') does not survive.
 */
function sarifValidator() {
  // A CommonJS module seen from ESM: its class is both the module and its `default`.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object);
}

describe('clinlint command: formats', () => {
  const sandbox = new Sandbox();
  let cwd: string;
  before(() => {
    cwd = sandbox.create({ 'notes/dose.txt': NOTE_ERROR, 'notes/propre.txt': NOTE_CLEAN });
  });
  after(() => sandbox.cleanup());

  it('json: ESLint shape, with exact 1-based lines and columns and the fix', () => {
    const run = clinlintJson(['notes/dose.txt', 'notes/propre.txt'], { cwd });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.results.length, 2);
    const [dose, clean] = run.results;
    assert.equal(dose.filePath, join(cwd, 'notes/dose.txt'));
    assert.equal(dose.errorCount, 1);
    assert.equal(dose.warningCount, 1);
    const [spacing, zero] = dose.messages;
    // 'Patient traité par imatinib ' is 28 characters: '400mg' spans columns 29 to 34 (end exclusive).
    assert.deepEqual(
      { ruleId: spacing.ruleId, severity: spacing.severity, line: spacing.line, column: spacing.column, endLine: spacing.endLine, endColumn: spacing.endColumn },
      { ruleId: 'unit/spacing', severity: 1, line: 2, column: 29, endLine: 2, endColumn: 34 },
    );
    // The fix is an ESLint fix: offsets into the text, here an insertion after '400'.
    const offset = NOTE_ERROR.indexOf('400mg') + 3;
    assert.deepEqual(spacing.fix, { range: [offset, offset], text: ' ' });
    assert.equal(typeof spacing.message, 'string');
    assert.match(spacing.message, /400 mg/);
    // 'Dose de ' is 8 characters: '5,0' spans columns 9 to 12; the fix deletes ',0'.
    assert.deepEqual(
      { ruleId: zero.ruleId, severity: zero.severity, line: zero.line, column: zero.column, endLine: zero.endLine, endColumn: zero.endColumn },
      { ruleId: 'unit/trailing-zero', severity: 2, line: 3, column: 9, endLine: 3, endColumn: 12 },
    );
    const comma = NOTE_ERROR.indexOf('5,0') + 1;
    assert.deepEqual(zero.fix, { range: [comma, comma + 2], text: '' });
    assert.deepEqual(clean.messages, []);
    assert.equal(clean.errorCount + clean.warningCount, 0);
  });

  it('json: spelling corrections as ESLint suggestions (searched for this output only)', () => {
    const { results } = clinlintJson(['--stdin-filename', 'note.txt', '-'], { cwd, input: 'Anamnèse\nHospitalisé pour une hémoragie digestive.\n' });
    const [m] = results[0].messages.filter((x) => x.ruleId === 'spelling/unknown-word');
    assert.equal(m.fix, undefined);
    const start = 'Anamnèse\nHospitalisé pour une '.length;
    assert.deepEqual(m.suggestions?.[0], { desc: 'Remplacer par «\u00a0hémorragie\u00a0»', fix: { range: [start, start + 'hémoragie'.length], text: 'hémorragie' } });
  });

  it('json: applying the reported fixes gives the corrected note', () => {
    const { results } = clinlintJson(['notes/dose.txt'], { cwd });
    let text = NOTE_ERROR;
    for (const m of [...results[0].messages].sort((a, b) => b.fix!.range[0] - a.fix!.range[0])) {
      text = text.slice(0, m.fix!.range[0]) + m.fix!.text + text.slice(m.fix!.range[1]);
    }
    assert.equal(text, 'Anamnèse\nPatient traité par imatinib 400 mg/j.\nDose de 5 mg le matin.\n');
  });

  it('stylish: relative path, line:col, level, rule id, and a summary line', () => {
    const run = clinlint(['notes/dose.txt', 'notes/propre.txt'], { cwd });
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], join('notes', 'dose.txt'));
    assert.match(lines[1], /^ {2}2:29 +alerte +.*unit\/spacing$/);
    assert.match(lines[2], /^ {2}3:9 +erreur +.*unit\/trailing-zero$/);
    assert.ok(!run.stdout.includes('propre.txt'), 'a clean file is not listed');
    assert.ok(lines.includes('✖ 2 problèmes (1 erreur, 1 alerte, 0 info)'), run.stdout);
    assert.match(run.stdout, /2 problèmes corrigeables avec l’option --fix\./);
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  it('github: one workflow command per finding, with file, line and column', () => {
    const run = clinlint(['--format', 'github', 'notes/dose.txt', 'notes/propre.txt'], { cwd });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const file = join('notes', 'dose.txt');
    assert.ok(lines[0].startsWith(`::warning file=${file},line=2,col=29,endLine=2,endColumn=34,title=unit/spacing::`), lines[0]);
    assert.ok(lines[1].startsWith(`::error file=${file},line=3,col=9,endLine=3,endColumn=12,title=unit/trailing-zero::`), lines[1]);
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata and regions', () => {
    const run = clinlint(['--format', 'sarif', 'notes/dose.txt', 'notes/propre.txt'], { cwd });
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'clinlint');
    const rules = driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    for (const id of ['unit/spacing', 'unit/trailing-zero', 'unit/case', 'directive/missing-reason']) assert.ok(ids.includes(id), id);
    for (const rule of rules) {
      assert.ok(rule.shortDescription?.text, `${rule.id} has a description`);
      assert.ok(rule.helpUri, `${rule.id} has a help URI`);
      assert.ok(rule.defaultConfiguration?.level, `${rule.id} has a default level`);
    }
    const results = sarifRun.results ?? [];
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, rules[r.ruleIndex!].id]),
      [
        ['unit/spacing', 'warning', 'unit/spacing'],
        ['unit/trailing-zero', 'error', 'unit/trailing-zero'],
      ],
    );
    const location = results[1].locations![0].physicalLocation!;
    assert.equal(location.artifactLocation!.uri, pathToFileURL(join(cwd, 'notes/dose.txt')).href);
    assert.deepEqual(location.region, { startLine: 3, startColumn: 9, endLine: 3, endColumn: 12 });
  });

  it('sarif: a run with no finding is still a valid log', () => {
    const run = clinlint(['--format', 'sarif', 'notes/propre.txt'], { cwd });
    assert.equal(run.code, 0);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(log.runs[0].results, []);
  });
});
