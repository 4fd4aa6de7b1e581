import type { Range } from '../../findings.js';
import { rankSenses, type GlossaryEntry } from '../../knowledge/glossary.js';
import type { NoteModel } from '../../note/model.js';
import { findAbbreviations, paragraphWindow, termAt } from '../../note/terms.js';
import { q } from '../format.js';
import { docsPath, replace, type Report, type Rule } from '../rule.js';

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
    for (const { range, form } of englishAcronyms(note, english)) {
      // A line all in capitals: its words are not acronyms; a reference or an English quotation is written in English.
      if (note.lineIsUpperCase(range.start) || note.inForeignText(range.start)) continue;
      // The English form given as a gloss of the French one: 'IMC (BMI, body mass index)', '(DAI, ICD en anglais)'.
      if (glossOf(note.text, range.start, english.get(form)!.term)) continue;
      // Part of a longer form the glossary knows ('PET-scan' written as French writes it).
      const longer = termAt(note.text, range.start, glossary);
      if (longer && longer.range.end - longer.range.start > range.end - range.start) continue;
      // Another meaning the words around name ('CAP 320 dB/m' of a Fibroscan, 'TBI 12 Gy').
      if (OTHER_MEANING[form]?.test(note.foldedSlice(...paragraphWindow(note.text, range)))) continue;
      report(englishReport(withScan(note.text, range), form, english.get(form)!, APPLIED.has(form), note.text));
    }
    // An acronym French also uses for other things ('CT': chimiothérapie, cholestérol total, or the
    // English 'CT' for the scanner): English only where the words around point to that sense alone.
    const ambiguous = glossary.ambiguousForms;
    for (const { range, form } of findAbbreviations(note, ambiguous)) {
      const entry = ambiguous.get(form)!;
      const sense = entry.senses.find((s) => s.english === form);
      const french = sense && glossary.frenchFor(form);
      if (!french || note.lineIsUpperCase(range.start) || note.inForeignText(range.start)) continue;
      // 'CT scan' says which sense by itself; the bare letters, by the words around.
      const scan = withScan(note.text, range);
      const [first, second] = rankSenses(entry, note.foldedSlice(...paragraphWindow(note.text, range)));
      if (scan.end === range.end && (first.sense !== sense || first.score === 0 || second.score > 0)) continue;
      // Read from the context, not from the letters: offered, never applied by --fix.
      report(englishReport(scan, form, french, false, note.text));
    }
  },
};

/**
 * Where English acronyms are written, their English plural too ('NSAIDs', 'ICDs'): French writes
 * an acronym's plural without an 's' ('des AINS'). `form` is the acronym itself.
 */
function englishAcronyms(note: NoteModel, english: ReadonlyMap<string, unknown>): { range: Range; form: string }[] {
  const found: { range: Range; form: string }[] = [];
  for (const { range, text } of note.wordsWithCapital) {
    if (english.has(text)) found.push({ range, form: text });
    else if (text.length >= 4 && text.endsWith('s') && english.has(text.slice(0, -1)) && /^[A-Z]+$/.test(text.slice(0, -1))) found.push({ range, form: text.slice(0, -1) });
  }
  return found;
}

/** Is the acronym at `at` inside parentheses that follow, or hold, the French term? */
function glossOf(text: string, at: number, french: string): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  return before.slice(Math.max(0, open - 30), open).includes(french) || before.slice(open).includes(french);
}

/**
 * The English acronyms --fix replaces unseen: the common ones translations leave, which mean
 * nothing else in a French note and whose French acronym means one thing. Others are offered only:
 * 'CAP' is a Fibroscan measure and a French diploma, 'BAL' dimercaprol, 'TBI' a total body
 * irradiation; 'ICU' is as often 'réanimation' as 'USI', 'CABG' gives 'PAC', itself ambiguous.
 */
const APPLIED = new Set(['CPAP', 'MRI', 'HIV', 'AIDS', 'COPD', 'PET', 'ARDS', 'DVT', 'OSA', 'LVEF', 'AKI', 'CKD', 'TTE', 'TEE', 'WBC', 'CSF', 'AST', 'ALT', 'BMI', 'EKG', 'NSAID']);

/**
 * Words (folded) that name another meaning of an English acronym: the controlled attenuation
 * parameter of a Fibroscan ('CAP 320 dB/m'), a total body irradiation ('TBI 12 Gy'), dimercaprol,
 * the farmers' health insurer ('auprès de la MSA'), Swiss francs ('300 CHF').
 */
const OTHER_MEANING: Record<string, RegExp> = {
  CAP: /fibroscan|db\/m|elastometrie|titulaire\s+d['’]un\s+cap|diplome|cap\s+(?:de|d['’])\s*(?:cuisin|menuis|boulang|patiss|bouch|coiff|mecani|electric|plomb|macon|vente|petite\s+enfance|jardin|estheti|soud|carross|peint|charpent|serrur|agent)/,
  TBI: /(?<![a-z])gy(?![a-z])|irradiation\s+(?:corporelle\s+)?totale|conditionnement|allogreffe|greffe\s+de\s+(?:moelle|cellules\s+souches)/,
  BAL: /dimercaprol|(?:par|sous)\s+bal(?![a-z])|(?<![a-z])bal\s+(?:\d|en\s+im)/,
  MSA: /(?:aupres\s+de|de\s+la|a\s+la|par\s+la|affiliee?\s+(?:a\s+)?la)\s+msa(?![a-z])|mutualite|agricole|exploitant|agriculteur|maladie\s+professionnelle/,
  CHF: /\d\s*chf(?![a-z])|(?<![a-z])chf\s*\d|francs?(?:\s+suisses?)?|franchise|suisse|lamal/,
};

/** 'scan' written after an imaging acronym ('CT scan', 'PET scan'): the English name goes with it ('TDM', not 'TDM scan'). */
const SCAN_AFTER = /^\s?scan(?![\p{L}\d-])/u;

function withScan(text: string, range: Range): Range {
  const scan = SCAN_AFTER.exec(text.slice(range.end, range.end + 6));
  return scan ? { start: range.start, end: range.end + scan[0].length } : range;
}

function englishReport(range: Range, form: string, french: GlossaryEntry, preferred: boolean, text: string): Report {
  const expansion = french.senses.find((s) => s.english === form)?.expansion;
  const written = text.slice(range.start, range.end);
  return {
    range,
    message: `${q(written)} est ${written === form ? "l'acronyme anglais" : written === `${form}s` ? "l'acronyme anglais au pluriel" : 'anglais'} ; en français : ${q(french.term)}${expansion ? ` (${expansion})` : ''}.`,
    fixes: [replace(`Écrire ${q(french.term)}`, range, french.term, preferred)],
  };
}
