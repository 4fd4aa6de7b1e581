/** Applying fixes to a text, ESLint-style: non-overlapping edits, first come first served. */
import type { Finding, TextEdit } from './findings.js';

export interface FixOutcome {
  text: string;
  applied: number;
}

/** Applies the preferred fix of each finding whose edits do not overlap an edit already taken. */
export function applyFixes(text: string, findings: Finding[]): FixOutcome {
  const taken: TextEdit[] = [];
  let applied = 0;
  const sorted = findings.filter((f) => f.fixes[0]?.preferred).sort((a, b) => a.range.start - b.range.start);
  for (const f of sorted) {
    const edits = f.fixes[0].edits;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of taken) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return { text: out, applied };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === a.range.end && b.range.start === b.range.end) return a.range.start === b.range.start;
  return (a.range.start < b.range.end && b.range.start < a.range.end) || a.range.start === b.range.start;
}
