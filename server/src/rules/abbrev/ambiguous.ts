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
const ROUTE = /^(?:sous-cutané|intraveineu|intramusculaire|intradermique|intrathécal|sous-lingual|per os|voie orale|orale)/;

/** Abbreviations whose common sense is a clause of its own ('RAS': rien à signaler). */
const ALONE_IN_CLAUSE = new Set(['RAS']);

/** How far on each side of the abbreviation its list is read. */
const NEAR = 40;
/** An item of a list of tests: an abbreviation alone or with its value ('NFS', 'TP', 'HbA1c', 'RE 90 %'). */
const ABBREVIATION_ITEM = /^[A-Z][A-Za-z0-9-]{1,7}(?:\s?[:=]?\s?[<>]?\d[\d,.]*\s?%?)?$/;

/** The clause holding the abbreviation in its `sentence`, up to NEAR characters each way: to the nearest comma, semicolon, colon or parenthesis. */
function clauseAround(text: string, range: Range, sentence: Range): string {
  const before = text.slice(Math.max(sentence.start, range.start - NEAR), range.start);
  const after = text.slice(range.end, Math.min(sentence.end, range.end + NEAR));
  const cut = Math.max(...[',', ';', ':', '(', ')'].map((c) => before.lastIndexOf(c)));
  const ends = [',', ';', '(', ')'].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  return before.slice(cut + 1) + after.slice(0, ends.length ? Math.min(...ends) : after.length);
}

/**
 * The abbreviations listed right before and after the one at `range`, in its sentence, separated by
 * commas, semicolons, slashes, parentheses or 'et' ('(NFS, TP et TCA)': 'TP'), and, when the list is
 * in parentheses, what they qualify ('PIO 14/16 mmHg (OD/OG)'); not the words of a clause ('40 mg/j
 * pour une IM', 'Ancien fumeur, il décrit une PA').
 */
function listedWith(text: string, range: Range, sentence: Range): string[] {
  const from = Math.max(sentence.start, range.start - NEAR);
  const items = (start: number, end: number) => text.slice(start, end).split(/[,;()/]|\bet\b/).map((s) => s.trim());
  const before = items(from, range.start);
  const after = items(range.end, Math.min(sentence.end, range.end + NEAR));
  // The abbreviation must be an item of its own: nothing else before or after it in its item.
  if (before[before.length - 1] !== '' || after[0] !== '') return [];
  const listed = [before[before.length - 2], after[1]].filter((s): s is string => s !== undefined && ABBREVIATION_ITEM.test(s));
  const open = text.lastIndexOf('(', range.start);
  if (open >= from && !text.slice(open, range.start).includes(')')) listed.push(text.slice(from, open));
  return listed;
}

/** A sense's expansions as notes write them: as the glossary does, and in the plural ('Réunions de concertation pluridisciplinaire(s)'). */
const expansions = (entry: GlossaryEntry) => entry.senses.flatMap((s) => (s.expansion ? [s.expansion, ...plurals(s.expansion)] : []));

/** The plural of a phrase: its noun, and its noun and last word ('insuffisances rénales'); nothing for one word. */
function plurals(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.length < 2) return [];
  const plural = (w: string) => (/[sxz]$/.test(w) ? w : /(?:al|au|eu)$/.test(w) ? w.replace(/al$/, 'au') + 'x' : `${w}s`);
  const first = [plural(words[0]), ...words.slice(1)];
  return [first.join(' '), [...first.slice(0, -1), plural(words[words.length - 1])].join(' ')];
}

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
      // The unit of a number ('tabac 30 PA': paquets-années): its sense is the unit's. In a
      // reference or an English quotation, letters are an author's initials ('Rupprecht CE') or English.
      if (inRanges(note.unitRanges, range.start) || note.inForeignText(range.start)) continue;
      // Only the first use: once the reader has asked, the later ones add nothing.
      if (seen.has(entry)) continue;
      seen.add(entry);
      if (explained(note.text, range, expansions(entry), note.foldedSlice(0, Math.min(note.text.length, range.end + 80)))) continue;
      // The words around it, in its paragraph, decide when they point to one sense only ('IR … créatinine').
      const around = note.foldedSlice(...paragraphWindow(note.text, range));
      const ranked = rankSenses(entry, around);
      // One sense alone, or twice the words of any other ('IRC stade 3a (DFG 52 mL/min)' in a list that also says 'BPCO').
      if (ranked[0].score > 0 && (ranked[1].score === 0 || ranked[0].score >= 2 * ranked[1].score)) continue;
      // Or the abbreviations listed with it, or the words of its own clause, name one sense only,
      // whatever the rest of the paragraph says ('NFS, TP et TCA', 'mutations RAS et BRAF').
      const onlyOne = (words: string) => {
        const near = rankSenses(entry, foldSameLength(words.toLowerCase()));
        return near[0].score > 0 && near[1].score === 0;
      };
      const sentence = sentenceAt(note.text, range.start);
      if (onlyOne(listedWith(note.text, range, sentence).join(' ')) || onlyOne(clauseAround(note.text, range, sentence))) continue;
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
