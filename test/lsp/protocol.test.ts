/** The built server over stdio, driven by a real JSON-RPC client (vscode-languageserver-protocol). */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { Session } from '../helpers/lsp-session.js';

const NOTE = 'Anamnèse\nHomme de 67 ans, imatinib 400mg/j.\n\nBiologie\nHémoglobine à 9,7 g/dL, poids 70 Kg.\n\nÉvolution\nStable.\n';

describe('the bundled server (dist/server.mjs), alone as in the .vsix', function () {
  this.timeout(30_000);
  it('lints, gender rules included, with no node_modules around it', async () => {
    const { cpSync } = await import('node:fs');
    const alone = mkdtempSync(join(tmpdir(), 'clinlint-bundle-'));
    const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
    cpSync(join(dist, 'server.mjs'), join(alone, 'server.mjs'));
    cpSync(join(dist, 'lefff'), join(alone, 'lefff'), { recursive: true });
    // The config's validator, compiled at build time (Ajv is not in the bundle).
    for (const name of ['config', 'glossary']) cpSync(join(dist, `${name}-validator.cjs`), join(alone, `${name}-validator.cjs`));
    const folder = join(alone, 'notes');
    (await import('node:fs')).mkdirSync(folder);
    writeFileSync(join(folder, '.clinlintrc.json'), JSON.stringify({ rules: { 'unit/case': 'off' } }));
    const s = new Session(join(alone, 'server.mjs'));
    await s.start(null, {}, [pathToFileURL(folder).href]);
    const uri = 'untitled:alone.note';
    const wait = s.diagnostics(uri);
    await s.open(uri, 'Homme de 67 ans, imatinib 400mg/j.\nDepuis 2011, elle est restée cliniquement stable.');
    assert.deepEqual((await wait).diagnostics.map((d) => d.code), ['unit/spacing', 'gender/patient-agreement']);
    const inFolder = pathToFileURL(join(folder, 'cas.note')).href;
    const waitFolder = s.diagnostics(inFolder);
    await s.open(inFolder, 'Poids 70 Kg, imatinib 400mg/j.');
    assert.deepEqual((await waitFolder).diagnostics.map((d) => d.code), ['unit/spacing'], "the folder's config turns unit/case off");
    await s.stop();
    rmSync(alone, { recursive: true, force: true });
  });
});

