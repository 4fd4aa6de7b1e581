/** --fix and --fix-dry-run on real files: what is written, what is kept, what is refused. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { clinlint, clinlintJson, NOTE_ERROR, NOTE_WARNING, Sandbox } from './run-cli.js';

const FIXED = 'Anamnèse\nPatient traité par imatinib 400 mg/j.\nDose de 5 mg le matin.\n';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A user with no rights on the sandbox, to run the command as when the tests run as root. */
const NOBODY = 65534;

/**
 * Whether the user the command will run as can open `path` for writing ('r+': the existing file;
 * 'w': a new file in its folder). Root writes through any mode bits, hence the other user.
 */
function writableBy(path: string, uid: number | undefined, flags: 'r+' | 'w' = 'r+'): boolean {
  const probe = `const fs = require('node:fs'); try { fs.closeSync(fs.openSync(${JSON.stringify(path)}, '${flags}')); } catch { process.exit(1); }`;
  const r = spawnSync(process.execPath, ['-e', probe], uid !== undefined ? { uid, gid: uid } : {});
  return r.status !== 1;
}

/** Runs as root's 'nobody' when the tests run as root, else as the current user. */
const runAs = () => (process.getuid?.() === 0 ? NOBODY : undefined);

describe('clinlint command: --fix', () => {
  const sandbox = new Sandbox();
  after(() => sandbox.cleanup());

  it('rewrites the file and leaves no finding and no temporary file', () => {
    const cwd = sandbox.create({ 'dose.txt': NOTE_ERROR });
    const run = clinlint(['--fix', 'dose.txt'], { cwd });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(readFileSync(join(cwd, 'dose.txt'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(cwd), ['dose.txt']);
    assert.equal(clinlint(['dose.txt'], { cwd }).stdout, '');
  });

  it('keeps CRLF line endings and a UTF-8 BOM', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const cwd = sandbox.create({ 'windows.txt': Buffer.concat([BOM, Buffer.from(crlf(NOTE_ERROR))]) });
    const run = clinlint(['--fix', 'windows.txt'], { cwd });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const bytes = readFileSync(join(cwd, 'windows.txt'));
    assert.deepEqual(bytes.subarray(0, 3), BOM, 'the BOM is kept');
    assert.equal(bytes.subarray(3).toString('utf8'), crlf(FIXED));
  });

  it('reports columns after a BOM as if it were absent', () => {
    const cwd = sandbox.create({ 'bom.txt': Buffer.concat([BOM, Buffer.from(NOTE_WARNING)]) });
    const [message] = clinlintJson(['bom.txt'], { cwd }).results[0].messages;
    assert.deepEqual([message.line, message.column], [2, 29]);
  });

  it('keeps the file permissions', () => {
    const cwd = sandbox.create({ 'privee.txt': NOTE_ERROR });
    const path = join(cwd, 'privee.txt');
    chmodSync(path, 0o640);
    assert.equal(clinlint(['--fix', 'privee.txt'], { cwd }).code, 0);
    assert.equal(readFileSync(path, 'utf8'), FIXED);
    assert.equal(statSync(path).mode & 0o777, 0o640);
  });

  it('fixes the target of a symbolic link and keeps the link', () => {
    const cwd = sandbox.create({ 'vraie.txt': NOTE_ERROR });
    symlinkSync('vraie.txt', join(cwd, 'lien.txt'));
    assert.equal(clinlint(['--fix', 'lien.txt'], { cwd }).code, 0);
    assert.ok(lstatSync(join(cwd, 'lien.txt')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(join(cwd, 'vraie.txt'), 'utf8'), FIXED);
  });

  it('fixes a hard-linked note in place: every name of it sees the fix', () => {
    const cwd = sandbox.create({ 'note.txt': NOTE_ERROR });
    linkSync(join(cwd, 'note.txt'), join(cwd, 'autre-nom.txt'));
    const inode = statSync(join(cwd, 'note.txt')).ino;
    assert.equal(clinlint(['--fix', 'note.txt'], { cwd }).code, 0);
    assert.equal(readFileSync(join(cwd, 'autre-nom.txt'), 'utf8'), FIXED);
    assert.equal(statSync(join(cwd, 'note.txt')).ino, inode, 'the same file, not a new one');
    assert.deepEqual(readdirSync(cwd).sort(), ['autre-nom.txt', 'note.txt']);
  });

  it('applies every safe fix and still reports what has no fix', () => {
    const cwd = sandbox.create({ 'a.txt': 'Anamnèse\nPoids 70 Kg, dose de 5,0 mg.\nNodule de 15 x 12 x 10 x 8 mm.\n' });
    const run = clinlintJson(['--fix', 'a.txt'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.results[0].messages.map((m) => [m.ruleId, m.line, m.column]),
      [['unit/dimensions', 3, 11]],
    );
    assert.equal(run.results[0].output, undefined, 'json carries output only for a dry run');
    assert.equal(readFileSync(join(cwd, 'a.txt'), 'utf8'), 'Anamnèse\nPoids 70 kg, dose de 5 mg.\nNodule de 15 x 12 x 10 x 8 mm.\n');
  });

  it('--fix-dry-run leaves the file untouched and puts the fixed text in json output', () => {
    const cwd = sandbox.create({ 'dose.txt': NOTE_ERROR });
    const path = join(cwd, 'dose.txt');
    const before = statSync(path).mtimeMs;
    const run = clinlintJson(['--fix-dry-run', 'dose.txt'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.results[0].output, FIXED);
    assert.equal(readFileSync(path, 'utf8'), NOTE_ERROR);
    assert.equal(statSync(path).mtimeMs, before);
  });

  it('--fix-dry-run keeps the BOM in output', () => {
    const cwd = sandbox.create({ 'bom.txt': Buffer.concat([BOM, Buffer.from(NOTE_ERROR)]) });
    const run = clinlintJson(['--fix-dry-run', 'bom.txt'], { cwd });
    assert.equal(run.results[0].output, '\uFEFF' + FIXED);
  });

  describe('on a note the user may not write', () => {
    const uid = runAs();
    let cwd: string;
    beforeEach(() => {
      cwd = sandbox.create({ 'dossier/note.txt': NOTE_ERROR });
      chmodSync(cwd, 0o755);
      if (uid !== undefined) {
        // The other user owns the note and its folder, and is denied by their modes, not by ownership.
        chownSync(join(cwd, 'dossier'), uid, uid);
        chownSync(join(cwd, 'dossier/note.txt'), uid, uid);
      }
    });
    afterEach(() => {
      chmodSync(join(cwd, 'dossier'), 0o755);
      chmodSync(join(cwd, 'dossier/note.txt'), 0o644);
    });

    function expectRefused(path: string) {
      const run = clinlint(['--fix', '--format', 'json', 'dossier/note.txt'], { cwd, uid });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /dossier\/note\.txt : écriture impossible \(permission refusée\) ; fichier laissé intact/);
      assert.equal(readFileSync(path, 'utf8'), NOTE_ERROR);
      assert.deepEqual(readdirSync(join(cwd, 'dossier')), ['note.txt'], 'no temporary file is left');
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
      assert.deepEqual(
        result.messages.map((m) => m.ruleId),
        ['unit/spacing', 'unit/trailing-zero'],
        'the findings of the unfixed note are reported',
      );
    }

    it('read-only file in a writable folder: left intact, exit 2', function () {
      const path = join(cwd, 'dossier/note.txt');
      chmodSync(path, 0o444);
      if (writableBy(path, uid)) this.skip();
      expectRefused(path);
    });

    it('writable file in a read-only folder: left intact, exit 2', function () {
      const path = join(cwd, 'dossier/note.txt');
      chmodSync(join(cwd, 'dossier'), 0o555);
      // The file itself stays writable; what must fail is creating the temporary file beside it.
      if (!writableBy(path, uid)) this.skip();
      if (writableBy(join(cwd, 'dossier/.essai'), uid, 'w')) this.skip();
      expectRefused(path);
    });
  });
});
