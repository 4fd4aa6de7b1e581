/** Glossary terms and drug names in a note, found where they are asked for (hover, rules). */
import type { Range } from '../findings.js';
import { findDrug, type Drug } from '../knowledge/drugs.js';
import type { Glossary, GlossaryEntry } from '../knowledge/glossary.js';
import type { NoteModel } from './model.js';
import { isWordUnitAt, wordEnd } from './text.js';

export type TermMatch = { range: Range; text: string } & ({ entry: GlossaryEntry; drug?: undefined } | { drug: Drug; entry?: undefined });

/** Words: letters and digits ('TEP', 'HbA1c', '125'); what joins them ('-', '/', ' ', "'") is read from the text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** A glossary form spans at most this many words ('syndrome d'apnées obstructives du sommeil'). */
const MAX_WORDS = 8;

/**
 * The longest glossary term or drug name written at `offset` (on its line), or undefined. A span
 * is tried from each word start before the offset to each word end after it, longest first.
 */
export function termAt(text: string, offset: number, glossary: Glossary): TermMatch | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const reach = Math.max(glossary.maxLength, 60);
  const from = Math.max(lineStart, offset - reach);
  const to = Math.min(lineEnd, offset + reach);
  const words: Range[] = [];
  WORD.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) words.push({ start: from + m.index, end: from + m.index + m[0].length });
  const at = words.findIndex((w) => w.start <= offset && offset <= w.end);
  if (at < 0) return undefined;
  // A word cut by the window's edge is not a word.
  const whole = (w: Range) => (w.start > lineStart && w.start === from ? false : !(w.end < lineEnd && w.end === to));
  let best: TermMatch | undefined;
  for (let first = Math.max(0, at - MAX_WORDS + 1); first <= at; first++) {
    for (let last = Math.min(words.length - 1, first + MAX_WORDS - 1); last >= at; last--) {
      const range = { start: words[first].start, end: words[last].end };
      if (!whole(words[first]) || !whole(words[last])) continue;
      if (best && range.end - range.start <= best.range.end - best.range.start) break;
      const written = text.slice(range.start, range.end);
      if (/[.,;:!?()[\]]/.test(written)) continue;
      const entry = glossary.lookup(written);
      if (entry) best = { range, text: written, entry };
      else {
        const drug = findDrug(written);
        if (drug) best = { range, text: written, drug };
      }
    }
  }
  return best;
}

export interface WrittenWord {
  range: Range;
  text: string;
}

/** A capital of the Latin alphabet: where a word with a capital is looked for. */
const CAPITAL = /[A-ZÀ-ÖØ-ÞŒ]/g;

/**
 * The words of a text that hold a capital, hyphenated words whole ('TEP-TDM', not its 'TEP'),
 * in text order (NoteModel.wordsWithCapital keeps them). Read from each capital outwards: capitals
 * are few, and the words between them are never looked at.
 */
export function findWordsWithCapital(text: string): WrittenWord[] {
  const out: WrittenWord[] = [];
  CAPITAL.lastIndex = 0;
  for (let m = CAPITAL.exec(text); m; m = CAPITAL.exec(text)) {
    let start = m.index;
    for (;;) {
      while (start > 0 && isWordUnitAt(text, start - 1)) start--;
      if (start > 1 && text[start - 1] === '-' && isWordUnitAt(text, start - 2)) start -= 2;
      else break;
    }
    const end = wordEnd(text, m.index + 1, text.length, '-');
    if (text[start - 1] !== '-') out.push({ range: { start, end }, text: text.slice(start, end) });
    CAPITAL.lastIndex = end;
  }
  return out;
}

/**
 * Where the given abbreviations are written, as whole words ('IR', not the 'IR' of 'IRM' or of
 * 'IR-2'), in text order; `forms` are matched as written, capitals included. A form is one word
 * with a capital ('TEP-TDM', 'HbA1c').
 */
export function findAbbreviations(note: NoteModel, forms: ReadonlySet<string> | ReadonlyMap<string, unknown>): { range: Range; form: string }[] {
  if (forms.size === 0) return [];
  return note.wordsWithCapital.filter((w) => forms.has(w.text)).map((w) => ({ range: w.range, form: w.text }));
}

/** How many characters on each side of an abbreviation its context words are read from. */
const CONTEXT = 200;

/** Up to CONTEXT characters on each side of the range, within its paragraph (blank lines end it): the words that tell an abbreviation's sense. */
export function paragraphWindow(text: string, range: Range): [number, number] {
  let from = Math.max(0, range.start - CONTEXT);
  const blankBefore = text.slice(from, range.start).lastIndexOf('\n\n');
  if (blankBefore >= 0) from += blankBefore + 2;
  const after = text.slice(range.end, range.end + CONTEXT);
  const blankAfter = after.indexOf('\n\n');
  return [from, range.end + (blankAfter >= 0 ? blankAfter : after.length)];
}