describe('language server with two workspace folders', function () {
  this.timeout(30_000);
  it('applies each folder its own .clinlintrc.json', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clinlint-ls-'));
    const [a, b] = ['a', 'b'].map((n) => join(root, n));
    (await import('node:fs')).mkdirSync(a);
    (await import('node:fs')).mkdirSync(b);
    writeFileSync(join(b, '.clinlintrc.json'), JSON.stringify({ rules: { 'unit/spacing': 'off' } }));
    const s = new Session();
    await s.start(null, {}, [pathToFileURL(a).href, pathToFileURL(b).href]);
    const [ua, ub] = [a, b].map((d) => pathToFileURL(join(d, 'cas.note')).href);
    const wa = s.diagnostics(ua);
    const wb = s.diagnostics(ub);
    await s.open(ua, 'Imatinib 400mg.');
    await s.open(ub, 'Imatinib 400mg.');
    assert.equal((await wa).diagnostics.length, 1);
    assert.equal((await wb).diagnostics.length, 0);
    await s.stop();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('language server over stdio', function () {
  this.timeout(30_000);
  let dir: string;
  let s: Session;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clinlint-ls-'));
    s = new Session();
    await s.start(pathToFileURL(dir).href);
  });
  afterEach(async () => {
    if (s.alive) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics on open with rule ids, source and docs links', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, NOTE);
    const { diagnostics } = await wait;
    assert.deepEqual(diagnostics.map((d) => d.code), ['unit/spacing', 'unit/case']);
    const spacing = diagnostics[0];
    assert.deepEqual(spacing.range, { start: { line: 1, character: 26 }, end: { line: 1, character: 31 } });
    assert.equal(spacing.source, 'clinlint');
    assert.match(spacing.codeDescription!.href, /docs\/rules\/unit-spacing\.md$/);
  });

  it('re-lints on change (debounced) and clears on close', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const first = s.diagnostics(uri);
    await s.open(uri, NOTE);
    await first;
    const second = s.diagnostics(uri, (p) => p.version === 2);
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 29 }, end: { line: 1, character: 29 } }, text: ' ' }],
    });
    assert.deepEqual((await second).diagnostics.map((d) => d.code), ['unit/case']);
    const cleared = s.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await cleared;
  });

  it('offers quick fixes (preferred first), fix all, ignore-line and disable-rule actions', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, NOTE);
    const { diagnostics } = await wait;
    const spacing = diagnostics[0] as Diagnostic;
    const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: spacing.range, context: { diagnostics: [spacing] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Insérer une espace : «\u00a0400 mg/j\u00a0»'), titles.join(' | '));
    assert.equal(actions.find((a) => a.isPreferred)?.edit?.changes?.[uri]?.[0].newText, ' ');
    assert.ok(titles.some((t) => t.startsWith('Ignorer « unit/spacing »')));
    assert.ok(titles.some((t) => t.startsWith('Désactiver la règle « unit/spacing »')));
    const fixAll = (await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.clinlint'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].edit!.changes![uri].length, 2);
  });

  it('gives hovers on quantities, the outline and folding ranges', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    await s.open(uri, NOTE);
    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 16 } });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /Valeur normalisée : 9,7 g\/dL/);
    assert.match(value, /Soit : 97 g\/L/);
    // A count of cells in grams per litre: read in the unit meant.
    const countUri = pathToFileURL(join(dir, 'numeration.note')).href;
    await s.open(countUri, 'Leucocytes 12 g/L.\n');
    const count = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: countUri }, position: { line: 0, character: 12 } });
    const countValue = (count!.contents as { value: string }).value;
    assert.match(countValue, /Unité voulue : G\/L/);
    assert.match(countValue, /Soit : 12000 \/mm³/);
    const symbols = (await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((x) => x.name), ['Anamnèse', 'Biologie', 'Évolution']);
    const folds = await s.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.equal(folds!.length, 3);
  });

  it('gives the dated events: in the outline under their section, in date order for the timeline, and on hover', async () => {
    const uri = pathToFileURL(join(dir, 'chrono.note')).href;
    const note = 'Histoire de la maladie\nLe 12/03/2015, la patiente consulte pour une masse. Deux mois plus tard, une biopsie confirme un carcinome.\n\nAntécédents\nCholécystectomie en 2009.\n';
    await s.open(uri, note);
    const symbols = (await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((x) => [x.name, (x.children ?? []).map((c) => `${c.name} (${c.detail})`)]), [
      ['Histoire de la maladie', ['12/03/2015 : la patiente consulte pour une masse (2015-03-12)', 'Deux mois plus tard : une biopsie confirme un carcinome (2015-05)']],
      ['Antécédents', ['2009 : Cholécystectomie (2009)']],
    ]);
    const events = (await s.conn.sendRequest('clinlint/timeline', { uri })) as { text: string; value: string; label: string; range: unknown }[];
    assert.deepEqual(events.map((e) => [e.value, e.text]), [['2009', '2009'], ['2015-03-12', '12/03/2015'], ['2015-05', 'Deux mois plus tard']]);
    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 60 } });
    assert.match((hover!.contents as { value: string }).value, /Date relative : 2 mois après «\u00a012\/03\/2015\u00a0» → 2015-05/);
    const absolute = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.match((absolute!.contents as { value: string }).value, /Date : 2015-03-12 \(au jour\)/);
    assert.equal(await s.conn.sendRequest('clinlint/timeline', { uri: 'file:///nulle/part.note' }), null);
  });

  it('lints plain text only under a .clinlintrc.json, and applies its rules', async () => {
    const readme = pathToFileURL(join(dir, 'README.md')).href;
    const quiet = s.diagnostics(readme);
    await s.open(readme, 'Imatinib 400mg.', 'markdown');
    assert.deepEqual((await quiet).diagnostics, []);
    const notes = join(dir, 'notes');
    rmSync(notes, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(notes);
    writeFileSync(join(notes, '.clinlintrc.json'), JSON.stringify({ rules: { 'unit/case': 'off' } }));
    const uri = pathToFileURL(join(notes, 'cas.txt')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, 'Imatinib 400mg, 3 MG.', 'plaintext');
    assert.deepEqual((await wait).diagnostics.map((d) => d.code), ['unit/spacing']);
  });

  it('applies a quick fix: the diagnostic goes away', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const first = s.diagnostics(uri);
    await s.open(uri, 'Imatinib 400mg/j.');
    const [d] = (await first).diagnostics;
    const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const edits = actions.find((a) => a.isPreferred)!.edit!.changes![uri];
    const after = s.diagnostics(uri, (p) => p.version === 2);
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    assert.deepEqual((await after).diagnostics, []);
  });

  it('follows settings changes and .clinlintrc.json changes', async () => {
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const first = s.diagnostics(uri);
    await s.open(uri, 'Imatinib 400mg, 3 MG.');
    assert.equal((await first).diagnostics.length, 2);
    s.settings = { [pathToFileURL(dir).href]: { rules: { 'unit/case': 'off' } } };
    const afterSettings = s.diagnostics(uri, (p) => p.diagnostics.length === 1);
    await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    assert.equal((await afterSettings).diagnostics[0].code, 'unit/spacing');
    writeFileSync(join(dir, '.clinlintrc.json'), JSON.stringify({ rules: { 'unit/spacing': 'off', 'unit/case': 'error' } }));
    const afterFile = s.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0].code === 'unit/case');
    await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, '.clinlintrc.json')).href, type: FileChangeType.Created }] });
    assert.equal((await afterFile).diagnostics[0].severity, 1, 'the config file wins over the editor settings');
  });

  it('reports a gender slip with its evidence, and fixes every mention at once', async () => {
    const uri = pathToFileURL(join(dir, 'genre.note')).href;
    const text = 'Homme de 67 ans.\nDepuis 2011, elle est restée cliniquement stable. La patiente a été revue en mai.\n';
    const wait = s.diagnostics(uri);
    await s.open(uri, text);
    const diagnostics = (await wait).diagnostics.filter((d) => d.code === 'gender/patient-agreement');
    assert.equal(diagnostics.length, 2);
    assert.equal(diagnostics[0].relatedInformation![0].location.range.start.line, 0);
    assert.match(diagnostics[0].relatedInformation![0].message, /Homme de 67 ans/);
    const actions = (await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } })) as CodeAction[];
    const all = actions.find((a) => a.title.startsWith('Accorder toutes les mentions'));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(all.edit!.changes![uri].map((e) => e.newText), ['il', 'resté', 'Le patient', 'revu']);
  });

  it('reads no workspace configuration when the editor says the workspace is not trusted', async () => {
    await s.stop();
    writeFileSync(join(dir, '.clinlintrc.json'), JSON.stringify({ rules: { 'unit/spacing': 'off' } }));
    s = new Session();
    await s.start(pathToFileURL(dir).href, { trusted: false });
    const uri = pathToFileURL(join(dir, 'cas.note')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, 'Imatinib 400mg.');
    assert.deepEqual((await wait).diagnostics.map((d) => d.code), ['unit/spacing']);
  });

  it('answers bad requests and unknown documents without dying', async () => {
    const unknown = 'file:///nowhere/absent.note';
    assert.equal(await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: unknown } }), []);
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: unknown, version: 3 }, contentChanges: [{ text: 'x' }] });
    await assert.rejects(s.conn.sendRequest('clinlint/nonexistent', {}));
    const uri = pathToFileURL(join(dir, 'ok.note')).href;
    const wait = s.diagnostics(uri);
    await s.open(uri, 'Imatinib 400mg.');
    assert.equal((await wait).diagnostics.length, 1);
    assert.ok(!s.stderr.includes('400mg'), 'no note text on stderr');
  });
});
