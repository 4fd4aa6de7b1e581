/** Line index over a note: offsets ↔ (line, character), whatever the line endings. */
import type { Range } from '../findings.js';

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  next: number;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 character offset inside the line. */
  character: number;
}

export class LineIndex {
  readonly lines: Line[];

  constructor(readonly text: string) {
    const lines: Line[] = [];
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        lines.push({ start, end: i, next: i + 1 });
        start = i + 1;
      } else if (c === 13 /* \r */) {
        const next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        lines.push({ start, end: i, next });
        i = next - 1;
        start = next;
      }
    }
    lines.push({ start, end: n, next: n });
    this.lines = lines;
  }

  /** Index of the line holding `offset` (binary search). */
  lineAt(offset: number): number {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const l = this.lines[line];
    return { line, character: Math.min(clamped, l.end) - l.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const l = this.lines[position.line];
    return Math.min(l.start + Math.max(0, position.character), l.end);
  }

  lineText(line: number): string {
    const l = this.lines[line];
    return this.text.slice(l.start, l.end);
  }
}

/** Horizontal spaces that may separate a number from its unit or digit groups. */
export const SPACE_CHARS = ' \t\u00a0\u202f\u2009\u2007';

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && SPACE_CHARS.includes(ch);
}

const LETTER = /\p{L}/u;

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Per UTF-16 unit: 0 not yet known, 1 a letter, mark or digit, 2 anything else (filled on first sight). */
const wordUnitKind = new Uint8Array(0x10000);
const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

/** Is the character at `i` a letter, a combining mark or a digit (a surrogate pair read whole)? */
export function isWordUnitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  let kind = wordUnitKind[code];
  if (kind === 0) {
    if (code >= 0xd800 && code <= 0xdfff) {
      // The low half of a pair answers as its high half.
      const at = code >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
      return WORD_UNIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
    }
    kind = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnitKind[code] = kind;
  }
  return kind === 1;
}

/**
 * Calls `found(start, end)` for each word of text[from, to): letters, combining marks and digits,
 * a `joiners` character between two of them kept inside ("l'adénopathie", 'TEP-TDM'). A hand
 * scanner: a Unicode regex over every word of a note cost twice as much.
 */
export function scanWords(text: string, from: number, to: number, joiners: string, found: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordUnitAt(text, i)) {
      i++;
      continue;
    }
    const j = wordEnd(text, i + 1, to, joiners);
    found(i, j);
    i = j;
  }
}

/** What joins two runs of letters into one written word ("l'adénopathie", 'post-opératoire'), for the spelling rules. */
export const WORD_JOINERS = "'’-";

/** wordOffsets' buffer, kept up to WORD_BUFFER_KEPT numbers (1 MB). */
const WORD_BUFFER_KEPT = 1 << 18;
let wordBuffer = new Int32Array(1 << 12);

/**
 * The written words of `text` (scanWords with WORD_JOINERS), as offsets: each word's start, then
 * its end, in text order. A word never runs over a line break.
 */
export function wordOffsets(text: string): Int32Array {
  // Kept with the note's model and in the memo of open notes: half the memory of an array of
  // numbers. Gathered in a buffer kept from call to call, then copied at its size: an array of
  // numbers grown word by word cost four times as much per word on a 48 MB note as on a 16 MB one.
  let offsets = wordBuffer;
  let n = 0;
  scanWords(text, 0, text.length, WORD_JOINERS, (start, end) => {
    if (n + 2 > offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[n++] = start;
    offsets[n++] = end;
  });
  // A buffer grown for a huge note is not kept.
  wordBuffer = offsets.length <= WORD_BUFFER_KEPT ? offsets : new Int32Array(WORD_BUFFER_KEPT);
  return offsets.slice(0, n);
}

/** Where the word going on at `from` ends (before `to`), over `joiners` between two word characters. */
export function wordEnd(text: string, from: number, to: number, joiners: string): number {
  let j = from;
  for (;;) {
    while (j < to && isWordUnitAt(text, j)) j++;
    // By code: a one-character string of a non-Latin-1 joiner ('’') would be made at every word's end.
    if (j + 1 < to && isJoiner(joiners, text.charCodeAt(j)) && isWordUnitAt(text, j + 1)) j += 2;
    else return j;
  }
}

function isJoiner(joiners: string, code: number): boolean {
  for (let k = 0; k < joiners.length; k++) if (joiners.charCodeAt(k) === code) return true;
  return false;
}

/** What words are made of in lower-cased text (NoteModel.lowerText): letters and digits. */
const WORD_CHARS = 'a-zà-öø-ÿœæ\\d';

/**
 * A global regex for `body` (which must open on a letter or digit) at the start of a word of
 * lower-cased text. The character before is consumed, not looked behind: V8 then rejects the
 * inside of words at once, where a leading lookbehind or a hand check after the match is tried
 * at every offset. Read its matches with execWord. 'gi' (never with the u flag, slow in V8) for a
 * text that may keep capitals (NoteModel.lowerText is the text itself when lower-casing would
 * shift offsets).
 */
export function wordRegex(body: string, flags: 'g' | 'gi' = 'g'): RegExp {
  return new RegExp(`(?:^|[^${WORD_CHARS}])(?:${body})`, flags);
}

/** The next match of a wordRegex, its index and text moved past the character before the word. */
export function execWord(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m && m[0] !== '' && !isWordChar(m[0][0])) {
    m.index += 1;
    m[0] = m[0].slice(1);
  }
  return m;
}

