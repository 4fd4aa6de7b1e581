/** The spell check through the language server: its findings, 'Ajouter au dictionnaire', the bundled word list. */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { Session } from '../helpers/lsp-session.js';

const ID = 'spelling/unknown-word';
const NOTE = 'Homme de 67 ans, hospitalisé pour une hémoragie digestive.\nBilan tomoréactif normal.\n';

describe('spell check in the language server', function () {
  this.timeout(30_000);
  let dir: string;
  let s: Session;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clinlint-spell-'));
    s = new Session();
    await s.start(pathToFileURL(dir).href);
  });
  afterEach(async () => {
    if (s.alive) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const spellingOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === ID);

  it("offers the suggestions and 'Ajouter au dictionnaire'; the word added, the finding goes", async () => {
    const notes = join(dir, 'service', 'notes');
    mkdirSync(notes, { recursive: true });
    const uri = pathToFileURL(join(notes, 'cas.note')).href;
    const first = s.diagnostics(uri);
    await s.open(uri, NOTE);
    const found = spellingOf((await first).diagnostics);
    assert.deepEqual(found.map((d) => d.message), ['Mot inconnu du dictionnaire : «\u00a0hémoragie\u00a0».', 'Mot inconnu du dictionnaire : «\u00a0tomoréactif\u00a0».']);
    assert.equal(found[0].severity, 3, 'information');
    assert.deepEqual(found[1].range, { start: { line: 1, character: 6 }, end: { line: 1, character: 17 } });

    const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: found[0].range, context: { diagnostics: [found[0]] } })) as CodeAction[];
    const replace = actions.find((a) => a.title === 'Remplacer par «\u00a0hémorragie\u00a0»');
    assert.ok(replace, actions.map((a) => a.title).join(' | '));
    assert.notEqual(replace.isPreferred, true, 'a suggestion is never applied without the author');

    const forWord = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: found[1].range, context: { diagnostics: [found[1]] } })) as CodeAction[];
    const add = forWord.find((a) => a.title === 'Ajouter « tomoréactif » au dictionnaire');
    assert.ok(add?.command, forWord.map((a) => a.title).join(' | '));

    const relinted = s.diagnostics(uri, (p) => spellingOf(p.diagnostics).length === 1);
    await s.conn.sendRequest(ExecuteCommandRequest.type, { command: add.command.command, arguments: add.command.arguments });
    // The workspace folder's dictionary, created with its word.
    const file = join(dir, '.clinlint', 'dictionnaire.txt');
    assert.match(readFileSync(file, 'utf8'), /^tomoréactif$/m);
    assert.deepEqual(spellingOf((await relinted).diagnostics).map((d) => d.message), ['Mot inconnu du dictionnaire : «\u00a0hémoragie\u00a0».']);

    // Added twice, written once; the words already there are kept.
    await s.conn.sendRequest(ExecuteCommandRequest.type, { command: add.command.command, arguments: add.command.arguments });
    assert.equal(readFileSync(file, 'utf8').match(/tomoréactif/g)!.length, 1);
  });

  it('keeps the good words of a dictionary saved in another encoding, and says so', async () => {
    mkdirSync(join(dir, '.clinlint'));
    writeFileSync(join(dir, '.clinlint', 'dictionnaire.txt'), Buffer.from('# mots du service\ntomoréactif\n', 'latin1'));
    const warnings: string[] = [];
    s.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      warnings.push(p.message);
      return null;
    });
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, NOTE);
    assert.deepEqual(spellingOf((await wait).diagnostics).map((d) => d.message), ['Mot inconnu du dictionnaire : «\u00a0hémoragie\u00a0».']);
    assert.ok(warnings.some((w) => /dictionnaire\.txt : fichier non UTF-8, lu en Windows-1252/.test(w)), warnings.join(' | '));
  });

  it('offers no dictionary action for a note that is not a file', async () => {
    const uri = 'untitled:brouillon.note';
    const wait = s.diagnostics(uri);
    await s.open(uri, NOTE);
    const [d] = spellingOf((await wait).diagnostics);
    const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(!actions.some((a) => a.title.startsWith('Ajouter')));
    assert.ok(!existsSync(join(dir, '.clinlint')));
  });
});

describe('the bundled server finds its word list beside it (dist/dictionary/)', function () {
  this.timeout(30_000);
  it('checks spelling with no node_modules around it', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'clinlint-bundle-'));
    const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
    cpSync(join(dist, 'server.mjs'), join(alone, 'server.mjs'));
    cpSync(join(dist, 'lefff'), join(alone, 'lefff'), { recursive: true });
    cpSync(join(dist, 'dictionary'), join(alone, 'dictionary'), { recursive: true });
    assert.ok(existsSync(join(alone, 'dictionary', 'LICENSE')), "dictionary-fr's licence travels with its words");
    const s = new Session(join(alone, 'server.mjs'));
    await s.start(null);
    const uri = 'untitled:alone.note';
    const wait = s.diagnostics(uri);
    await s.open(uri, 'Hospitalisé pour une hémoragie, adénopathie périhilaire sous imatinib.');
    assert.deepEqual((await wait).diagnostics.filter((d) => d.code === ID).map((d) => d.message), ['Mot inconnu du dictionnaire : «\u00a0hémoragie\u00a0».']);
    await s.stop();
    rmSync(alone, { recursive: true, force: true });
  });
});
