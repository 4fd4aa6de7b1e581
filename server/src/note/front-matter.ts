import type { Range } from '../findings.js';

/** One 'key: value' line of the front matter; ranges are offsets in the note. */
export interface FrontMatterField {
  key: string;
  value: string;
  /** The whole line, without its line break. */
  range: Range;
}

/** Markdown front matter: '---' on the first line (after a BOM), 'key: value' lines, '---'. */
export interface FrontMatter {
  /** From the note's start to the end of the closing '---' line, its line break included. */
  range: Range;
  /** Keys in lower case; the first line wins when a key is repeated. */
  fields: Map<string, FrontMatterField>;
}

/** Front matter longer than this is not front matter (and a note is not scanned past it). */
const MAX_LENGTH = 2000;
const FIELD = /^([A-Za-zÀ-ÖØ-öø-ÿ_][\wÀ-ÖØ-öø-ÿ.-]*)[^\S\n]*:(.*)$/;

/**
 * The note's front matter, read line by line (no regex over the whole head: one with lazy
 * '[^]*?' around a key was quadratic on a head of empty lines, found by recheck).
 */
export function frontMatter(text: string): FrontMatter | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, pos);
  if (first.content !== '---') return undefined;
  const fields = new Map<string, FrontMatterField>();
  pos = first.next;
  while (pos < text.length && pos < MAX_LENGTH) {
    const line = lineAt(text, pos);
    if (line.content === '---') return { range: { start: 0, end: line.next }, fields };
    const m = FIELD.exec(line.content);
    if (m) {
      const key = m[1].toLowerCase();
      if (!fields.has(key)) fields.set(key, { key, value: m[2].trim(), range: { start: pos, end: pos + line.content.length } });
    }
    pos = line.next;
  }
  return undefined;
}

/** The line starting at `start`: its text without '\r\n' / '\n', and where the next one starts. */
function lineAt(text: string, start: number): { content: string; next: number } {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  const content = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
  return { content, next: nl < 0 ? text.length : nl + 1 };
}
