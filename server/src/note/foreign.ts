/**
 * Text of another kind than the note's French prose, found by line and by paragraph: bibliographic
 * references ('Talan DA. … N Engl J Med. 1999;340(2):85-92. doi:…') and quotations in another
 * language ('Compte rendu cité : "AFB and GMS stains are negative."'). Their words, acronyms,
 * units and dates are written as their language and their kind write them: the rules that judge
 * the note's French leave them alone (NoteModel.inForeignText).
 */
import type { Range } from '../findings.js';
import { ENGLISH, isEnglishWord } from '../knowledge/english.js';

/** A bibliographic reference: year (month) ; or , volume (issue) : pages ('2019;155:1009-18', '2021 Feb;41(2):300', '2020, 198: 45', '2010;59(RR-2):1-9', '2014;170(3):G1-47'). */
export const REFERENCE = /(?:19|20)\d\d(?:\s[A-Z][a-z]{2,8}(?:\s\d{1,2})?)?\s?[;,]\s?\d+(?:\s?\([A-Za-z]{0,5}-?\d+\))?\s?:\s?[A-Za-z]?\d/;

/** A line that long is prose that cites, not a reference: only its citations are left out. */
const REFERENCE_LINE = 300;

/** What a reference may end with after its pages: its DOI, PMID or address ('doi:10.1056/NEJM…', 'PMID: 12345678'). */
const IDENTIFIERS = /(?:doi|pmid|pmcid)\s?:?\s?\S+|https?:\/\/\S+/gi;

/** A list of authors ('Spasovski G, Vanholder R, Allolio B, et al.', 'Spasovski, G., Vanholder, R., … Nagler, E.'): three names with their initials. */
const AUTHORS = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]{1,30},?\s(?:\p{Lu}\.?){1,3},?\s){3}/u;

/** A reference on a line of its own: short, and ending with its volume and pages, or its identifiers after them (a citation inside prose is followed by more); or its authors' list. */
export function isReferenceLine(lineText: string): boolean {
  if (lineText.length > REFERENCE_LINE) return false;
  const m = REFERENCE.exec(lineText);
  return (m !== null && lineText.slice(m.index + m[0].length).replace(IDENTIFIERS, '').length <= 24) || AUTHORS.test(lineText);
}

/** Headings of a list of references ('Références', 'Bibliographie'), folded. */
export const REFERENCES_TITLE = /^(?:references?|bibliographie|bibliography)(?![a-z])/;

/** Words that announce a quotation left in its language ('tel qu'il est rédigé :', 'en anglais :', 'verbatim'). */
const AS_WRITTEN_BEFORE = /(?:anglais|english|tel\s+qu['’]il\s+(?:est|a\s+été)\s+rédigé|telle\s+qu['’]elle\s+(?:est|a\s+été)\s+rédigée|verbatim|texte\s+original|version\s+originale|in\s+extenso)[\s:]*$/i;

/**
 * Is `text` in English: two English function words or more, a tenth of its words or more; or, for
 * a block quote (`quoted`), one with another English word ('> CT head negative for hemorrhage.')?
 */
export function isEnglishLine(text: string, quoted = false): boolean {
  const words = text.split(/[^\p{L}]+/u).filter((w) => w !== '');
  const english = words.filter((w) => ENGLISH.has(w.toLowerCase())).length;
  if (english >= 2 && english * 10 >= words.length) return true;
  return quoted && english >= 1 && words.filter((w) => !ENGLISH.has(w.toLowerCase()) && isEnglishWord(w)).length >= 1;
}

/**
 * Quotations of a line in another language: English ('"No cardiac involvement on cardiac MRI"',
 * two words or more, one of them an English function word); and, when `knows` tells the words
 * of French, a term of two to four words none of which is French (« whirl sign »), or words said
 * in another language, two fifths of them or more unknown (« tout kò an ka fè mwen mal », a patient's Creole).
 */
export function foreignQuotations(lineText: string, knows?: (word: string) => boolean, before = ''): Range[] {
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
      // Or announced as left as written, on its line or the line before ('tel qu'il est rédigé :\n"MRI brain: …"').
      const announced = !english && !term && !said && AS_WRITTEN_BEFORE.test((before + lineText.slice(0, i)).slice(-80));
      if (english || term || said || announced) out.push({ start: i, end: j + 1 });
      i = lineText.indexOf(open, j + 1);
    }
  }
  return out;
}

