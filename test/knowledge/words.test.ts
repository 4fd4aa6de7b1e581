import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SortedWords, vocabulary } from '../../server/src/knowledge/spelling.js';
import { findWordsWithCapital } from '../../server/src/note/terms.js';
import { scanWords } from '../../server/src/note/text.js';

describe('word lists and word scanning', () => {
  it('finds every listed word, and no other, with and without its filter', () => {
    const words = ['abcès', 'adénopathie', 'aorte', 'cœur', 'hémorragie', 'œdème', 'rein', 'zona'].sort(); // code-unit order, as the build sorts
    const list = new SortedWords(words.join(' '), words.length);
    const absent = ['abces', 'adenopathie', 'aort', 'coeur', 'hémoragie', 'oedème', 'reins', 'zon', '', 'zonaa'];
    const check = () => {
      for (const w of words) assert.ok(list.has(w), w);
      for (const w of absent) assert.ok(!list.has(w), w);
    };
    check();
    list.useFilter();
    check();
  });

  it('lets every word of the built dictionary through its filter (a Bloom filter has no false negatives)', () => {
    const { words, count } = JSON.parse(readFileSync(new URL('../../../dist/dictionary/fr.json', import.meta.url), 'utf8')) as { words: string; count: number };
    const list = new SortedWords(words, count);
    list.useFilter();
    const missed = words.split(' ').filter((w) => !list.has(w));
    assert.deepEqual(missed.slice(0, 5), []);
    assert.equal(list.size, count);
  });

  it('still knows the whole dictionary once suggestions have built its filter', () => {
    const v = vocabulary();
    assert.deepEqual(v.suggest('hemorragie', 3)[0], 'hémorragie');
    for (const w of ['hémorragie', 'adénopathie', 'le', 'à', 'échographie', 'tumorectomie', 'cholécystectomie', "aujourd'hui"]) assert.ok(v.lists(w), w);
  });

  it('scans words with their inner joiners, letters of any script and marks', () => {
    const text = "L'adénopathie latéro-cervicale (TEP-TDM) -IR 5,2 e\u0301té 𝒜b";
    const words: string[] = [];
    scanWords(text, 0, text.length, "'-", (s, e) => words.push(text.slice(s, e)));
    assert.deepEqual(words, ["L'adénopathie", 'latéro-cervicale', 'TEP-TDM', 'IR', '5', '2', 'e\u0301té', '𝒜b']);
  });

  it('finds the words with a capital, hyphenated ones whole', () => {
    const text = "Le pT2N0 de l'IRM (TEP-TDM) ; IR-2 ; x-IR ; HbA1c à 7 %, -IR ; ir";
    assert.deepEqual(
      findWordsWithCapital(text).map((w) => w.text),
      ['Le', 'pT2N0', 'IRM', 'TEP-TDM', 'IR-2', 'x-IR', 'HbA1c'],
    );
  });
});