/** The matches of a wordRegex that start in [from, to). */
export function* wordMatches(re: RegExp, lower: string, from = 0, to = lower.length): Generator<RegExpExecArray> {
  re.lastIndex = Math.max(0, from - 1);
  for (let m = execWord(re, lower); m && m.index < to; m = execWord(re, lower)) if (m.index >= from) yield m;
}

export function isWordChar(ch: string): boolean {
  return isDigit(ch) || isLetter(ch);
}

/** A character of WORD_CHARS in either case: what a wordRegex, with or without 'i', takes for a word's. */
function isWordCharCode(c: number): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 0x20;
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0xff && c !== 0xf7) || c === 0x153 || c === 0x152 || c === 0xe6 || c === 0xc6;
}

/**
 * What a wordRegex looks for, found from a part every match holds: `anchor`, short text V8 finds
 * at the speed of a string search ('patient' in 'le patient'), at most `lead` characters after
 * the match's start, blanks not counted. A wordRegex scan tries every word of the note (V8 cannot
 * skip ahead over the character it consumes before the word); this tries `body` only at the word
 * starts from `lead` characters before each hit of the anchor up to it.
 */
export interface AnchoredPattern {
  /** A global regex, or literals (in a note, found with the other patterns' literals: literalAnchorHits). */
  anchor: RegExp | readonly string[];
  /** Sticky: tried at a word start. */
  body: RegExp;
  lead: number;
}

/** The last of `ranges` (sorted by start) that starts before `offset`, or -1. */
export function lastStartingBefore(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < offset) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return last;
}

/** Does one of `ranges` (sorted, apart) overlap `range`? */
export function crosses(ranges: Range[], range: Range): boolean {
  const i = lastStartingBefore(ranges, range.end);
  return i >= 0 && ranges[i].end > range.start;
}

/** Is `offset` inside one of `ranges` (sorted, apart)? */
export function inRanges(ranges: Range[], offset: number): boolean {
  const i = lastStartingBefore(ranges, offset + 1);
  return i >= 0 && offset < ranges[i].end;
}

/** The text of the paragraph before `offset`, 300 characters at most (a blank line ends the paragraph). */
export function paragraphBefore(text: string, offset: number): string {
  return text.slice(Math.max(0, offset - 300), offset).split(/\n[^\S\n]*\n/).pop()!;
}

/**
 * The quotations (« … », “ … ”) of `text`: how many it opens and leaves open, and how many it
 * closes that were opened before it (a text read back from a quotation's end).
 */
export function quotations(text: string): { leftOpen: number; closedFromBefore: number } {
  let leftOpen = 0;
  let closedFromBefore = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') leftOpen++;
    else if (c === '»' || c === '”') {
      if (leftOpen > 0) leftOpen--;
      else closedFromBefore++;
    }
  }
  return { leftOpen, closedFromBefore };
}

/** Is text[from, to) only white space (read up to its first other character)? */
export function isBlankStretch(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** White space as `\\s` reads it in the Latin-1 range, and the Unicode spaces notes hold. */
function isBlankCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x3000 || c === 0x1680 || c === 0x205f;
}

/** The literal anchors of the anchored patterns made so far (module constants), found together by literalAnchorHits. */
const literalAnchors = new Set<string>();
let literalFinder: { any: RegExp; literals: string[]; prefixes: Map<string, number[]> } | undefined;

