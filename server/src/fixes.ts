/** Choosing and applying fixes, ESLint-style: preferred fixes only, non-overlapping, first come first served. */
import type { Finding, TextEdit } from './findings.js';

export interface FixOutcome {
  text: string;
  applied: number;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}

/** The edits of every preferred fix that does not overlap one taken before it, and how many fixes. */
export function selectFixEdits(findings: Finding[]): { edits: TextEdit[]; fixes: number } {
  const edits: TextEdit[] = [];
  let fixes = 0;
  for (const f of [...findings].sort((a, b) => a.range.start - b.range.start)) {
    if (f.fixesOnDemand) continue;
    const fix = f.fixes[0];
    if (!fix?.preferred || fix.edits.some((e) => edits.some((t) => overlaps(e, t)))) continue;
    edits.push(...fix.edits);
    fixes++;
  }
  return { edits, fixes };
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

export function applyFixes(text: string, findings: Finding[]): FixOutcome {
  const { edits, fixes } = selectFixEdits(findings);
  return { text: applyEdits(text, edits), applied: fixes };
}
