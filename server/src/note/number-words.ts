/**
 * French numbers written in words, as dictated notes write ages: 'soixante-sept', 'soixante et
 * onze', 'quatre-vingt-deux', 'cent deux', and the Belgian and Swiss 'septante', 'huitante',
 * 'octante', 'nonante'. Pure.
 */

const SMALL: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const WORD = [...Object.keys(SMALL), ...Object.keys(TENS), 'cents', 'cent'].sort((a, b) => b.length - a.length).join('|');

/** A number in words (lower case), as a regex source without flags: number words joined by hyphens, 'et' or spaces, five at most. */
export const NUMBER_IN_WORDS = `(?:${WORD})(?:(?:-|\\s+et\\s+|\\s+)(?:${WORD})){0,4}(?![a-zà-öø-ÿœæ-])`;

/** The words a number in words may start with, for an anchored search ('un', 'une': too common, and 'un an' is no 'ans'). */
export const NUMBER_FIRST_WORDS = [...Object.keys(SMALL).filter((w) => w !== 'un' && w !== 'une'), ...Object.keys(TENS), 'cent'];

/**
 * The value of a number in words ('soixante-dix-sept' → 77), undefined when the words make no one
 * number: 'deux-trois jours' is two or three, 'vingt cent' nothing.
 */
export function numberInWords(written: string): number | undefined {
  let value = 0;
  let previous: string | undefined;
  /** What the last word was: units (one to sixteen), tens, hundreds. */
  let last: 'units' | 'tens' | 'hundreds' | undefined;
  for (const word of written.toLowerCase().split(/[-\s]+/)) {
    if (word === 'et') continue;
    if (word === 'cent' || word === 'cents') {
      if (last === 'tens' || last === 'hundreds') return undefined;
      value = (value || 1) * 100;
      last = 'hundreds';
    } else if ((word === 'vingt' || word === 'vingts') && previous === 'quatre') {
      // 'quatre-vingt(s)': four twenties.
      value += 76;
      last = 'tens';
    } else if (Object.hasOwn(TENS, word)) {
      if (last === 'tens' || last === 'units') return undefined;
      value += TENS[word];
      last = 'tens';
    } else if (Object.hasOwn(SMALL, word)) {
      // After units, only 'dix' then a unit ('soixante-dix-sept'), or 'quatre' before 'vingt'.
      if (last === 'units' && !(previous === 'dix' && SMALL[word] <= 9)) return undefined;
      value += SMALL[word];
      last = 'units';
    } else return undefined;
    previous = word;
  }
  return value > 0 ? value : undefined;
}
