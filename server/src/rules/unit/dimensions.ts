import type { UnitToken } from '../../note/quantities.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/dimensions';

const SIZE_DIMENSIONS = new Set(['length', 'area', 'volume']);

/** A size with more than three numbers, mixed units inside one size, or a size in a unit that is not a length. */
/** Fractions of a radiotherapy course, at most (hyperfractionated schemes reach about forty). */
const MAX_FRACTIONS = 50;

export const dimensions: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Taille incohérente (plus de trois dimensions, unités mêlées ou non métriques)',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      if (quantity.kind !== 'size' || !quantity.unit.known) continue;
      const written = note.text.slice(quantity.range.start, quantity.range.end);
      const n = quantity.numbers.length;
      if (n > 3) {
        report({
          range: quantity.range,
          message: `Taille à ${n} dimensions ${q(written)} : un volume en a trois au plus ; une dimension est en trop ou un séparateur manque.`,
        });
        continue;
      }
      const units = quantity.numberUnits.filter((u): u is UnitToken => u !== undefined && u.known);
      const distinct = [...new Set(units.map((u) => u.canonical))];
      if (distinct.length > 1) {
        report({
          range: quantity.range,
          message: `Unités différentes dans une même taille ${q(written)} (${distinct.join(', ')}) : exprimer toutes les dimensions dans la même unité.`,
        });
        continue;
      }
      const first = quantity.unit.parts[0];
      if (!first || SIZE_DIMENSIONS.has(first.atom.dimension) || quantity.unit.dimension.includes('/')) continue;
      // '2 x 500 mg' is a dose taken twice, not a size; '25 x 2 Gy', radiotherapy in 25 fractions.
      const leading = quantity.numbers[0];
      const times = first.atom.canonical === 'Gy' ? MAX_FRACTIONS : 10;
      if (n === 2 && Number.isInteger(leading.value) && leading.value <= times && !leading.decimalSeparator) continue;
      report({
        range: quantity.unit.range,
        message: `Taille ${q(written)} exprimée en ${q(quantity.unit.text)} : une taille s'exprime en unité de longueur (mm, cm).`,
        fixes: ['mm', 'cm'].map((u) => replace(`Remplacer par ${q(u)}`, quantity.unit.range, u, false)),
      });
    }
  },
};
