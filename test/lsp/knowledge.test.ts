/** Glossary and drug hovers, completion, and a workspace glossary, over LSP with the built server. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { Session } from '../helpers/lsp-session.js';

const NOTE = [
  'Anamnèse',
  'Homme de 58 ans, SAOS appareillé, IR connue.',
  "Suivi d'un dermatofibrosarcome protubérant, traité par imatinib 400 mg/j.",
  'Ana',
  'Poids 70 m',
  'Mise sous imat',
  'Paracétamol 1,000 mg le soir.',
].join('\n');

describe('language server: glossary, drugs and completion', function () {
  this.timeout(30_000);
  let dir: string;
  let s: Session;
  let uri: string;
  const hover = async (line: number, word: string) => {
    const character = NOTE.split('\n')[line].indexOf(word) + 1;
    const h = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return h ? (h.contents as { value: string }).value : '';
  };
  const complete = async (line: number) => {
    const character = NOTE.split('\n')[line].length;
    const list = (await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionList;
    return list.items.map((i: CompletionItem) => i.label);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clinlint-ls-knowledge-'));
    s = new Session();
    await s.start(pathToFileURL(dir).href);
    uri = pathToFileURL(join(dir, 'cas.note')).href;
    await s.open(uri, NOTE);
  });
  after(async () => {
    if (s.alive) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains an abbreviation on hover: expansion, definition, category', async () => {
    const value = await hover(1, 'SAOS');
    assert.match(value, /\*\*SAOS\*\* — syndrome d'apnées obstructives du sommeil/);
    assert.match(value, /Catégorie : maladie/);
  });

  it('gives every sense of an ambiguous abbreviation', async () => {
    const value = await hover(1, 'IR');
    assert.match(value, /abréviation ambiguë/);
    assert.match(value, /insuffisance rénale/);
    assert.match(value, /insuffisance respiratoire/);
  });

  it('explains a term of several words and a drug with its class, ATC code and dose', async () => {
    assert.match(await hover(2, 'protubérant'), /\*\*dermatofibrosarcome protubérant\*\*/);
    const drug = await hover(2, 'imatinib');
    assert.match(drug, /inhibiteur de tyrosine kinase/i);
    assert.match(drug, /Code ATC : L01EA01/);
    assert.match(drug, /Dose dans la note : «\u00a0400 mg\/j\u00a0», soit 400 mg\/j/);
    // An English thousands comma, or a decimal: both readings, not one as if it were sure.
    assert.match(await hover(6, 'Paracétamol'), /Dose dans la note : «\u00a01,000 mg\u00a0», soit 1 ou 1000 mg \(UCUM `mg`\) — séparateur ambigu : décimale ou milliers/);
  });

  it('completes section titles, units and drug names', async () => {
    assert.ok((await complete(3)).includes('Anamnèse'));
    const units = await complete(4);
    assert.ok(units.includes('mg') && units.includes('mL') && !units.includes('kg'), units.join(' '));
    assert.ok((await complete(5)).includes('imatinib'));
  });

  it("reads the workspace's glossary (.clinlint/glossaire.json)", async () => {
    mkdirSync(join(dir, '.clinlint'));
    writeFileSync(
      join(dir, '.clinlint', 'glossaire.json'),
      JSON.stringify({ entries: [{ term: 'PPS', category: 'organisation', senses: [{ expansion: 'programme personnalisé de soins', definition: 'Document remis au patient qui fixe ses soins et leur calendrier.' }] }] }),
    );
    const other = pathToFileURL(join(dir, 'autre.note')).href;
    await s.open(other, 'PPS remis au patient.');
    const h = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 1 } });
    assert.match((h!.contents as { value: string }).value, /programme personnalisé de soins/);
  });
});
