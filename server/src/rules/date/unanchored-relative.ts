import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/unanchored-relative';

/** 'il y a 3 mois', 'hier', 'aujourd'hui' in a note that does not say when it was written. */
export const unanchoredRelative: Rule = {
  meta: {
    id: ID,
    family: 'date',
    defaultSeverity: 'info',
    fixable: false,
    title: 'Date relative au jour de rédaction, dans une note qui ne le donne pas',
    docs: docsPath(ID),
  },
  check(note, report) {
    if (note.referenceDate) return;
    // Only these words count from the day of writing: without them, no need to read the note's times.
    const lower = note.lowerText;
    if (!['y a', 'ya', 'hier', 'aujourd'].some((w) => lower.includes(w))) return;
    for (const e of note.timeExpressions) {
      // 'à ce jour', 'jusqu'à ce jour': 'so far', no event dated by it.
      if (e.kind !== 'relative' || !e.fromReference || /^ce\s+jour$/i.test(e.text)) continue;
      report({
        range: e.range,
        message: `${q(e.text)} se compte depuis le jour où la note a été écrite, qu'elle ne donne pas : le lecteur ne peut pas situer cette date. Écrire la date, ou dater la note (titre « Consultation du JJ/MM/AAAA » ou en-tête « date: AAAA-MM-JJ »).`,
      });
    }
  },
};
