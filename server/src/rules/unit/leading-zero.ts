import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/leading-zero';

/** ',5 mg' → '0,5 mg': without its zero the separator is missed and the dose read ten times higher. */
export const leadingZero: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'error',
    fixable: true,
    title: 'Zéro manquant avant la virgule',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      for (const n of quantity.numbers) {
        if (!n.leadingSeparator) continue;
        // '-,5': the zero goes after the sign.
        const sign = n.sign ?? '';
        const unsigned = n.text.slice(sign.length);
        const fixed = `${sign}0${unsigned.replace('.', ',')}`;
        // What a reader who misses the separator reads: ',05' is '5'.
        const misread = `${sign}${unsigned.slice(1).replace(/^0+(?=\d)/, '')}`;
        report({
          range: n.range,
          message: `Zéro manquant avant ${unsigned[0] === ',' ? 'la virgule' : 'le point'} : ${q(`${n.text} ${quantity.unit.text}`)} peut être lu ${q(`${misread} ${quantity.unit.text}`)}. Écrire ${q(`${fixed} ${quantity.unit.text}`)}.`,
          fixes: [replace(`Écrire ${q(fixed)}`, { start: n.range.start + sign.length, end: n.range.start + sign.length }, '0')],
        });
      }
    }
  },
};
