/**
 * Paragraphs, sentences and words, through unified + retext-latin. Parsed per paragraph (and per
 * line for very long paragraphs: parse-latin is quadratic on long paragraphs), on demand.
 */
import type { Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence } from 'nlcst';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import type { Range } from '../findings.js';
import { NON_TERMINAL_ABBREVIATIONS } from '../knowledge/abbreviations.js';
import { isBlankStretch, type LineIndex } from './text.js';

export interface Word {
  range: Range;
  text: string;
}

export interface Sentence {
  range: Range;
  words: Word[];
}

export interface Paragraph {
  range: Range;
  sentences: Sentence[];
}

const processor = unified().use(retextLatin);
const MAX_BLOCK = 4000;

/** Blocks of non-blank lines. */
export function paragraphRanges(index: LineIndex): Range[] {
  const out: Range[] = [];
  let start = -1;
  let end = -1;
  for (const line of index.lines) {
    const blank = isBlankStretch(index.text, line.start, line.end);
    if (blank) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = line.start;
      end = line.end;
    }
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

export function parseParagraphs(index: LineIndex): Paragraph[] {
  const out: Paragraph[] = [];
  for (const range of paragraphRanges(index)) {
    const blocks = range.end - range.start > MAX_BLOCK ? linesOf(index, range) : [range];
    const sentences: Sentence[] = [];
    for (const block of blocks) sentences.push(...parseBlock(index.text, block));
    out.push({ range, sentences: mergeAfterAbbreviations(sentences) });
  }
  return out;
}

function linesOf(index: LineIndex, range: Range): Range[] {
  const out: Range[] = [];
  for (let i = index.lineAt(range.start); i < index.lines.length && index.lines[i].start < range.end; i++) {
    const l = index.lines[i];
    if (l.end > l.start) out.push({ start: l.start, end: l.end });
  }
  return out;
}

function parseBlock(text: string, block: Range): Sentence[] {
  const slice = text.slice(block.start, block.end);
  const tree = processor.parse(slice) as Root;
  const out: Sentence[] = [];
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of (para as NlcstParagraph).children) {
      if (s.type !== 'SentenceNode') continue;
      out.push(toSentence(s as NlcstSentence, slice, block.start));
    }
  }
  return out;
}

function toSentence(node: NlcstSentence, slice: string, base: number): Sentence {
  const words: Word[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue;
    const start = child.position.start.offset! ;
    const end = child.position.end.offset!;
    const text = slice.slice(start, end);
    const prev = words[words.length - 1];
    // parse-latin splits '2,5', '2.5' and '1 500': join them back into one number.
    if (prev && /^\d+$/.test(text) && /^\d+(?:[.,\s\u00a0\u202f]\d+)*$/.test(prev.text)) {
      const gap = slice.slice(prev.range.end - base, start);
      if (gap === ',' || gap === '.' || (/^[ \u00a0\u202f]$/.test(gap) && text.length === 3 && /^\d{1,3}$/.test(prev.text.split(/[ \u00a0\u202f]/).pop()!))) {
        prev.range = { start: prev.range.start, end: base + end };
        prev.text = slice.slice(prev.range.start - base, end);
        continue;
      }
    }
    words.push({ range: { start: base + start, end: base + end }, text });
  }
  return {
    range: { start: base + node.position!.start.offset!, end: base + node.position!.end.offset! },
    words,
  };
}

/** Rejoins sentences split after 'M.', 'Dr.', 'p. ex.', 'env.' … */
function mergeAfterAbbreviations(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const last = prev?.words[prev.words.length - 1];
    if (prev && last && last.range.end === prev.range.end - 1 && NON_TERMINAL_ABBREVIATIONS.has(last.text.toLowerCase())) {
      prev.range = { start: prev.range.start, end: s.range.end };
      prev.words.push(...s.words);
    } else {
      out.push(s);
    }
  }
  return out;
}
