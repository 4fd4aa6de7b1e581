// Runs inside VS Code's extension host (see run.mjs): the real API, the real extension.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const log = (...args) => console.log('[clinlint-test]', ...args);

async function until(what, fn, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const codes = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinlint').map((d) => (typeof d.code === 'object' ? d.code.value : d.code));

async function tokenizeWithVsCode(ext, line) {
  const modules = path.join(vscode.env.appRoot, 'node_modules');
  const textmate = require(path.join(modules, 'vscode-textmate'));
  const onig = require(path.join(modules, 'vscode-oniguruma'));
  const fs = require('node:fs');
  await onig.loadWASM(fs.readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const contribution = ext.packageJSON.contributes.grammars[0];
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(ext.extensionPath, contribution.path), 'utf8'), contribution.path),
  });
  const grammar = await registry.loadGrammar(contribution.scopeName);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

async function run() {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'clinlint');
  assert.ok(ext, 'extension found');
  await ext.activate();
  log('activated');

  // Diagnostics on a clinical note.
  const noteUri = vscode.Uri.joinPath(folder(), 'cas.note');
  const doc = await vscode.workspace.openTextDocument(noteUri);
  assert.equal(doc.languageId, 'clinical-note');
  const editor = await vscode.window.showTextDocument(doc);
  await until('diagnostics on cas.note', () => codes(noteUri).length === 2);
  assert.deepEqual(codes(noteUri), ['unit/spacing', 'unit/case']);
  const spacing = vscode.languages.getDiagnostics(noteUri).find((d) => d.code.value === 'unit/spacing' || d.code === 'unit/spacing');
  assert.equal(doc.getText(spacing.range), '400mg');
  log('diagnostics ok');

  // Quick fix, applied through the real code action provider.
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', noteUri, spacing.range);
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix, `a preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(actions.some((a) => a.title.startsWith('Ignorer « unit/spacing »')));
  await vscode.workspace.applyEdit(fix.edit);
  assert.match(doc.lineAt(1).text, /imatinib 400 mg\/j/);
  await until('spacing gone', () => !codes(noteUri).includes('unit/spacing'));
  log('quick fix ok');

  // Hover on a quantity.
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', noteUri, new vscode.Position(4, 16));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /9,7 g\/dL/);
  assert.match(text, /97 g\/L/);
  log('hover ok');

  // Outline.
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', noteUri);
  assert.deepEqual(symbols.map((s) => s.name), ['Anamnèse', 'Biologie', 'Évolution']);
  log('outline ok');

  // The grammar's scopes, computed by VS Code's own TextMate engine and Oniguruma build.
  const scopes = await tokenizeWithVsCode(ext, 'Hémoglobine à 9,7 g/dL, pas de fièvre.');
  assert.deepEqual(scopes.find((t) => t.text === 'g/dL').scopes, ['text.clinical-note', 'keyword.other.unit.clinical-note']);
  assert.ok(scopes.find((t) => t.text === '9,7').scopes.includes('constant.numeric.clinical-note'));
  assert.ok(scopes.find((t) => t.text === 'pas de').scopes.includes('keyword.operator.negation.clinical-note'));
  log('grammar ok');

  // Fix all command, on the active editor.
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('clinlint.fixAll');
  await until(`fix all applied (line: ${doc.lineAt(4).text})`, () => doc.lineAt(4).text.includes('70 kg'));
  log('fix all ok');

  // A README does not light up; a .txt under .clinlintrc.json does, with its rules.
  const readme = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'README.md'));
  await vscode.window.showTextDocument(readme);
  const txtUri = vscode.Uri.joinPath(folder(), 'notes', 'suivi.txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(txtUri));
  await until('diagnostics on suivi.txt', () => codes(txtUri).length > 0);
  assert.deepEqual(codes(txtUri), ['unit/spacing']);
  assert.deepEqual(codes(readme.uri), []);
  log('file selection ok');

  // A gender slip: its evidence in related information, and the 'all mentions' fix.
  const genreUri = vscode.Uri.joinPath(folder(), 'genre.note');
  const genre = await vscode.workspace.openTextDocument(genreUri);
  await vscode.window.showTextDocument(genre);
  await until('gender diagnostics', () => codes(genreUri).filter((c) => c === 'gender/patient-agreement').length === 2);
  const slip = vscode.languages.getDiagnostics(genreUri).find((d) => (d.code.value || d.code) === 'gender/patient-agreement');
  assert.equal(genre.getText(slip.relatedInformation[0].location.range), 'Homme de 67 ans');
  const genderActions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', genreUri, slip.range);
  const allMentions = genderActions.find((a) => a.title.startsWith('Accorder toutes les mentions'));
  assert.ok(allMentions, genderActions.map((a) => a.title).join(' | '));
  await vscode.workspace.applyEdit(allMentions.edit);
  assert.match(genre.getText(), /il est resté cliniquement stable\. Le patient a été revu en mai/);
  log('gender ok');

  // The 'Chronologie' view: the note's events in date order; clicking one reveals it. A date hover.
  const chronoUri = vscode.Uri.joinPath(folder(), 'chronologie.note');
  const chrono = await vscode.workspace.openTextDocument(chronoUri);
  await vscode.window.showTextDocument(chrono);
  const timeline = ext.exports.timeline;
  const items = await until('timeline items', async () => {
    const events = timeline.getChildren();
    return events.length === 3 && events.map((e) => timeline.getTreeItem(e));
  });
  assert.deepEqual(items.map((i) => [i.label, i.description]), [
    ['2009 — Cholécystectomie', '« 2009 »'],
    ['2015-03-12 — la patiente consulte pour une masse', '« 12/03/2015 »'],
    ['2015-05 — une biopsie confirme un carcinome', '« Deux mois plus tard »'],
  ]);
  await vscode.commands.executeCommand(items[2].command.command, ...items[2].command.arguments);
  assert.equal(vscode.window.activeTextEditor.document.getText(vscode.window.activeTextEditor.selection), 'Deux mois plus tard');
  const dateHovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', chronoUri, new vscode.Position(1, 60));
  const dateText = dateHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(dateText, /2 mois après «\u00a012\/03\/2015\u00a0» → 2015-05/);
  const view = ext.packageJSON.contributes.views.explorer.find((v) => v.id === 'clinlint.timeline');
  assert.equal(view.name, 'Chronologie');
  log('timeline ok');

  // Glossary and drug hovers, and completion of a section title.
  const glossaryUri = vscode.Uri.joinPath(folder(), 'glossaire.note');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(glossaryUri));
  const hoverAt = async (line, character) => {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', glossaryUri, new vscode.Position(line, character));
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  };
  assert.match(await until('SAOS hover', () => hoverAt(1, 18)), /syndrome d'apnées obstructives du sommeil/);
  const irHover = await hoverAt(1, 35);
  assert.match(irHover, /abréviation ambiguë/);
  assert.match(irHover, /insuffisance rénale/);
  assert.match(irHover, /insuffisance respiratoire/);
  assert.match(await hoverAt(1, 59), /Code ATC : L01EA01/);
  const completion = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', glossaryUri, new vscode.Position(2, 3));
  assert.ok(completion.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Anamnèse'));
  log('glossary ok');

  // Spell check: an unknown word, 'Ajouter au dictionnaire' writes .clinlint/dictionnaire.txt, the finding goes.
  const spellUri = vscode.Uri.joinPath(folder(), 'orthographe.note');
  const spellDoc = await vscode.workspace.openTextDocument(spellUri);
  await vscode.window.showTextDocument(spellDoc);
  await until('spelling diagnostic', () => codes(spellUri).includes('spelling/unknown-word'));
  const unknownWord = vscode.languages.getDiagnostics(spellUri).find((d) => (d.code.value || d.code) === 'spelling/unknown-word');
  assert.equal(spellDoc.getText(unknownWord.range), 'tomoréactif');
  assert.equal(unknownWord.severity, vscode.DiagnosticSeverity.Information);
  const spellActions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', spellUri, unknownWord.range);
  const addWord = spellActions.find((a) => a.title === 'Ajouter « tomoréactif » au dictionnaire');
  assert.ok(addWord && addWord.command, spellActions.map((a) => a.title).join(' | '));
  await vscode.commands.executeCommand(addWord.command.command, ...addWord.command.arguments);
  const dictionaryUri = vscode.Uri.joinPath(folder(), '.clinlint', 'dictionnaire.txt');
  const written = Buffer.from(await until('dictionary written', () => vscode.workspace.fs.readFile(dictionaryUri).then((b) => b, () => undefined))).toString('utf8');
  assert.match(written, /^tomoréactif$/m);
  await until('spelling diagnostic gone', () => !codes(spellUri).includes('spelling/unknown-word'));
  log('spelling ok');

  // Commands are registered.
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['clinlint.fixAll', 'clinlint.lintWorkspace', 'clinlint.showOutput', 'clinlint.restart']) assert.ok(commands.includes(c), c);
  await vscode.commands.executeCommand('clinlint.restart');
  await until('diagnostics after restart', () => codes(txtUri).length > 0);
  log('commands ok');
  void editor;
}

module.exports = {
  async run() {
    try {
      await run();
    } catch (e) {
      log('FAILED:', e && e.stack ? e.stack : String(e));
      throw e;
    }
  },
};
