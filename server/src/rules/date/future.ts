import type { DateMention } from '../../note/dates.js';
import type { NoteModel } from '../../note/model.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/future';

/** Words that announce a planned event: a later date is then expected. */
const PLANNED = /(?<![\p{L}])(?:prévue?s?|programmée?s?|planifiée?s?|prochaine?s?|à\s+revoir|rendez-vous|rdv|sera|seront|jusqu['’](?:en|au)|à\s+partir|d['’]ici|prévision|envisagée?s?|reconvoquée?)(?![\p{L}])/iu;

/** Is the date told as planned ('rendez-vous le 15/01/2027', 'contrôle prévu en mars 2027'), by the words before it in its clause? */
export function toldAsPlanned(note: NoteModel, d: DateMention): boolean {
  const line = note.index.lines[note.index.lineAt(d.range.start)];
  const before = note.text.slice(Math.max(line.start, d.range.start - 80), d.range.start);
  return PLANNED.test(before.slice(before.search(/[.;!?](?!\d)[^.;!?]*$/) + 1));
}

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
    const [ry, rm, rd] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()];
    const label = reference ? `la date de la note (${frenchDay(ref)})` : `aujourd'hui (${frenchDay(ref)})`;
    for (const d of note.dates) {
      if (d.invalid) continue;
      const later =
        d.year > ry ||
        (d.year === ry && d.month !== undefined && (d.month > rm || (d.month === rm && d.day !== undefined && d.day > rd)));
      if (!later || toldAsPlanned(note, d)) continue;
      report({ range: d.range, message: `${q(d.text)} est postérieure à ${label} : date future ?` });
    }
  },
};
