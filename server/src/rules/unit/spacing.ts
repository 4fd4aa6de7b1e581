import { gluedUnit, isException } from '../../note/quantities.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/spacing';

/** '400mg' → '400 mg'. */
export const spacing: Rule<{ space?: 'normale' | 'insecable'; convention?: 'note' | 'stricte' }> = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: "Espace manquante entre un nombre et son unité",
    docs: docsPath(ID),
    options: {
      type: 'object',
      properties: {
        space: { enum: ['normale', 'insecable'], description: 'Espace insérée : normale ou insécable.' },
        convention: {
          enum: ['note', 'stricte'],
          description:
            "note : signaler les unités collées quand la note sépare d'ordinaire les siennes (au moins trois sur quatre) ; stricte : toujours.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { space: 'normale', convention: 'stricte' },
  },
  check(note, report, options) {
    const space = options.space === 'insecable' ? '\u00a0' : ' ';
    const { gluedUnits, spacedUnits } = note.conventions;
    if (options.convention === 'note' && !isException(gluedUnits, spacedUnits)) return;
    for (const quantity of note.quantities) {
      quantity.numbers.forEach((n, i) => {
        const unit = gluedUnit(quantity, i);
        if (!unit || unit.range.start !== n.range.end) return;
        const first = unit.parts[0];
        const written = note.text.slice(n.range.start, unit.range.end);
        const fixed = `${n.text}${space}${unit.text}`;
        report({
          range: { start: n.range.start, end: unit.partRange(first).end },
          message: `Espace manquante entre le nombre et l'unité : écrire ${q(fixed.replace('\u00a0', ' '))}.`,
          fixes: [replace(`Insérer une espace : ${q(fixed.replace('\u00a0', ' '))}`, { start: n.range.end, end: n.range.end }, space)],
          data: { written },
        });
      });
    }
  },
};
