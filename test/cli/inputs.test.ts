/** What the command reads: folders, globs, stdin, awkward files, and large batches, in a stable order. */
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clinlint, clinlintJson, NOTE_CLEAN, NOTE_ERROR, NOTE_WARNING, rulesByFile, Sandbox } from './run-cli.js';

describe('clinlint command: inputs', () => {
  const sandbox = new Sandbox();
  after(() => sandbox.cleanup());

  describe('folders and globs', () => {
    let cwd: string;
    before(() => {
      cwd = sandbox.create({
        'notes/b.txt': NOTE_WARNING,
        'notes/a.md': NOTE_WARNING,
        'notes/C.TXT': NOTE_WARNING,
        'notes/sub/c.txt': NOTE_ERROR,
        'notes/sub/deeper/d.txt': NOTE_CLEAN,
        'notes/ordonnance.rtf': NOTE_WARNING,
        'notes/data.json': NOTE_WARNING,
        'notes/.cache/e.txt': NOTE_WARNING,
        'notes/.cachee.txt': NOTE_WARNING,
        'notes/node_modules/f.txt': NOTE_WARNING,
        'notes/out/g.txt': NOTE_WARNING,
        'autres/h.txt': NOTE_WARNING,
      });
    });

    it('walks folders recursively, .txt and .md only, skipping hidden and build folders, in sorted order', () => {
      const run = clinlintJson(['notes'], { cwd });
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['notes/C.TXT', 'notes/a.md', 'notes/b.txt', 'notes/sub/c.txt', 'notes/sub/deeper/d.txt']);
    });

    it('expands glob patterns itself, sorted, without hidden files', () => {
      const run = clinlintJson(['notes/sub/**/*.txt'], { cwd });
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['notes/sub/c.txt', 'notes/sub/deeper/d.txt']);
      const flat = clinlintJson(['notes/*.{md,txt}'], { cwd });
      assert.deepEqual(Object.keys(rulesByFile(flat.results, cwd)), ['notes/a.md', 'notes/b.txt']);
    });

    it('skips build and dependency folders in globs too, unless the pattern names them', () => {
      const run = clinlintJson(['notes/**/*.txt'], { cwd });
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['notes/b.txt', 'notes/sub/c.txt', 'notes/sub/deeper/d.txt']);
      const named = clinlintJson(['notes/out/*.txt'], { cwd });
      assert.deepEqual(Object.keys(rulesByFile(named.results, cwd)), ['notes/out/g.txt']);
    });

    it('exits 2 on a glob that matches nothing, naming it', () => {
      const run = clinlint(['notes/**/*.docx'], { cwd });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /notes\/\*\*\/\*\.docx : aucun fichier ne correspond à ce motif/);
    });

    it('keeps the order of the arguments and lints a file named twice once', () => {
      const run = clinlintJson(['notes/sub/c.txt', 'autres', 'notes/b.txt', 'notes/sub/c.txt'], { cwd });
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['notes/sub/c.txt', 'autres/h.txt', 'notes/b.txt']);
      const again = clinlintJson(['notes/sub/c.txt', 'autres', 'notes/b.txt', 'notes/sub/c.txt'], { cwd });
      assert.equal(again.stdout, run.stdout, 'the output is the same from one run to the next');
    });

    it('lints a file named explicitly whatever its extension', () => {
      const run = clinlintJson(['notes/ordonnance.rtf'], { cwd });
      assert.deepEqual(rulesByFile(run.results, cwd), { 'notes/ordonnance.rtf': ['unit/spacing'] });
    });
  });

  describe('stdin', () => {
    it('reads a note from - and reports it in json under --stdin-filename', () => {
      const cwd = sandbox.create();
      const run = clinlintJson(['--stdin-filename', 'consultation.txt', '-'], { cwd, input: NOTE_ERROR });
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.results.length, 1);
      assert.equal(run.results[0].filePath, join(cwd, 'consultation.txt'));
      assert.deepEqual(run.results[0].messages.map((m) => [m.ruleId, m.line, m.column]), [
        ['unit/spacing', 2, 29],
        ['unit/trailing-zero', 3, 9],
      ]);
    });

    it('reads a note with --stdin, and gives the fixed text in json output with --fix', () => {
      const cwd = sandbox.create();
      const run = clinlintJson(['--stdin', '--fix'], { cwd, input: NOTE_WARNING });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.results[0].output, 'Anamnèse\nPatient traité par imatinib 400 mg/j.\n');
      assert.deepEqual(run.results[0].messages, []);
    });

    it('reports nothing for a --stdin-filename that the ignore patterns exclude, and says so', () => {
      const cwd = sandbox.create({ '.clinlintignore': 'brouillons/\n', '.clinlintrc.json': '{ "ignorePatterns": ["*.tmp.txt"] }' });
      for (const name of ['brouillons/note.txt', 'note.tmp.txt']) {
        const run = clinlintJson(['--stdin-filename', name, '-'], { cwd, input: NOTE_ERROR });
        assert.equal(run.code, 0, run.stderr);
        assert.deepEqual(run.results, []);
        assert.match(run.stderr, /fichier ignoré \(motif d’exclusion/);
      }
      assert.equal(clinlintJson(['--stdin-filename', 'note.txt', '-'], { cwd, input: NOTE_ERROR }).code, 1);
    });

    it('refuses stdin combined with files', () => {
      const cwd = sandbox.create({ 'a.txt': NOTE_WARNING });
      assert.equal(clinlint(['-', 'a.txt'], { cwd, input: NOTE_WARNING }).code, 2);
    });
  });

  describe('awkward files', () => {
    it('lints an empty file: no finding, exit 0', () => {
      const cwd = sandbox.create({ 'vide.txt': '' });
      const run = clinlintJson(['vide.txt'], { cwd });
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      assert.deepEqual(run.results.map((r) => r.messages), [[]]);
    });

    it('skips a binary file with a warning on stderr, exit 0, and lints the others', () => {
      const cwd = sandbox.create({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'b.txt': NOTE_WARNING });
      const run = clinlintJson(['image.txt', 'b.txt'], { cwd });
      assert.equal(run.code, 0);
      assert.match(run.stderr, /image\.txt : fichier binaire ignoré/);
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['b.txt']);
    });

    it('lints invalid UTF-8 with a warning and never fixes it', () => {
      // Latin-1 bytes: 'è' and 'é' as single bytes, invalid in UTF-8.
      const latin1 = Buffer.from(NOTE_WARNING, 'latin1');
      const cwd = sandbox.create({ 'latin1.txt': latin1 });
      const run = clinlintJson(['--fix', 'latin1.txt'], { cwd });
      assert.equal(run.code, 0);
      assert.match(run.stderr, /latin1\.txt : octets UTF-8 invalides remplacés pour l’analyse ; le fichier ne sera pas corrigé/);
      assert.deepEqual(run.results[0].messages.map((m) => [m.ruleId, m.line, m.column]), [['unit/spacing', 2, 29]]);
      assert.deepEqual(readFileSync(join(cwd, 'latin1.txt')), latin1);
      assert.equal(run.results[0].messages[0].fix, undefined, 'no fix offered for a note that will not be fixed');
      const stylish = clinlint(['latin1.txt'], { cwd });
      assert.doesNotMatch(stylish.stdout, /corrigeable/);
    });

    it('skips a file above --max-file-size with a message, and lints the others', () => {
      const cwd = sandbox.create({ 'long.txt': NOTE_WARNING.repeat(100), 'court.txt': NOTE_WARNING });
      const run = clinlintJson(['--max-file-size', '1000', 'long.txt', 'court.txt'], { cwd });
      assert.equal(run.code, 0);
      assert.match(run.stderr, /long\.txt : fichier ignoré : .* dépasse la taille maximale/);
      assert.deepEqual(Object.keys(rulesByFile(run.results, cwd)), ['court.txt']);
    });

    it('takes maxFileSize from the config too', () => {
      const cwd = sandbox.create({ 'long.txt': NOTE_WARNING.repeat(100), '.clinlintrc.json': '{ "maxFileSize": 1000 }' });
      const run = clinlintJson(['long.txt'], { cwd });
      assert.match(run.stderr, /long\.txt : fichier ignoré/);
      assert.deepEqual(run.results, []);
    });
  });

  describe('a batch large enough for worker threads', () => {
    const COUNT = 40;
    const name = (i: number) => `note-${String(i).padStart(2, '0')}.txt`;
    /** Each note carries its number in its dose, so a result shows which note it came from. */
    const note = (i: number) => `Anamnèse\nPatient ${i} traité par imatinib ${i}00mg/j.\n${i % 5 === 0 ? 'Dose de 5,0 mg.\n' : ''}`;
    let cwd: string;
    beforeEach(() => {
      // Written in reverse so that the folder's own order is not the sorted one.
      const files: Record<string, string> = {};
      for (let i = COUNT; i >= 1; i--) files[`lot/${name(i)}`] = note(i);
      cwd = sandbox.create(files);
    });

    it('reports the files in sorted order with each its own findings', () => {
      // -j 4: the pool is used even on a machine with one or two cores.
      const run = clinlintJson(['-j', '4', 'lot'], { cwd });
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(
        run.results.map((r) => r.filePath),
        Array.from({ length: COUNT }, (_, k) => join(cwd, 'lot', name(k + 1))),
      );
      run.results.forEach((r, k) => {
        const i = k + 1;
        assert.match(r.messages[0].message, new RegExp(`«\\s${i}00 mg/j\\s»`), r.filePath);
        assert.equal(r.errorCount, i % 5 === 0 ? 1 : 0, r.filePath);
      });
      const serial = clinlintJson(['-j', '1', 'lot'], { cwd });
      assert.equal(serial.stdout, run.stdout, 'threads and a single thread give the same output');
    });

    it('gives every chunk of files the workspace dictionary', () => {
      // 'tumerectomie' (a slip the dictionary accepts here) in every note: each chunk a worker
      // receives carries its own copy of the dictionary.
      const files: Record<string, string> = { '.clinlint/dictionnaire.txt': 'tumerectomie\n' };
      for (let i = 1; i <= COUNT; i++) files[`lot/${name(i)}`] = `Anamnèse\nPatient ${i} opéré d'une tumerectomie, puis traité par imatinib.\n`;
      const dir = sandbox.create(files);
      const withDictionary = clinlintJson(['-j', '2', 'lot'], { cwd: dir });
      assert.equal(withDictionary.code, 0, withDictionary.stderr);
      assert.deepEqual(withDictionary.results.flatMap((r) => r.messages.map((m) => m.ruleId)), []);
      rmSync(join(dir, '.clinlint'), { recursive: true });
      const without = clinlintJson(['-j', '2', 'lot'], { cwd: dir });
      assert.equal(without.results.filter((r) => r.messages.some((m) => m.ruleId === 'spelling/unknown-word')).length, COUNT);
    });

    it('fixes every file of the batch', () => {
      const run = clinlintJson(['-j', '4', '--fix', 'lot'], { cwd });
      assert.equal(run.code, 0, run.stderr);
      for (let i = 1; i <= COUNT; i++) {
        const expected = `Anamnèse\nPatient ${i} traité par imatinib ${i}00 mg/j.\n${i % 5 === 0 ? 'Dose de 5 mg.\n' : ''}`;
        assert.equal(readFileSync(join(cwd, 'lot', name(i)), 'utf8'), expected, name(i));
      }
    });
  });
});
