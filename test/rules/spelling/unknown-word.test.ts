import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';
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

  it('suggests the accented word first, in the case of the word it replaces', () => {
    assert.equal(vocabulary().suggest('Hemorragie')[0], 'Hémorragie');
    assert.equal(vocabulary().suggest('pulmonnaire')[0], 'pulmonaire');
    assert.deepEqual(vocabulary().suggest('aggravationprogressive'), ['aggravation progressive']);
    assert.deepEqual(vocabulary().suggest('xqzwvt'), []);
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
    assert.ok(found.slice(100).every((f) => f.fixes.length === 0));
  });
});
