/** Sections: headings alone on their line, plain or Markdown, and the text under them. */
import type { Range } from '../findings.js';
import { linkedTitleKind, MAX_TITLE_WORDS, SECTION_PARENT, sectionKind, type SectionKind } from '../knowledge/sections.js';
import { fold, type LineIndex } from './text.js';

export interface Section {
  kind: SectionKind;
  /** The title as written, without Markdown marks or final colon. */
  title: string;
  /** The title's range. */
  titleRange: Range;
  /** From the heading to the end of the last line before the next heading of the same or a higher level. */
  range: Range;
  /** 1 for top level. */
  level: number;
  children: Section[];
}

interface Heading {
  title: string;
  titleRange: Range;
  lineStart: number;
  kind: SectionKind;
  /** Markdown level, when written as a Markdown heading. */
  markdownLevel?: number;
}

// The title ends on a character the closing '#'s and spaces cannot take (a lazy title before
// '[ \t]*#*[ \t]*$' retried that tail from each of its spaces: polynomial, found by recheck).
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+([^ \t\n\r\u2028\u2029](?:.*(?:[^ \t#\n\r\u2028\u2029]|#(?=[ \t]+#)))?)[ \t]*(?:#+[ \t]*)?$/;
const EMPHASIS = /^(\*\*|__)(.+?)\1\s*:?$/;
/** A title, then an aside in parentheses: [1] Markdown's '#'s, [2] the title. */
const ASIDE = /^(?:(#{1,6})[ \t]+)?([^()\d#*\n]{2,59}[^()\d#*\s])[ \t]*\([^()\n]{1,40}\)[ \t]*:?$/;

/** A heading on this line, or undefined. */
function headingOf(line: string, lineStart: number, previousBlank: boolean, inList: boolean): Heading | undefined {
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trim().replace(/^\uFEFF/, '');
  if (trimmed.length === 0 || trimmed.length > 80) return undefined;
  // A heading has no sentence punctuation at its end (Markdown and emphasis aside).
  const lastChar = trimmed[trimmed.length - 1];
  if ((lastChar === '.' || lastChar === ',' || lastChar === ';') && trimmed[0] !== '#') return undefined;
  // A known title with an aside in parentheses ('Évolution (addendum du 20/05/2026)', '## Biologie (J3)'): the title is the words before it.
  const aside = ASIDE.exec(trimmed);
  const asideKind = aside ? sectionKind(fold(aside[2]).replace(/\s+/g, ' ')) : undefined;
  if (aside && asideKind) {
    const start = lineStart + line.indexOf(aside[2], lead);
    return { title: aside[2], titleRange: { start, end: start + aside[2].length }, lineStart, kind: asideKind, markdownLevel: aside[1]?.length };
  }
  // A line of results ('Hb : 9,7 g/dL'): a digit (no known title has one) and a lower-case letter
  // (not a title in capitals), without Markdown, emphasis or final colon, is never a heading.
  const first = trimmed[0];
  if (first !== '#' && first !== '*' && first !== '_' && lastChar !== ':' && /\d/.test(trimmed) && /[a-zà-öø-ÿ]/.test(trimmed)) return undefined;
  const md = MARKDOWN_HEADING.exec(trimmed);
  let title: string;
  let markdownLevel: number | undefined;
  let marked = false;
  if (md) {
    title = md[2];
    markdownLevel = md[1].length;
    marked = true;
  } else {
    const em = EMPHASIS.exec(trimmed);
    if (em) {
      title = em[2];
      marked = true;
    } else {
      title = trimmed;
    }
  }
  // (?<!\s): tried from the first space of a run only (from each of them, a long run is quadratic).
  const colon = /(?<!\s)\s*:\s*$/.exec(title);
  const withColon = colon !== null;
  if (colon) title = title.slice(0, colon.index);
  title = title.replace(/^(\*\*|__)(.+)\1$/, '$2').trim();
  if (title.length === 0) return undefined;
  const words = title.split(/\s+/).length;
  // No known title has a digit or many words: skip folding lines of results ('Hb : 9,7 g/dL') and prose.
  const folded = /\d/.test(title) || words > MAX_TITLE_WORDS ? undefined : fold(title).replace(/\s+/g, ' ').replace(/[.]$/, '');
  let known = folded === undefined ? undefined : sectionKind(folded);
  // A narrative title worded its own way, after a blank line or ending with a colon ('Histoire de
  // l'infection :'); in a run of lines, a telegraphic sentence ('Traitement de l'HTA par ramipril'); under
  // the antecedents or the way of life, an item of their list ('Chirurgie de la cataracte').
  if (!known && folded !== undefined && words <= 4 && (previousBlank || withColon) && !inList && /^\p{Lu}/u.test(title) && !/[.;!?,]$/.test(title)) known = linkedTitleKind(folded);
  if (!known) {
    // An unknown heading: short, no sentence punctuation, marked as a heading by Markdown,
    // emphasis, a final colon after a blank line, or capitals.
    if (words > 6 || /[.;!?,]$/.test(title) || /^\d/.test(title) || /\d{2}/.test(title)) return undefined;
    const letters = title.replace(/[^\p{L}]/gu, '');
    const capitals = letters.length >= 4 && letters === letters.toUpperCase();
    if (!/^\p{Lu}/u.test(title) && !marked) return undefined;
    if (!(marked || capitals || (withColon && previousBlank))) return undefined;
  }
  const start = lineStart + line.indexOf(title, lead);
  return {
    title,
    titleRange: { start, end: start + title.length },
    lineStart,
    kind: known ?? 'other',
    markdownLevel,
  };
}

/** Sections whose text is a list of items, some of which read like titles ('Chirurgie de la cataracte' among the antecedents). */
const LISTS: ReadonlySet<SectionKind | undefined> = new Set(['antecedents', 'antecedents-familiaux', 'mode-de-vie', 'traitement-habituel', 'allergies']);

export function findSections(index: LineIndex): Section[] {
  const { text, lines } = index;
  const headings: Heading[] = [];
  let previousBlank = true;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const h = headingOf(content, line.start, previousBlank, LISTS.has(headings[headings.length - 1]?.kind));
    if (h) headings.push(h);
    previousBlank = content.trim().length === 0;
  }
  return nest(headings, text.length, index);
}

function nest(headings: Heading[], textEnd: number, index: LineIndex): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const h of headings) {
    let level: number;
    if (h.markdownLevel !== undefined) {
      level = h.markdownLevel;
    } else {
      const parents = SECTION_PARENT[h.kind] ?? [];
      const parentIndex = findLastIndex(stack, (s) => parents.includes(s.kind));
      level = parentIndex >= 0 ? stack[parentIndex].level + 1 : 1;
    }
    while (stack.length && stack[stack.length - 1].level >= level) close(stack.pop()!, h.lineStart, index);
    const section: Section = {
      kind: h.kind,
      title: h.title,
      titleRange: h.titleRange,
      range: { start: h.lineStart, end: textEnd },
      level,
      children: [],
    };
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
  }
  while (stack.length) close(stack.pop()!, textEnd, index);
  return roots;
}

/** Ends a section at the end of the last non-blank line before `nextStart`. */
function close(section: Section, nextStart: number, index: LineIndex): void {
  let line = index.lineAt(Math.max(section.range.start, nextStart - 1));
  if (nextStart < index.text.length && index.lines[line].start === nextStart) line--;
  while (line > 0 && index.lines[line].start > section.range.start && index.lineText(line).trim() === '') line--;
  section.range = { start: section.range.start, end: Math.max(section.titleRange.end, index.lines[line].end) };
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}

/** Depth-first list of every section and subsection. */
export function flattenSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}