/**
 * `body` as for wordRegex (opening on a letter or digit), found from `anchor`: a regex for text of
 * the same case (with the same flags), or literals written as in the text searched (lower case),
 * recorded to be found with the other patterns' (literalAnchorHits).
 */
export function anchored(anchor: RegExp | readonly string[], body: string, lead: number, flags: '' | 'i' = ''): AnchoredPattern {
  if (anchor instanceof RegExp) return { anchor: new RegExp(anchor.source, `g${flags}`), body: new RegExp(body, `y${flags}`), lead };
  for (const literal of anchor) {
    if (literalAnchors.has(literal)) continue;
    literalAnchors.add(literal);
    literalFinder = undefined;
  }
  return { anchor, body: new RegExp(body, `y${flags}`), lead };
}

/**
 * Every offset in `subject` of each literal anchor of the anchored patterns made so far, from one
 * scan: an alternation of the literals (28) finds them in about two thirds of the time of a string
 * search for each (7 against 10 ms a pass over the corpus). A literal inside another ('né' in
 * 'nouveau-né') is found too: the scan goes on from the character after each hit.
 */
export function literalAnchorHits(subject: string): Map<string, number[]> {
  if (literalAnchors.size === 0) return new Map();
  if (!literalFinder) {
    // Longest first: where several literals start, the alternation matches the longest, and the
    // others there are its prefixes ('nouveau-né' of 'nouveau-nés').
    const literals = [...literalAnchors].sort((a, b) => b.length - a.length);
    const prefixes = new Map(literals.map((literal) => [literal, literals.flatMap((prefix, i) => (literal.startsWith(prefix) ? [i] : []))]));
    literalFinder = { any: new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'), literals, prefixes };
  }
  const { any, literals, prefixes } = literalFinder;
  const hits = literals.map((): number[] => []);
  any.lastIndex = 0;
  for (let m = any.exec(subject); m; m = any.exec(subject)) {
    for (const i of prefixes.get(m[0])!) hits[i].push(m.index);
    any.lastIndex = m.index + 1;
  }
  return new Map(literals.map((literal, i) => [literal, hits[i]]));
}

function anchorHits(subject: string, anchor: RegExp | readonly string[], hitsOf: (literal: string) => number[]): number[] {
  const hits: number[] = [];
  if (anchor instanceof RegExp) {
    anchor.lastIndex = 0;
    for (let hit = anchor.exec(subject); hit; hit = anchor.exec(subject)) {
      hits.push(hit.index);
      if (hit[0] === '') anchor.lastIndex++;
    }
    return hits;
  }
  for (const literal of anchor) for (const i of hitsOf(literal)) hits.push(i);
  return anchor.length > 1 ? hits.sort((x, y) => x - y) : hits;
}

/** Every offset of `literal` in `subject`, in order. */
export function indexesOf(subject: string, literal: string): number[] {
  const at: number[] = [];
  for (let i = subject.indexOf(literal); i >= 0; i = subject.indexOf(literal, i + 1)) at.push(i);
  return at;
}

/**
 * The matches of an anchored pattern: the same as its wordRegex's, in text order, none
 * overlapping. `hitsOf`: where a literal anchor is in `subject` (known already when the subject is
 * a stretch of a text searched whole).
 */
export function anchoredMatches(
  subject: string,
  { anchor, body, lead }: AnchoredPattern,
  hitsOf: (literal: string) => number[] = (literal) => indexesOf(subject, literal),
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** Starts before this one have been tried or lie inside a match. */
  let next = 0;
  for (const hit of anchorHits(subject, anchor, hitsOf)) {
    if (hit < next) continue;
    // The window opens `lead` characters before the hit, blanks not counted ('le  patient').
    let from = hit;
    for (let budget = lead; from > next && budget > 0; ) if (!isBlankCode(subject.charCodeAt(--from))) budget--;
    for (let p = from; p <= hit; p++) {
      if (!isWordCharCode(subject.charCodeAt(p)) || (p > 0 && isWordCharCode(subject.charCodeAt(p - 1)))) continue;
      body.lastIndex = p;
      const m = body.exec(subject);
      if (m) {
        out.push(m);
        p += Math.max(1, m[0].length) - 1;
        next = p + 1;
      }
    }
    next = Math.max(next, hit + 1);
  }
  return out;
}

const foldedChars = new Map<string, string>();

/** Lower case, accents removed, one output unit per input UTF-16 unit (so offsets carry over). */
export function foldSameLength(s: string): string {
  return s.replace(/[A-Z\u00c0-\u024f]/g, (ch) => {
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const base = ch.normalize('NFD')[0].toLowerCase();
      folded = base.length === 1 ? base : ch;
      foldedChars.set(ch, folded);
    }
    return folded;
  });
}

