import { mayBeThousands, type NumberToken } from '../../note/quantities.js';
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
      // The numbers first: whether the quantity is a dose reads the words before it.
      if (!quantity.numbers.some((n) => mayBeThousands(quantity, n)) || !note.isDose(quantity)) continue;
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
