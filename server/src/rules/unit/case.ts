import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/case';

/** After 'MG' counted, words of people ('3 MG différents', '4 MG et 2 IDE'); before the count, 'par', 'avec', 'successivement'. */
const PEOPLE_AFTER = /^\s+(?:différents|successifs|et\s+\d|dans\s+la|de\s+garde|traitants?|qui|ont)(?![\p{L}])/u;
const PEOPLE_BEFORE = /(?<![\p{L}])(?:par|avec|successivement|consulté)\s+$/u;

/** 'MG' → 'mg', 'Kg' → 'kg', 'mmhg' → 'mmHg', a count of cells in 'g/L' → 'G/L'; 'G/L', 'UI', 'mL' and 'ml' are right as written. */
export const unitCase: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: "Unité écrite avec une casse erronée",
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      // 'leucocytes 12 g/L': grams per litre for a count of cells, which is in 10⁹ per litre; the
      // reverse, 'albumine 35 G/L': billions per litre for a concentration by mass.
      const mention = note.analyteOf(quantity);
      const meant = mention?.caseSlipFor;
      if (meant && !note.lineIsUpperCase(quantity.unit.range.start)) {
        const count = meant.startsWith('G');
        report({
          range: quantity.unit.range,
          message: count
            ? `${q(quantity.unit.text)} (grammes par litre) pour une numération (${mention.analyte.label}) : écrire ${q(meant)} (milliards par litre).`
            : `${q(quantity.unit.text)} compte en milliards (« G ») une concentration en masse (${mention.analyte.label}) : écrire ${q(meant)}, en grammes.`,
          fixes: [replace(`Écrire ${q(meant)}`, quantity.unit.range, meant)],
        });
        continue;
      }
      for (const unit of quantity.numberUnits) {
        if (!unit) continue;
        for (const part of unit.parts) {
          if (!part.caseMismatch || note.lineIsUpperCase(unit.range.start + part.start)) continue;
          const range = unit.atomRange(part);
          const written = note.text.slice(range.start, range.end);
          // 'vu par 3 MG différents': general practitioners counted, not milligrams.
          if (written === 'MG' && (PEOPLE_AFTER.test(note.text.slice(range.end, range.end + 20)) || PEOPLE_BEFORE.test(note.text.slice(Math.max(0, quantity.range.start - 12), quantity.range.start)))) continue;
          // The accepted form this one differs from only by case ('CC' → 'cc', 'ML' → 'mL').
          const sameLetters = part.atom.forms.find((f) => f.toLowerCase() === written.toLowerCase() && !f.startsWith('u'));
          const right = sameLetters ?? part.atom.canonical;
          report({
            range,
            message: `L'unité ${q(written)} s'écrit ${q(right)}.`,
            fixes: [replace(`Écrire ${q(right)}`, range, right)],
          });
        }
      }
    }
  },
};
