import type { Quantity } from '../../note/quantities.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/imperial';

/** Imperial units and their metric counterpart (exact factors: 1 lb = 0.45359237 kg; °C = (°F − 32) × 5/9). */
const METRIC: Record<string, { said: string; unit: string; convert: (v: number) => number; digits: number }> = {
  lb: { said: "est en livres, une unité anglo-saxonne qu'un lecteur français prend pour des kilogrammes", unit: 'kg', convert: (v) => v * 0.45359237, digits: 1 },
  livres: {
    said: "est un poids en livres anglo-saxonnes (0,454 kg, non les 500 g de la livre française), laissé par une traduction : en France, le poids s'écrit en kilogrammes",
    unit: 'kg',
    convert: (v) => v * 0.45359237,
    digits: 1,
  },
  '°F': { said: "est en degrés Fahrenheit, une unité anglo-saxonne qu'un lecteur français prend pour des degrés Celsius", unit: '°C', convert: (v) => ((v - 32) * 5) / 9, digits: 1 },
};

/** A French number with at most `digits` decimals ('68', '38,3'). */
function french(value: number, digits: number): string {
  return String(Number(value.toFixed(digits))).replace('.', ',');
}

/**
 * A weight in pounds or a temperature in degrees Fahrenheit: left by a translation from English,
 * read as kilograms or degrees Celsius by a French reader (a weight more than twice too high, a
 * fever of 101). The value in metric units is offered, never applied unseen (it is rounded).
 */
export const imperial: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Unité anglo-saxonne dans une note française',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      const { parts } = quantity.unit;
      const first = parts[0];
      const metric = parts.length === 1 && !first.denominator ? METRIC[first.atom.canonical] : undefined;
      if (!metric) continue;
      // '3 livres' are books unless a weight is spoken of just before ('pesait 154 livres').
      if (first.atom.word && !WEIGHT_WORD.test(clauseBefore(note.foldedSlice(Math.max(0, quantity.range.start - 60), quantity.range.start)))) continue;
      const written = note.text.slice(quantity.range.start, quantity.range.end);
      const converted = quantity.numbers.map((n) => french(metric.convert(n.value), metric.digits));
      const value = converted.join(quantity.kind === 'range' ? ' à ' : ' x ');
      report({
        range: quantity.unit.atomRange(first),
        message: `${q(written)} ${metric.said} ; soit ${q(`${value} ${metric.unit}`)}.`,
        fixes: single(quantity) ? [replace(`Écrire ${q(`${converted[0]} ${metric.unit}`)}`, quantity.range, `${converted[0]} ${metric.unit}`, false)] : [],
      });
    }
  },
};

/** Words of a weight (folded: no accents), looked for before a number of 'livres'. */
const WEIGHT_WORD = /(?:^|[^a-z])(?:poids|pese|pesait|pesant|pesee?|perte|perdu|pris|gagne|prise|kilos?)(?![a-z])/;

/** The end of `text` from its last sentence or clause break. */
function clauseBefore(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf(';'), text.lastIndexOf('!'), text.lastIndexOf('?')) + 1);
}

/** One number with its unit: the whole quantity can be rewritten (a comparator before it stays). */
function single(quantity: Quantity): boolean {
  return quantity.kind === 'single' && quantity.numbers.length === 1;
}
