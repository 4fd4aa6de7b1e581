/** The parts of a note's text that are markup, not prose. */
import type { Range } from '../findings.js';
import { frontMatter } from './front-matter.js';

/**
 * What in a note is not its prose: front matter, HTML comments (clinlint directives), inline code,
 * Markdown link targets. Sorted, overlaps merged. The word rules (spelling) do not read them.
 */
export function notProseRanges(text: string): Range[] {
  const out: Range[] = [];
  const fm = frontMatter(text);
  if (fm) out.push(fm.range);
  if (text.includes('<!--')) for (const m of text.matchAll(/<!--[^]*?(?:-->|$)/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  if (text.includes('`')) for (const m of text.matchAll(/`[^`\n]+`/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  // Link targets: from '](' to the next ')' unless a space comes first; each character read once.
  for (let i = text.indexOf(']('); i >= 0; i = text.indexOf('](', i)) {
    let j = i + 2;
    while (j < text.length && text[j] !== ')' && !/\s/.test(text[j])) j++;
    if (text[j] === ')') out.push({ start: i, end: j + 1 });
    i = j;
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
