import type { Range } from '../../findings.js';
import { rankSenses, type GlossaryEntry } from '../../knowledge/glossary.js';
import { findAbbreviations, paragraphWindow } from '../../note/terms.js';
import { foldSameLength, inRanges, sentenceAt } from '../../note/text.js';
import { q } from '../format.js';
import { docsPath, replace, type Rule } from '../rule.js';

const ID = 'abbrev/ambiguous';
const VALUE_AFTER = /^\s*(?:(?:à|a|de|:|=)\s*)?(?:\d|[IV]{1,4}(?![\p{L}\p{N}]))/u;

/** A dose just before ('0,4 mL SC', '1 g en IV', '10 UI par voie SC'): the abbreviation is its route. */
const DOSE_BEFORE =
  /\d\s*(?:mg|g|µg|mcg|ml|mL|UI|ui|U|cp|gouttes?|ampoules?|flacons?)(?:\/(?:kg|\d*\s?(?:h|jour|j))){0,3}(?:\s+x\s*\d+(?:\/j|\s*\/\s*j(?:our)?)?)?\s+(?:(?:en|par\s+voie|voie)\s+)?$/u;
const ROUTE = /^(?:sous-cutané|intraveineu|intramusculaire|intradermique|intrathécal|sous-lingual|per os)/;

/** Abbreviations whose common sense is a clause of its own ('RAS': rien à signaler). */
const ALONE_IN_CLAUSE = new Set(['RAS']);

/** How far on each side of the abbreviation, in its sentence, its neighbours are read. */
const NEAR = 40;

const expansions = (entry: GlossaryEntry) => entry.senses.map((s) => s.expansion).filter((e): e is string => !!e);

/**
 * Has the author said what the abbreviation stands for? A sense's expansion earlier in the note
 * or right after it; or words then the abbreviation in parentheses ('réflexes cutanéoplantaires
 * (RCP)'), or the abbreviation then words in parentheses ('IR (rénale)'): the author's own
 * wording, whatever the glossary's.
 */
function explained(text: string, range: Range, list: string[], foldedUpTo: string): boolean {
  if (list.some((e) => foldedUpTo.includes(foldSameLength(e.toLowerCase())))) return true;
  const before = text.slice(Math.max(0, range.start - 6), range.start).trimEnd();
  if (before.endsWith('(') && /\p{L}/u.test(before.slice(0, -1).trimEnd().slice(-1)) && /^\s*\)/.test(text.slice(range.end, range.end + 3))) return true;
  return /^\s*\(\s*\p{L}{3}/u.test(text.slice(range.end, range.end + 12));
}

/** 'IR' (insuffisance rénale ? respiratoire ?) with no expansion earlier in the note. */
export const ambiguous: Rule = {
  meta: {
    id: ID,
    family: 'abbrev',
    defaultSeverity: 'info',
    fixable: false,
    title: 'Abréviation ambiguë jamais développée',
    docs: docsPath(ID),
  },
  check(note, report) {
    const glossary = note.glossary;
    const entryOf = glossary.ambiguousForms;
    const seen = new Set<object>();
    for (const { range, form } of findAbbreviations(note, entryOf)) {
      const entry = entryOf.get(form)!;
      // The unit of a number ('tabac 30 PA': paquets-années): its sense is the unit's.
      if (inRanges(note.unitRanges, range.start)) continue;
      // Only the first use: once the reader has asked, the later ones add nothing.
      if (seen.has(entry)) continue;
      seen.add(entry);
      if (explained(note.text, range, expansions(entry), note.foldedSlice(0, Math.min(note.text.length, range.end + 80)))) continue;
      // The words around it, in its paragraph, decide when they point to one sense only ('IR … créatinine').
      const around = note.foldedSlice(...paragraphWindow(note.text, range));
      const ranked = rankSenses(entry, around);
      // One sense alone, or twice the words of any other ('IRC stade 3a (DFG 52 mL/min)' in a list that also says 'BPCO').
      if (ranked[0].score > 0 && (ranked[1].score === 0 || ranked[0].score >= 2 * ranked[1].score)) continue;
      // Or its neighbours in its sentence name one sense only, whatever the rest of the paragraph says ('TP et TCA').
      const sentence = sentenceAt(note.text, range.start);
      const near = rankSenses(entry, note.foldedSlice(Math.max(sentence.start, range.start - NEAR), Math.min(sentence.end, range.end + NEAR)));
      if (near[0].score > 0 && near[1].score === 0) continue;
      // A clause of its own ('Examen : RAS', 'Nuit calme, RAS.'): the words of a report, not a gene.
      if (ALONE_IN_CLAUSE.has(form) && /(?:^|[:;,.(\n])[^\S\n]*$/.test(note.text.slice(Math.max(0, range.start - 12), range.start)) && /^[^\S\n]*(?:[.,;)]|$)/m.test(note.text.slice(range.end, range.end + 4))) continue;
      // A value right after it says what was measured or graded ('PA à 110/70 mmHg', 'ASA III').
      if (VALUE_AFTER.test(note.text.slice(range.end, range.end + 12))) continue;
      if (entry.senses.some((sense) => ROUTE.test(sense.expansion ?? '')) && DOSE_BEFORE.test(note.text.slice(Math.max(0, range.start - 24), range.start))) continue;
      const meanings = ranked.map((r) => r.sense.expansion ?? r.sense.definition).map(q);
      report({
        range,
        message: `${q(form)} est ambigu : ${meanings.slice(0, -1).join(', ')} ou ${meanings[meanings.length - 1]} ? Le développer à sa première occurrence.`,
        fixes: ranked
          .filter((r) => r.sense.expansion)
          .map((r) => replace(`Écrire ${q(`${r.sense.expansion} (${form})`)}`, range, `${r.sense.expansion} (${form})`, false)),
      });
    }
  },
};
