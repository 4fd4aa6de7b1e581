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
    for (const d of note.dates) {
      // After an addendum or a later visit the note records, the day that part was written.
      const ref = note.writtenBy(d.range.start) ?? new Date();
      // (A date quoted from an English report may be written month first: not read.)
      if (d.invalid || !dateAfter(d, ref) || note.toldAsPlanned(d) || note.inForeignText(d.range.start)) continue;
      const label = !reference ? `aujourd'hui (${frenchDay(ref)})` : ref === reference ? `la date de la note (${frenchDay(ref)})` : `la date du suivi écrit avant elle (${frenchDay(ref)})`;
      report({ range: d.range, message: `${q(d.text)} est postérieure à ${label} : date future ?` });
    }
  },
};
