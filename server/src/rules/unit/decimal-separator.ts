import { isException } from '../../note/quantities.js';
import { DOTTED_DAY_MONTH } from '../../note/dates.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/decimal-separator';

/** After a day and month: an hour, which makes it a date ('Glasgow 16.03 à 8 h'). */
const AT_HOUR = /^\s+à\s+\d{1,2}\s?h(?![\p{L}])/u;

/** '2.5 mg' → '2,5 mg': French writes the decimal comma. */

export const decimalSeparator: Rule<{ allowPoint?: boolean; convention?: 'note' | 'stricte' }> = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: 'Point décimal au lieu de la virgule',
    docs: docsPath(ID),
    options: {
      type: 'object',
      properties: {
        allowPoint: { type: 'boolean', description: 'Accepter le point comme séparateur décimal.' },
        convention: {
          enum: ['note', 'stricte'],
          description: "note : signaler le point quand la note écrit d'ordinaire la virgule (au moins trois fois sur quatre) ; stricte : toujours.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowPoint: false, convention: 'stricte' },
  },
  check(note, report, options) {
    if (options.allowPoint) return;
    const { decimalPoints, decimalCommas } = note.conventions;
    if (options.convention === 'note' && !isException(decimalPoints, decimalCommas)) return;
    for (const quantity of note.quantities) {
      if (!quantity.unit.known) continue;
      for (const n of quantity.numbers) {
        // '1.500' may be thousands: not said here (unit/ambiguous-separator, in a dose).
        if (n.decimalSeparator !== '.' || n.thousands !== undefined || n.grouped) continue;
        // A day and month then an hour ('Glasgow 16.03 à 8 h : 14/15', 'admis le 16.03 à 8 h'): a date, not a decimal.
        if (DOTTED_DAY_MONTH.test(n.text) && AT_HOUR.test(note.text.slice(n.range.end, n.range.end + 12))) continue;
        // An English quotation or reference writes its decimals with a point (asked last: few numbers get here).
        if (note.inForeignText(n.range.start)) continue;
        const point = n.range.start + n.text.indexOf('.');
        const fixed = n.text.replace('.', ',');
        report({
          range: n.range,
          // '5.0': the zeros after the point are better left out (unit/trailing-zero, in a dose).
          message: /\.0+$/.test(n.text)
            ? `Séparateur décimal : en français, on écrit ${q(fixed)}, ou mieux ${q(n.text.replace(/\.0+$/, ''))}, sans zéro final.`
            : `Séparateur décimal : en français, on écrit ${q(fixed)}.`,
          fixes: [replace(`Écrire ${q(fixed)}`, { start: point, end: point + 1 }, ',')],
        });
      }
    }
  },
};
