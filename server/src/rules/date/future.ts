import { dateAfter } from '../../note/dates.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/future';

const frenchDay = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;

/** A date after the day the note was written (front matter, configuration, else today). */
export const futureDate: Rule = {
  meta: {
    id: ID,
    family: 'date',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Date postérieure à la rédaction de la note',
    docs: docsPath(ID),
  },
  check(note, report) {
    const reference = note.referenceDate;
    const ref = reference ?? new Date();
    const label = reference ? `la date de la note (${frenchDay(ref)})` : `aujourd'hui (${frenchDay(ref)})`;
    for (const d of note.dates) {
      if (d.invalid || !dateAfter(d, ref) || note.toldAsPlanned(d)) continue;
      report({ range: d.range, message: `${q(d.text)} est postérieure à ${label} : date future ?` });
    }
  },
};
