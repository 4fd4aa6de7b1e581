import { englishUnitWord } from '../../knowledge/english.js';
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
        report({
          range: unit.range,
          message: englishUnitWord(unit.text)
            ? `${q(unit.text)} est un mot anglais, laissé par une traduction : en français, ${q(unit.suggestion)}.`
            : `Unité inconnue ${q(unit.text)} : s'agit-il de ${q(unit.suggestion)} ?`,
          fixes: [replace(`Remplacer par ${q(unit.suggestion)}`, unit.range, unit.suggestion)],
        });
      }
    }
  },
};
