/** The glossary and drug data: valid, without duplicate keys, large enough; lookups, senses, user glossaries. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import glossarySchema from '../../schemas/glossary.schema.json' with { type: 'json' };
import drugsSchema from '../../schemas/drugs.schema.json' with { type: 'json' };
import { ConfigError } from '../../server/src/config/config.js';
import { findUserGlossary } from '../../server/src/config/user-glossary.js';
import { DRUG_FILES, findDrug, namesOf } from '../../server/src/knowledge/drugs.js';
import { builtInGlossary, formsOf, Glossary, GLOSSARY_FILES, glossaryWith, isAbbreviation, keyOf, rankSenses, type GlossaryEntry } from '../../server/src/knowledge/glossary.js';
import { lint } from '../../server/src/lint.js';
import { fold, foldSameLength } from '../../server/src/note/text.js';
import { termAt } from '../../server/src/note/terms.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const allEntries = Object.values(GLOSSARY_FILES).flatMap((f) => f.entries);
const allDrugs = Object.values(DRUG_FILES).flatMap((f) => f.entries);

describe('glossary data', () => {
  it('validates every built-in file against schemas/glossary.schema.json', () => {
    const validate = ajv.compile(glossarySchema);
    for (const [name, file] of Object.entries(GLOSSARY_FILES)) assert.ok(validate(file), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  });

  it('holds at least 600 entries', () => {
    assert.ok(allEntries.length >= 600, `${allEntries.length} entries`);
  });

  it('has no key twice, across all files (terms, variants and synonyms)', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of allEntries) {
      for (const key of new Set(formsOf(entry).map(keyOf))) {
        if (owner.has(key)) duplicates.push(`${key} (${owner.get(key)} / ${entry.term})`);
        else owner.set(key, entry.term);
      }
    }
    assert.deepEqual(duplicates, []);
  });

  it('writes every definition in French, as sentences', () => {
    const bad = allEntries.flatMap((e) => e.senses.filter((s) => !/^[\p{Lu}0-9«(]/u.test(s.definition) || !/[.!?)]$/.test(s.definition)).map(() => e.term));
    assert.deepEqual(bad, []);
    // French, not English: accents and French function words in every definition.
    const english = allEntries.filter((e) => e.senses.some((s) => !/\b(?:de|du|des|la|le|les|un|une|et|en|à|d'|l')\b/i.test(s.definition)));
    assert.deepEqual(english.map((e) => e.term), []);
  });

  it('gives an ambiguous abbreviation each of its senses, with their cues', () => {
    const ambiguous = builtInGlossary().ambiguous;
    assert.ok(ambiguous.length >= 15, `${ambiguous.length} ambiguous abbreviations`);
    for (const entry of ambiguous) for (const s of entry.senses) assert.ok(s.expansion && s.cues?.length, `${entry.term}: ${s.expansion}`);
  });
});

describe('drug data', () => {
  it('validates against schemas/drugs.schema.json and names its source', () => {
    const validate = ajv.compile(drugsSchema);
    for (const [name, file] of Object.entries(DRUG_FILES)) {
      assert.ok(validate(file), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      assert.match(file.source, /ATC/);
    }
  });

  it('holds at least 300 drugs, no name twice', () => {
    assert.ok(allDrugs.length >= 300, `${allDrugs.length} drugs`);
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const drug of allDrugs) {
      for (const name of new Set(namesOf(drug).map(fold))) {
        if (seen.has(name)) duplicates.push(`${name} (${seen.get(name)} / ${drug.inn})`);
        else seen.set(name, drug.inn);
      }
    }
    assert.deepEqual(duplicates, []);
  });

  it('finds a drug by its INN or brand, whatever the accents and case', () => {
    assert.deepEqual(findDrug('Imatinib')?.atc, ['L01EA01']);
    assert.equal(findDrug('GLIVEC')?.inn, 'imatinib');
    assert.equal(findDrug('furosemide')?.inn, 'furosémide');
    assert.equal(findDrug('paracétamol')?.atc[0], 'N02BE01');
    assert.equal(findDrug('patient'), undefined);
  });
});

describe('glossary lookups', () => {
  const glossary = builtInGlossary();

  it('matches abbreviations as written and words without case or accents', () => {
    assert.equal(glossary.lookup('SAOS')?.term, 'SAOS');
    assert.equal(glossary.lookup('saos'), undefined);
    assert.equal(glossary.lookup('TEP-TDM')?.term, 'TEP-TDM');
    assert.ok(glossary.lookup('DERMATOFIBROSARCOME PROTUBERANT'));
    assert.ok(glossary.lookup('Dermatofibrosarcome  protubérant'));
    assert.ok(isAbbreviation('HbA1c') && isAbbreviation('CA 125') && isAbbreviation('R0') && !isAbbreviation('maladie de Crohn'));
  });

  it('finds the longest term at a position, and drug names', () => {
    const text = "Suivi d'un dermatofibrosarcome protubérant ; TEP-TDM sans fixation ; imatinib 400 mg/j.";
    const at = (word: string) => termAt(text, text.indexOf(word) + 2, glossary);
    assert.equal(at('protubérant')?.text, 'dermatofibrosarcome protubérant');
    assert.equal(at('TDM')?.text, 'TEP-TDM');
    assert.equal(at('imatinib')?.drug?.inn, 'imatinib');
    assert.equal(at('Suivi'), undefined);
  });

  it('ranks the senses of an ambiguous abbreviation by the words of the note', () => {
    const ir = glossary.lookup('IR')!;
    assert.ok(ir.senses.length >= 2);
    const renal = foldSameLength('créatinine à 350 µmol/l, dialyse'.toLowerCase());
    assert.match(rankSenses(ir, renal)[0].sense.expansion!, /rénale/);
    const respiratory = foldSameLength('gazométrie, hypoxémie, oxygène, ventilation'.toLowerCase());
    assert.match(rankSenses(ir, respiratory)[0].sense.expansion!, /respiratoire/);
  });

  it('lets a workspace glossary add entries and take over built-in keys', () => {
    const user: GlossaryEntry[] = [
      { term: 'RCP', category: 'organisation', senses: [{ expansion: 'revue de cas partagée', definition: 'Réunion du service où un cas est relu par toute l’équipe.' }] },
      { term: 'XYZ', category: 'examen', senses: [{ expansion: 'examen local', definition: 'Examen propre à ce service, décrit dans son protocole.' }] },
    ];
    const merged = glossaryWith(user);
    assert.equal(merged.lookup('RCP')?.senses[0].expansion, 'revue de cas partagée');
    assert.equal(merged.lookup('XYZ')?.term, 'XYZ');
    assert.equal(merged.lookup('SAOS')?.term, 'SAOS');
    assert.equal(glossaryWith(user), merged, 'one index per list of entries');
    assert.notEqual(builtInGlossary().lookup('RCP')?.senses[0].expansion, 'revue de cas partagée');
    assert.ok(new Glossary(user).lookup('xyz') === undefined);
  });
});

describe('workspace glossary file (.clinlint/glossaire.json)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clinlint-glossary-'));
    mkdirSync(join(dir, '.clinlint'));
    mkdirSync(join(dir, 'notes', 'cas'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (data: unknown) => writeFileSync(join(dir, '.clinlint', 'glossaire.json'), typeof data === 'string' ? data : JSON.stringify(data));

  it('is found from a note in a subfolder, and read again once changed', () => {
    write({ entries: [{ term: 'ABC', category: 'examen', senses: [{ definition: 'Un examen défini par ce service pour ses notes.' }] }] });
    assert.equal(findUserGlossary(join(dir, 'notes', 'cas'))?.[0].term, 'ABC');
    write({ entries: [{ term: 'ABD', category: 'examen', senses: [{ definition: 'Un autre examen défini par ce service.' }] }] });
    utimesSync(join(dir, '.clinlint', 'glossaire.json'), new Date(), new Date(Date.now() + 5000));
    assert.equal(findUserGlossary(join(dir, 'notes', 'cas'))?.[0].term, 'ABD');
  });

  it('rejects a bad file with a French message naming the file and the fault', () => {
    write('{ "entries": [ ');
    assert.throws(() => findUserGlossary(dir), (e: Error) => e instanceof ConfigError && /glossaire\.json : glossaire ignoré, JSON invalide/.test(e.message));
    write({ entries: [{ term: 'ABC', category: 'examen', senses: [{ definition: 'Trop court' }] }] });
    assert.throws(() => findUserGlossary(dir), (e: Error) => e instanceof ConfigError && /entries\.0\.senses\.0\.definition/.test(e.message));
    write({ entries: [{ term: 'ABC', categorie: 'examen', senses: [] }] });
    assert.throws(() => findUserGlossary(dir), (e: Error) => /« categorie »/.test(e.message));
  });
});

describe('abbreviation rules', () => {
  const ids = (text: string, glossary?: GlossaryEntry[]) => lint(text, { glossary }).filter((f) => f.ruleId.startsWith('abbrev/'));

  it('flags the first use of an ambiguous abbreviation never expanded, with a fix per sense', () => {
    const text = 'Antécédents : HTA, IR. Suivi pour IR.';
    const [f, ...rest] = ids(text);
    assert.equal(rest.length, 0);
    assert.equal(f.ruleId, 'abbrev/ambiguous');
    assert.equal(text.slice(f.range.start, f.range.end), 'IR');
    assert.equal(f.range.start, text.indexOf('IR'));
    assert.ok(f.fixes.length >= 2 && f.fixes.every((x) => /^Écrire « .+ \(IR\) »$/u.test(x.title.replace(/\u00a0/g, ' '))));
  });

  it('stays quiet once expanded, when the sentence decides, and inside longer words', () => {
    assert.deepEqual(ids('Insuffisance rénale (IR) chronique. IR stable.'), []);
    assert.deepEqual(ids('IR (insuffisance rénale) connue.'), []);
    assert.deepEqual(ids('IR sévère : créatinine à 450 µmol/L, mise en dialyse.'), []);
    assert.deepEqual(ids('IRM cérébrale normale.'), []);
  });

  it('replaces an English acronym by the French one', () => {
    const text = 'Appareillage par CPAP pour un SAOS sévère.';
    const [f] = ids(text);
    assert.equal(f.ruleId, 'abbrev/english');
    assert.equal(text.slice(f.range.start, f.range.end), 'CPAP');
    assert.equal(f.fixes[0].edits[0].newText, 'PPC');
  });
});
