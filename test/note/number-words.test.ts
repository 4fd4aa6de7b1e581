import { strict as assert } from 'node:assert';
import { numberBefore, numberInWords } from '../../server/src/note/number-words.js';

describe('numbers in words', () => {
  it('reads French numbers as notes write them, Belgian and Swiss ones too', () => {
    const cases: [string, number][] = [
      ['sept', 7], ['dix-huit', 18], ['trente et un', 31], ['soixante et onze', 71], ['soixante-dix-sept', 77],
      ['quatre-vingts', 80], ['quatre-vingt-deux', 82], ['quatre-vingt-dix-neuf', 99], ['cent deux', 102],
      ['deux cents', 200], ['cent vingt-trois', 123], ['septante-huit', 78], ['huitante', 80], ['nonante-deux', 92],
    ];
    for (const [words, value] of cases) assert.equal(numberInWords(words), value, words);
  });

  it('makes no number of words that are not one', () => {
    // 'deux-trois jours' is two or three days; 'vingt cent', 'sept dix' nothing.
    for (const words of ['deux-trois', 'deux trois', 'vingt cent', 'sept dix', 'trente quarante', 'ans']) assert.equal(numberInWords(words), undefined, words);
  });

  it('reads back the whole number that ends at a word, not a number word inside another word', () => {
    const before = (text: string) => numberBefore(text, text.length);
    assert.deepEqual(before('âgée de quatre-vingt-deux'), { start: 8, value: 82 });
    assert.deepEqual(before('homme de soixante et onze'), { start: 9, value: 71 });
    // The longest run that makes one number; after a space only ('deux-trois' is a vague count).
    assert.deepEqual(before('entre deux et trois'), { start: 14, value: 3 });
    assert.deepEqual(before('depuis deux-trois'), { start: 7 });
    assert.equal(before('un grand-deux'), undefined);
    assert.equal(before('homme de 67'), undefined);
    assert.equal(before('septembre'), undefined);
  });
});
