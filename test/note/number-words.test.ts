import { strict as assert } from 'node:assert';
import { NUMBER_IN_WORDS, numberInWords } from '../../server/src/note/number-words.js';

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

  it('finds a whole number in words, not the start of a longer word', () => {
    const re = new RegExp(`^${NUMBER_IN_WORDS}`);
    assert.equal(re.exec('soixante-dix-sept ans')?.[0], 'soixante-dix-sept');
    assert.equal(re.exec('quatre-vingt-deux ans')?.[0], 'quatre-vingt-deux');
    assert.equal(re.exec('septembre'), null);
  });
});
