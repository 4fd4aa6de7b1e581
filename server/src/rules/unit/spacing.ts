import { docsPath, replace, type Rule } from '../rule.js';
import { q } from './format.js';

const ID = 'unit/spacing';

/** '400mg' → '400 mg'. */
export const spacing: Rule<{ space?: 'normale' | 'insecable' }> = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: "Espace manquante entre un nombre et son unité",
    docs: docsPath(ID),
    options: {
      type: 'object',
      properties: { space: { enum: ['normale', 'insecable'], description: "Espace insérée : normale ou insécable." } },
      additionalProperties: false,
    },
    defaultOptions: { space: 'normale' },
  },
  check(note, report, options) {
    const space = options.space === 'insecable' ? '\u00a0' : ' ';
    for (const quantity of note.quantities) {
      quantity.numbers.forEach((n, i) => {
        const unit = quantity.numberUnits[i];
        if (!unit || !unit.known || unit.multiplier || unit.range.start !== n.range.end) return;
        const first = unit.parts[0];
        if (!first || first.denominator || !first.atom.spaced) return;
        const written = note.text.slice(n.range.start, unit.range.end);
        const fixed = `${n.text}${space}${unit.text}`;
        report({
          range: { start: n.range.start, end: first.range.end },
          message: `Espace manquante entre le nombre et l'unité : écrire ${q(fixed.replace('\u00a0', ' '))}.`,
          fixes: [replace(`Insérer une espace : ${q(fixed.replace('\u00a0', ' '))}`, { start: n.range.end, end: n.range.end }, space)],
          data: { written },
        });
      });
    }
  },
};
