import { englishTailAfterUnit, englishUnitWord } from '../../knowledge/english.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/unknown';

/** 'mgr', 'kgs', 'cms', 'mmHgg': a misspelt unit after a number; 'days', 'units': an English word left by a translation. */
export const unknown: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: 'Unité inconnue après un nombre',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      for (const unit of quantity.numberUnits) {
        if (!unit || unit.known || !unit.suggestion) continue;
        if (!englishUnitWord(unit.text)) {
          report({
            range: unit.range,
            message: `Unité inconnue ${q(unit.text)} : s'agit-il de ${q(unit.suggestion)} ?`,
            fixes: [replace(`Remplacer par ${q(unit.suggestion)}`, unit.range, unit.suggestion)],
          });
          continue;
        }
        // The English word after it goes with it: '32 years old' → '32 ans', '3 days later' → '3 jours plus tard', '2 weeks ago' → 'il y a 2 semaines'.
        const after = englishTailAfterUnit(note.text, unit.range.end);
        const word = after?.word;
        const start = word === 'ago' ? quantity.range.start : unit.range.start;
        const range = { start, end: after?.end ?? unit.range.end };
        const french =
          word === 'ago' ? `il y a ${note.text.slice(start, unit.range.start)}${unit.suggestion}` : word === 'later' ? `${unit.suggestion} plus tard` : unit.suggestion;
        const english = note.text.slice(range.start, range.end);
        report({
          range,
          message: after
            ? `${q(english)} : des mots anglais, laissés par une traduction ; en français, ${q(french)}.`
            : `${q(english)} est un mot anglais, laissé par une traduction : en français, ${q(french)}.`,
          fixes: [replace(`Remplacer par ${q(french)}`, range, french)],
        });
      }
    }
  },
};
