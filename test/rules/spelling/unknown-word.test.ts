import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';
import { applyFixes } from '../../../server/src/fixes.js';
import { vocabulary, vocabularyLoadStats } from '../../../server/src/knowledge/spelling.js';

const ID = 'spelling/unknown-word';
const spelling = (text: string, options = {}) => lint(text, options).filter((f) => f.ruleId === ID);


describe(ID, () => {
  it('flags what the fixture marks, and nothing else', () => {
    assert.ok(checkAnnotatedCases(fixtureText('spelling/unknown-word.txt'), [ID]) >= 9);
  });

  it('says which word, in French, and offers suggestions that --fix does not apply', () => {
    const [f] = spelling('Hospitalisé pour une hémoragie digestive.');
    assert.equal(f.message, 'Mot inconnu du dictionnaire : «\u00a0hémoragie\u00a0».');
    assert.equal(f.severity, 'info');
    assert.deepEqual(f.data, { word: 'hémoragie' });
    assert.equal(f.fixes[0].title, 'Remplacer par «\u00a0hémorragie\u00a0»');
    assert.equal(f.fixes[0].edits[0].newText, 'hémorragie');
    assert.ok(f.fixes.every((x) => x.preferred === false));
    assert.ok(f.fixes.length <= 3);
  });

  it('names the French for an English word a translation left, with the compound it heads', () => {
    const [chest, followUp] = spelling('Une chest normale puis un follow-up à 6 mois.');
    assert.equal(chest.message, '«\u00a0chest\u00a0» est un mot anglais ; en français : «\u00a0thorax\u00a0».');
    assert.deepEqual(chest.fixes.map((x) => x.edits[0].newText), ['thorax']);
    assert.deepEqual([followUp.range.start, followUp.range.end], [26, 35]);
    assert.deepEqual(followUp.fixes.map((x) => x.edits[0].newText), ['suivi']);
    const [right] = spelling('Douleur du genou right. Fever depuis trois jours.');
    assert.deepEqual(right.fixes.map((x) => x.edits[0].newText), ['droit', 'droite']);
    assert.equal(spelling('Douleur du genou right. Fever depuis trois jours.')[1].fixes[0].edits[0].newText, 'Fièvre');
    assert.ok([chest, followUp, right].every((f) => f.fixes.every((x) => x.preferred === false)));
    // A French word that lost a letter to an apostrophe is no English word.
    assert.equal(spelling("un lymph'dème chronique")[0]?.message.includes('anglais'), false);
  });

  it('translates an English phrase whole, and finds an English word inside a sentence, not in a title', () => {
    const [pain] = spelling('Une chest pain est apparue.');
    assert.equal(pain.data?.word, 'chest pain');
    assert.deepEqual(pain.fixes.map((x) => x.edits[0].newText), ['douleur thoracique']);
    const [loss, ...rest] = spelling('Il a perdu du poids, weight loss de 5 kg.');
    assert.equal(loss.fixes[0].edits[0].newText, 'perte de poids');
    assert.deepEqual(rest, []);
    assert.equal(spelling('Au Day 3, il va bien.')[0].fixes[0].edits[0].newText, 'J3');
    assert.equal(spelling('Prednisone Daily pendant un mois.')[0].fixes[0].edits[0].newText, 'par jour');
    assert.equal(spelling('Chest pain depuis hier.')[0].fixes[0].edits[0].newText, 'Douleur thoracique');
    // From the word before, a French word too ('white'), and the English after it ('count').
    assert.deepEqual(spelling('Des white blood cells à 17,2 G/L, un white blood cell count normal.').map((f) => [f.data?.word, f.fixes[0].edits[0].newText]), [
      ['white blood cells', 'leucocytes'],
      ['white blood cell count', 'numération leucocytaire'],
    ]);
    // Glossed in parentheses after the French, on purpose.
    assert.deepEqual(spelling('Douleur thoracique (chest pain) et échographie pleuropulmonaire (lung ultrasound).'), []);
    assert.deepEqual(spelling('Il présentait un score NIHSS (National Institute of Health Stroke Score) à 2.'), []);
    // English words an English expansion of the glossary holds ('Kidney Disease: Improving Global Outcomes') are still English.
    assert.deepEqual(spelling('Atteinte du kidney droit, douleur du liver.').map((f) => f.fixes[0].edits[0].newText), ['rein', 'foie']);
    // English terms French keeps, a reference's journal, a gloss in English.
    assert.deepEqual(spelling('Kissing balloon, crazy paving, arbre en bourgeons (tree-in-bud), Lung-RADS 4A. Référence : Chest 2019;155:1009-18.'), []);
    assert.deepEqual(spelling('Martin P, Durand L. Abcès hépatique amibien. Liver Int. 2021 Feb;41(2):300-8.\nProtocole BLUE (Bedside Lung Ultrasound in Emergency).'), []);
    assert.deepEqual(spelling('Roux D. Kidney stones. BMJ Case Rep. 2021;14(3):e240123.\nLung nodules. Lung. 2020 Apr 12;198(2):45-52.'), []);
    // A citation inside a sentence leaves the rest of the sentence judged.
    const cited = spelling('Selon Dupont (Rev Prat 2019;12:45), la biopsie du kidney montre une nécrose tubulair. Comme Martin et al., hémoragie.');
    assert.deepEqual(cited.map((f) => f.data?.word), ['kidney', 'tubulair', 'hémoragie']);
    assert.deepEqual(spelling('Les lésions du liver décrites par Smith et al. sont rares.').map((f) => f.data?.word), ['liver']);
  });

  it('reports a date written with an English month, and gives it in French', () => {
    const [march, may] = spelling('Opéré on March 3, 2020, revu le 1 May 2021.');
    assert.equal(march.message, '«\u00a0March 3, 2020\u00a0» est une date écrite en anglais ; en français : «\u00a03 mars 2020\u00a0».');
    assert.equal(march.fixes[0].edits[0].newText, '3 mars 2020');
    assert.equal(may.fixes[0].edits[0].newText, '1er mai 2021');
    // English words on the line before are not the date's reference.
    assert.equal(spelling('Shortness of breath à l\'effort.\nAdmis le March 3, 2020.').filter((f) => f.data?.word === 'March 3, 2020').length, 1);
    // The date is a date: the rules on dates read it.
    assert.ok(lint('Hospitalisé le 3 March 2030.').some((f) => f.ruleId === 'date/future'));
  });

  it('suggests the accented word first, in the case of the word it replaces', () => {
    assert.equal(vocabulary().suggest('Hemorragie')[0], 'Hémorragie');
    assert.equal(vocabulary().suggest('pulmonnaire')[0], 'pulmonaire');
    assert.deepEqual(vocabulary().suggest('aggravationprogressive'), ['aggravation progressive']);
    assert.deepEqual(vocabulary().suggest('xqzwvt'), []);
  });

  it('suggests the eponym first for its known misspellings, capitalised', () => {
    assert.equal(vocabulary().suggest('Reynaud')[0], 'Raynaud');
    assert.equal(vocabulary().suggest('chron')[0], 'Crohn');
    assert.equal(new Set(vocabulary().suggest('alzeimer', 5)).size, vocabulary().suggest('alzeimer', 5).length);
  });

  it('accepts the words of the user dictionary and of the rule option, whatever their case', () => {
    const text = 'Patient suivi pour une lésion hépatique ; protocole Zorbulex, bilan tomoréactif.';
    assert.deepEqual(spelling(text).map((f) => f.data?.word), ['tomoréactif']);
    assert.deepEqual(spelling(text, { dictionary: ['Tomoréactif'] }), []);
    assert.deepEqual(spelling(text, { rules: { [ID]: ['info', { words: ['tomoréactif'] }] } }), []);
    assert.equal(spelling('Bilan tomoréactif.', { rules: { [ID]: ['info', { maxSuggestions: 0 }] } })[0].fixes.length, 0);
  });

  it('stays quiet on a line of gibberish or a foreign reference, and on replaced bytes', () => {
    assert.deepEqual(spelling('Zorgl bruvk flimsq dravtop quenzil.'), []);
    assert.deepEqual(spelling('Anamn\uFFFDse : RAS.'), []);
  });

  it('loads its vocabulary once, on first use', () => {
    vocabulary();
    const stats = vocabularyLoadStats();
    assert.ok(stats && stats.words > 400_000, 'the French dictionary and the lexicon are loaded');
  });

  it('keeps a note of many unknown words linear: suggestions for the first 100 only', () => {
    const words = Array.from({ length: 300 }, (_, i) => `zqw${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}mégalie`);
    const text = words.map((w) => `Le patient présente une ${w} franche.`).join('\n');
    const found = spelling(text);
    assert.equal(found.length, 300);
    // Read in text order: the first 100 words asked for are the ones searched.
    const counts = found.map((f) => f.fixes.length);
    assert.ok(counts.slice(100).every((n) => n === 0));
  });

  it('judges a word the same the first time and once remembered, past thousands of words', () => {
    // 6,000 distinct words (the table of words seen grows several times), then again from memory.
    const word = (i: number) => `zq${[...i.toString(26)].map((c) => String.fromCharCode(0x61 + parseInt(c, 26))).join('')}mégalie`;
    const text = Array.from({ length: 6000 }, (_, i) => `Une ${word(i)} ou une hépatomégalie.`).join('\n');
    const first = spelling(text, { rules: { [ID]: ['info', { maxSuggestions: 0 }] } }).map((f) => f.data?.word);
    const again = spelling(text, { rules: { [ID]: ['info', { maxSuggestions: 0 }] } }).map((f) => f.data?.word);
    assert.equal(first.length, 6000);
    assert.deepEqual(again, first);
    assert.deepEqual(first.slice(0, 2), [word(0), word(1)]);
  });

  it('gives no suggestion, and no crash, when their search fails after the lint', () => {
    const v = vocabulary();
    v.suggest = () => {
      throw new Error('search failed');
    };
    try {
      const [f] = spelling('Hospitalisé pour une hémoragie digestive.');
      assert.deepEqual(f.fixes, []);
    } finally {
      delete (v as Partial<typeof v>).suggest;
    }
  });

  it('searches suggestions when they are first asked for, once, and never for --fix', () => {
    const text = 'Hospitalisé pour une hémoragie digestive.';
    const v = vocabulary();
    let searches = 0;
    const suggest = v.suggest;
    v.suggest = (...args) => (searches++, suggest.apply(v, args));
    try {
      const [f] = spelling(text);
      assert.equal(f.fixesOnDemand, true);
      assert.equal(searches, 0, 'not searched while linting');
      assert.equal(applyFixes(text, [f]).applied, 0);
      assert.equal(searches, 0, 'not searched by --fix');
      assert.equal(f.fixes, f.fixes);
      assert.equal(searches, 1, 'searched once');
      assert.equal(JSON.parse(JSON.stringify(f)).fixes[0].edits[0].newText, 'hémorragie');
    } finally {
      delete (v as Partial<typeof v>).suggest;
    }
  });
});
