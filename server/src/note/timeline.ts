/**
 * The case's timeline: each date the note tells (absolute, or relative and resolved), with the
 * sentence it dates. Read by the outline, the 'Chronologie' view and the date hover.
 */
import type { Range } from '../findings.js';
import type { NoteModel } from './model.js';
import { sentenceAt } from './text.js';
import type { TimeExpression } from './timex.js';

export interface TimelineEvent {
  /** The date as written ('12/03/2010', 'deux mois plus tard'). */
  text: string;
  range: Range;
  /** ISO-like ('2010-03-12', '2010-03', '2010'). */
  value: string;
  /** The sentence it dates. */
  sentence: Range;
  /** The sentence's first words, without the date ('biopsie du nodule'). */
  label: string;
  expression: TimeExpression;
}

const MAX_LABEL_WORDS = 8;

/** Dated events in the order of the text. */
export function timeline(note: NoteModel): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const e of note.timeExpressions) {
    if (e.value === undefined || (e.kind !== 'date' && e.kind !== 'relative')) continue;
    const section = note.sectionAt(e.range.start);
    const sentence = sentenceAt(note.text, e.range.start, section && section.titleRange.end <= e.range.start ? section.titleRange.end : 0);
    // The words around the date, without the little words that introduced it ('en 2009', 'le 12/03').
    const before = note.text.slice(sentence.start, e.range.start).replace(/(?:^|\s)(?:le|en|au|du|depuis|dès|à|a|jusqu['’]en|l['’]année)\s*$/i, '');
    const words = (before + ' ' + note.text.slice(e.range.end, sentence.end))
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:.]*(?:(?:le|en|au|du|depuis|à|a)\s*[,;:]?\s*)?[\s,;:]*/i, '')
      // (?<!\s): from the first space of a run only (from each of them, a long run is quadratic).
      .replace(/(?<!\s)\s+([,;:.])/g, '$1')
      .trim()
      .split(' ');
    const label = words.slice(0, MAX_LABEL_WORDS).join(' ').replace(/[,;:.]$/, '') + (words.length > MAX_LABEL_WORDS ? ' …' : '');
    out.push({ text: e.text, range: e.range, value: e.value, sentence, label, expression: e });
  }
  return out;
}

/** The same events in date order ('2010' before '2010-03' before '2010-03-12'), the text's order among equals. */
export function byDate(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.value < b.e.value ? -1 : a.e.value > b.e.value ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
