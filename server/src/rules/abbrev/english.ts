import { findAbbreviations, termAt } from '../../note/terms.js';
import { q } from '../format.js';
import { docsPath, replace, type Rule } from '../rule.js';

const ID = 'abbrev/english';

/** 'CPAP' in a French note, where clinicians write 'PPC'; 'CT' for 'TDM', 'PET' for 'TEP'. */
export const english: Rule = {
  meta: {
    id: ID,
    family: 'abbrev',
    defaultSeverity: 'hint',
    fixable: true,
    title: 'Acronyme anglais là où le français en a un autre',
    docs: docsPath(ID),
  },
  check(note, report) {
    const glossary = note.glossary;
    const english = glossary.english;
    for (const { range, form } of findAbbreviations(note, english)) {
      // A line all in capitals: its words are not acronyms.
      if (note.lineIsUpperCase(range.start)) continue;
      // Part of a longer form the glossary knows ('PET-scan' written as French writes it).
      const longer = termAt(note.text, range.start, glossary);
      if (longer && longer.range.end - longer.range.start > range.end - range.start) continue;
      const entry = english.get(form)!;
      const expansion = entry.senses.find((s) => s.english === form)?.expansion;
      report({
        range,
        message: `${q(form)} est l'acronyme anglais ; en français : ${q(entry.term)}${expansion ? ` (${expansion})` : ''}.`,
        fixes: [replace(`Écrire ${q(entry.term)}`, range, entry.term)],
      });
    }
  },
};
