import { followsSplitDecimalHead, mayBeThousands, type Quantity } from '../../note/quantities.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/trailing-zero';

/** '5,0 mg' → '5 mg': the trailing zero of a dose is misread as '50 mg' (ISMP list). */
export const trailingZero: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'error',
    fixable: true,
    title: "Zéro inutile après la virgule dans une dose",
    docs: docsPath(ID),
  },
  check(note, report) {
    const zeros = (n: Quantity['numbers'][number]): n is Quantity['numbers'][number] & { fraction: string } =>
      !!n.decimalSeparator && !!n.fraction && /^0+$/.test(n.fraction) && !n.leadingSeparator && !n.grouped;
    for (const quantity of note.quantities) {
      // Doses only: a measured value (a lab, a weight) keeps its precision (asked last: it reads the words before).
      if (!quantity.numbers.some(zeros) || !note.isDose(quantity)) continue;
      for (const n of quantity.numbers) {
        if (!zeros(n)) continue;
        // '1,000 mg' may be a thousand (unit/ambiguous-separator): '1 mg' would be a thousand times less.
        if (mayBeThousands(quantity, n)) continue;
        const cut = n.text.length - n.fraction.length - 1;
        const fixed = n.text.slice(0, cut);
        report({
          range: n.range,
          message: `Zéro après la virgule dans une dose : ${q(`${n.text} ${quantity.unit.text}`)} peut être lu ${q(`${fixed}${n.fraction} ${quantity.unit.text}`)}. Écrire ${q(`${fixed} ${quantity.unit.text}`)}.`,
          // '12, 5,0 mg' → '12, 5 mg' reads '12,5 mg' (a decimal split by a stray space): offered, not applied unseen.
          fixes: [replace(`Écrire ${q(fixed)}`, { start: n.range.start + cut, end: n.range.end }, '', !(fixed.length === 1 && followsSplitDecimalHead(note.text, n.range.start)))],
        });
      }
    }
  },
};