/**
 * Sentences of [from, to), found quickly without parsing (NoteModel.paragraphs parses them fully): they end at '.', '!', '?' before a space, and at a line end followed
 * by a blank line or a list item; a line wrapped inside a sentence goes on.
 */
export function splitSentences(text: string, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = text[i];
    const end =
      i === to ||
      (c === '\n' && /^(?:[ \t]*\r?\n|[ \t]*(?:[-*•]|\d+[.)])\s)/.test(text.slice(i + 1, i + 8))) ||
      // After a number, a full stop ends the sentence when a word follows ('dès J6. Une échographie'), not a number ('2. 5').
      ((c === '.' || c === '!' || c === '?') && (i + 1 >= to || /\s/.test(text[i + 1])) && (!/\d/.test(text[i - 1] ?? '') || /^\s+\p{L}/u.test(text.slice(i + 1, i + 4))));
    if (!end) continue;
    while (start < i && /\s/.test(text[start])) start++;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

/** The sentence holding `offset`, within its paragraph and not before `floor` (a heading's end). */
export function sentenceAt(text: string, offset: number, floor = 0): Range {
  // Within 1,000 characters each way: a note with no blank line must not be read once per call.
  const window = 1000;
  const start = Math.max(floor, offset - window);
  const blank = text.slice(start, offset).lastIndexOf('\n\n');
  const from = blank < 0 ? start : start + blank + 2;
  let to = text.slice(offset, offset + window).indexOf('\n\n');
  to = to < 0 ? Math.min(text.length, offset + window) : offset + to;
  return splitSentences(text, from, to).find((s) => s.start <= offset && offset <= s.end) ?? { start: offset, end: offset };
}

/**
 * Stretches of text already claimed (by a date, a time expression), none overlapping. Claims come
 * in passes, each in text order (one regex over the note, then the next): a pass's claims are
 * appended to `pending` and merged into `settled` when the next pass starts over from the top.
 * Each claim costs O(log n) and each pass O(n): inserting each claim in place in one sorted array
 * cost O(n) per claim (a 50 MB note took 1.8 times its share of time).
 */
export class ClaimedRanges {
  private settled: Range[] = [];
  private pending: Range[] = [];

  /** Claims [start, end) if nothing claimed overlaps it; says whether it did. */
  claim(range: Range): boolean {
    if (overlapsAny(this.settled, range) || overlapsAny(this.pending, range)) return false;
    const last = this.pending[this.pending.length - 1];
    if (last && range.start < last.end) {
      this.settled = mergeSorted(this.settled, this.pending);
      this.pending = [];
    }
    this.pending.push(range);
    return true;
  }
}

/** Does a range of `ranges` (sorted, none overlapping) overlap `range`? Binary search. */
function overlapsAny(ranges: Range[], range: Range): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  // ranges[lo] is the first that ends after range.start: free when it starts at or after range.end.
  return lo < ranges.length && ranges[lo].start < range.end;
}

function mergeSorted(a: Range[], b: Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** Lower case without accents, for matching vocabulary whatever the typing. */
export function fold(s: string): string {
  // foldSameLength caches each character's folding: several times faster than NFD on every call.
  return foldSameLength(s.toLowerCase())
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u2019/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * Where the last sentence or clause stop of `text` is (one of `stops`, not a decimal point as in
 * '11.000' or '2,5'), or -1. A regex for it ('[.;](?!\d)[^.;]*$') fails on any point after the
 * stop, a decimal one included.
 */
export function lastStop(text: string, stops = '.;!?'): number {
  for (let i = text.length - 1; i >= 0; i--) if (stops.includes(text[i]) && !isDigit(text[i + 1])) return i;
  return -1;
}

/** Does a sentence open at `at` (after '.', '!', '?' or a line break, or at the start; not after ':', where French goes on in lower case)? */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || '.!?\n\r'.includes(text[i]);
}
