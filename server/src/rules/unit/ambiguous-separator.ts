import type { UnitAtom } from '../../knowledge/units.js';
import type { NumberToken, Quantity } from '../../note/quantities.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/ambiguous-separator';

/** The thousands reading written the French way ('1 500'). */
function asThousands(value: number, sign = ''): string {
  const digits = String(value);
  return `${sign}${digits.slice(0, -3)} ${digits.slice(-3)}`;
}

/** The decimal reading written the French way, without its trailing zeros ('1,5', '1'). */
function asDecimal(n: NumberToken): string {
  const separator = n.text.search(/[.,]/);
  let end = n.fraction!.length;
  while (end > 0 && n.fraction![end - 1] === '0') end--;
  const fraction = n.fraction!.slice(0, end);
  return fraction ? `${n.text.slice(0, separator)},${fraction}` : n.text.slice(0, separator);
}

/**
 * The largest dose of a unit that a thousands reading may be: past it ('1,250 g' read 1 250 g,
 * '2.000 cp'), only the decimal reading is a dose, and the number is not ambiguous. Generous
 * bounds (a day's fluids, a loading dose), so that a real ambiguity is never missed.
 */
function thousandsCanBeDose(atom: UnitAtom, thousands: number): boolean {
  if (atom.dimension === 'dose-form') return false;
  switch (atom.canonical) {
    case 'g':
    case 'MUI':
    case 'Gy':
      return false;
    case 'mg':
      return thousands <= 100_000;
    case 'mL':
      return thousands <= 10_000;
    default:
      return true;
  }
}

/** Is this number of a dose ('1,500' in '1,500 mg') one that may also be read as thousands? */
export function mayBeThousands(quantity: Quantity, n: NumberToken): boolean {
  return n.thousands !== undefined && thousandsCanBeDose(quantity.unit.parts[0].atom, n.thousands);
}

/**
 * '1,500 mg', '1.000 mg': a dose with exactly three digits after a comma or a point. A French
 * reader takes the comma for a decimal (1,5 mg), but an English thousands separator left by a
 * translation means 1 500 mg; some notes group thousands with a point ('5.000 UI'), which others
 * read as a decimal. A thousandfold error either way: both readings are offered, neither applied
 * unseen. Doses only: a measured value ('3,250 kg', '150.000/mm³') is not misread into a treatment.
 * ('1 mg' for '1,000 mg' is what unit/trailing-zero would have offered: it leaves these alone.)
 */
export const ambiguousSeparator: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'error',
    fixable: false,
    title: 'Dose ambiguë : séparateur de milliers ou virgule décimale',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      if (!note.isDose(quantity)) continue;
      for (const n of quantity.numbers) {
        if (!mayBeThousands(quantity, n)) continue;
        const unit = quantity.unit.text;
        const thousands = asThousands(n.thousands!, n.sign);
        const decimal = asDecimal(n);
        const written = q(`${n.text} ${unit}`);
        const readings =
          n.decimalSeparator === ','
            ? `se lit ${q(`${decimal} ${unit}`)} en français, mais vaut ${q(`${thousands} ${unit}`)} si la virgule sépare les milliers (à l'anglaise, après une traduction)`
            : `vaut ${q(`${thousands} ${unit}`)} si le point sépare les milliers, ${q(`${decimal} ${unit}`)} s'il tient lieu de virgule`;
        report({
          range: n.range,
          message: `Dose ambiguë : ${written} ${readings}. Écrire la dose voulue sans ambiguïté.`,
          fixes: [replace(`Écrire ${q(thousands)} (milliers)`, n.range, thousands, false), replace(`Écrire ${q(decimal)} (décimale)`, n.range, decimal, false)],
          data: { thousands: n.thousands, decimal: n.value },
        });
      }
    }
  },
};
