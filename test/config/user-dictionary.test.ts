/** The user's dictionary, .clinlint/dictionnaire.txt: read by the edges, passed to the engine. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfigFor } from '../../server/src/config/discovery.js';
import { addToUserDictionary, findUserDictionary, parseUserDictionary } from '../../server/src/config/user-dictionary.js';
import { BIN } from '../cli/run-cli.js';

describe('user dictionary (.clinlint/dictionnaire.txt)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clinlint-dico-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (folder: string, text: string | Buffer) => {
    mkdirSync(join(folder, '.clinlint'), { recursive: true });
    writeFileSync(join(folder, '.clinlint', 'dictionnaire.txt'), text);
  };

  it('reads one word a line, skips comments and blank lines, and names the lines without a word', () => {
    assert.deepEqual(parseUserDictionary('# service\n\ntomoréactif\r\nZorbulex  # protocole\n  \n--\nanti-Xa deux’mots\n'), {
      words: ['tomoréactif', 'Zorbulex', 'anti-Xa', "deux'mots"],
      ignored: [6],
    });
  });

  it('merges the dictionaries from the note’s folder up, and keeps a list while its files are unchanged', () => {
    const sub = join(dir, 'service');
    write(dir, 'tomoréactif\n');
    write(sub, 'zorbulex\n');
    const found = findUserDictionary(sub)!;
    assert.deepEqual(found.words.sort(), ['tomoréactif', 'zorbulex']);
    assert.equal(findUserDictionary(sub), found);
    assert.equal(findUserDictionary(join(tmpdir(), 'ailleurs-sans-dictionnaire')), undefined);
    assert.deepEqual(resolveConfigFor(join(sub, 'cas.note'), {}).dictionary?.words.sort(), ['tomoréactif', 'zorbulex']);
  });

  it('reads a file in Windows-1252 with a warning, losing no word', () => {
    write(dir, Buffer.from('tomoréactif\nkératocône\n', 'latin1'));
    const found = findUserDictionary(dir)!;
    assert.deepEqual(found.words, ['tomoréactif', 'kératocône']);
    assert.match(found.warnings[0], /dictionnaire\.txt : fichier non UTF-8, lu en Windows-1252 ; enregistrez-le en UTF-8\./);
    assert.throws(() => addToUserDictionary(dir, 'zorbulex'), /fichier non UTF-8 ; enregistrez-le en UTF-8 avant d'y ajouter des mots/);
  });

  it('appends a word (creating the file), once, after the last line even without a final line break', () => {
    const path = addToUserDictionary(dir, 'tomoréactif');
    assert.equal(path, join(dir, '.clinlint', 'dictionnaire.txt'));
    addToUserDictionary(dir, 'tomoréactif');
    assert.deepEqual(parseUserDictionary(readFileSync(path, 'utf8')).words, ['tomoréactif']);
    writeFileSync(path, 'tomoréactif');
    addToUserDictionary(dir, 'zorbulex');
    assert.equal(readFileSync(path, 'utf8'), 'tomoréactif\nzorbulex\n');
    assert.throws(() => addToUserDictionary(dir, 'deux mots'), /pas un mot/);
  });

  it('is used by the clinlint command, which says once what is wrong with it', () => {
    write(dir, Buffer.from('tomoréactif\n', 'latin1'));
    writeFileSync(join(dir, 'a.txt'), 'Bilan tomoréactif et zorbulex.\n');
    writeFileSync(join(dir, 'b.txt'), 'Bilan tomoréactif.\n');
    const run = spawnSync(process.execPath, [BIN, '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir, encoding: 'utf8' });
    const words = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages.filter((m) => m.ruleId === 'spelling/unknown-word').map((m) => m.message));
    assert.deepEqual(words, ['Mot inconnu du dictionnaire : «\u00a0zorbulex\u00a0».']);
    assert.equal(run.stderr.match(/fichier non UTF-8/g)?.length, 1, run.stderr);
  });
});
