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
/** The number words, each alone (a regex finds one, `numberBefore` the whole number it ends). */
export const NUMBER_WORDS = [...Object.keys(SMALL), ...Object.keys(TENS), 'cents', 'cent'];
const IS_NUMBER_WORD = new Set(NUMBER_WORDS);
const LETTER = /[a-zà-öø-ÿœæ]/;

/**
 * The number in words that ends at `end` of the lower-cased text, its words joined by hyphens,
 * spaces or 'et' ('vingt-deux', 'soixante et onze', 'cent deux'), read backwards word by word:
 * where it starts and what it is worth, the longest run of words that makes one number ('entre deux
 * et trois ans': 'trois'), no value when they make none ('deux-trois'); undefined when no number
 * word ends there, or one ends a longer word ('grand-deux').
 */
export function numberBefore(lower: string, end: number): { start: number; value?: number } | undefined {
  /** The starts of the run's number words, the last word's first. */
  const starts: number[] = [];
  let at = end;
  for (let words = 0; words < 6; words++) {
    let from = at;
    while (from > 0 && LETTER.test(lower[from - 1])) from--;
    const word = lower.slice(from, at);
    if (!IS_NUMBER_WORD.has(word) && !(word === 'et' && starts.length > 0)) break;
    if (word !== 'et') starts.push(from);
    // Joined by a hyphen or a space: the word before may belong to the number.
    if (lower[from - 1] !== '-' && lower[from - 1] !== ' ') break;
    at = from - 1;
  }
  const first = starts[starts.length - 1];
  if (first === undefined || lower[first - 1] === '-') return undefined;
  for (let i = starts.length - 1; i >= 0; i--) {
    // A shorter run only after a space: 'trois' of 'entre deux et trois', not of 'deux-trois'.
    if (i < starts.length - 1 && lower[starts[i] - 1] !== ' ') continue;
    const value = numberInWords(lower.slice(starts[i], end));
    if (value !== undefined) return { start: starts[i], value };
  }
  // Number words that make no one number ('deux-trois'): a count all the same, an uncertain one.
  return { start: first };
}

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
