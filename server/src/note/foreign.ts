/**
 * Text of another kind than the note's French prose, found line by line: bibliographic
 * references ('Talan DA. … N Engl J Med. 1999;340(2):85-92. doi:…') and quotations in another
 * language ('Compte rendu cité : "AFB and GMS stains are negative."'). Their words, acronyms,
 * units and dates are written as their language and their kind write them: the rules that judge
 * the note's French leave them alone (NoteModel.inForeignText).
 */
import type { Range } from '../findings.js';
import { ENGLISH } from '../knowledge/english.js';

/** A bibliographic reference: year (month) ; or , volume (issue) : pages ('2019;155:1009-18', '2021 Feb;41(2):300', '2020, 198: 45', '2010;59(RR-2):1-9'). */
export const REFERENCE = /(?:19|20)\d\d(?:\s[A-Z][a-z]{2,8}(?:\s\d{1,2})?)?\s?[;,]\s?\d+(?:\s?\([A-Za-z]{0,5}-?\d+\))?\s?:\s?e?\d/;

/** A line that long is prose that cites, not a reference: only its citations are left out. */
const REFERENCE_LINE = 300;

/** What a reference may end with after its pages: its DOI, PMID or address ('doi:10.1056/NEJM…', 'PMID: 12345678'). */
const IDENTIFIERS = /(?:doi|pmid|pmcid)\s?:?\s?\S+|https?:\/\/\S+/gi;

/** A reference on a line of its own: short, and ending with its volume and pages, or its identifiers after them (a citation inside prose is followed by more). */
export function isReferenceLine(lineText: string): boolean {
  if (lineText.length > REFERENCE_LINE) return false;
  const m = REFERENCE.exec(lineText);
  return m !== null && lineText.slice(m.index + m[0].length).replace(IDENTIFIERS, '').length <= 24;
}

/**
 * Quotations of a line in another language: English ('"No cardiac involvement on cardiac MRI"',
 * two words or more, one of them an English function word); and, when `knows` tells the words
 * of French, a term of two to four words none of which is French (« whirl sign »), or words said
 * in another language, two fifths of them or more unknown (« tout kò an ka fè mwen mal », a patient's Creole).
 */
export function foreignQuotations(lineText: string, knows?: (word: string) => boolean): Range[] {
  const out: Range[] = [];
  for (const [open, close] of [['«', '»'], ['“', '”'], ['"', '"']]) {
    // Each quotation is read once: a quote never closed ends the search for that kind.
    for (let i = lineText.indexOf(open); i >= 0; ) {
      const j = lineText.indexOf(close, i + 1);
      if (j < 0) break;
      const inner = lineText.slice(i + 1, j).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
      const english = inner.length >= 2 && inner.some((w) => ENGLISH.has(w));
      const term = knows !== undefined && inner.length >= 2 && inner.length <= 4 && inner.every((w) => !knows(w));
      const unknown = knows !== undefined && inner.length >= 3 ? inner.filter((w) => !knows(w)).length : 0;
      const said = unknown >= 2 && unknown * 5 >= inner.length * 2;
      if (english || term || said) out.push({ start: i, end: j + 1 });
      i = lineText.indexOf(open, j + 1);
    }
  }
  return out;
}

/** What of a line is foreign text: the whole line (a reference), its quotations in English (offsets in the line), or nothing. */
export function foreignStretches(lineText: string): true | Range[] {
  if (isReferenceLine(lineText)) return true;
  return /[«“"]/.test(lineText) ? foreignQuotations(lineText) : [];
}
