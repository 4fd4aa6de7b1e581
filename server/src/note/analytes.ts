/** What a quantity measures, read from the words just before it ('hémoglobine à 9,7 g/dL'). */
import type { Range } from '../findings.js';
import { ANALYTES, type Analyte, type UnitBounds } from '../knowledge/analytes.js';
import type { Quantity } from './quantities.js';
import type { NoteModel } from './model.js';
import { execWord, wordRegex } from './text.js';

export interface AnalyteMention {
  analyte: Analyte;
  /** The cue's range ('hémoglobine'). */
  cueRange: Range;
  /** The bounds for the quantity's unit. */
  bounds: UnitBounds;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CUES: { cue: string; analyte: Analyte }[] = ANALYTES.flatMap((analyte) => analyte.cues.map((cue) => ({ cue, analyte })));
// Whole words of the folded text.
const CUE_RE = wordRegex(`(?:${[...new Set(CUES.map((c) => c.cue))].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-zà-öø-ÿœæ\\d])`);

const ANALYTES_BY_CUE = new Map<string, Analyte[]>();
for (const { cue, analyte } of CUES) ANALYTES_BY_CUE.set(cue, [...(ANALYTES_BY_CUE.get(cue) ?? []), analyte]);

const WINDOW = 60;

/** The units some analyte is measured in: a size in cm or a duration binds to nothing, its words are not read. */
const ANALYTE_UNITS = new Set(ANALYTES.flatMap((a) => a.bounds.map((b) => b.unit)));

/** Binds each quantity to the nearest analyte cue before it whose units fit, in the same clause. */
export function bindAnalytes(note: Pick<NoteModel, 'index' | 'foldedSlice'>, quantities: Quantity[]): Map<Quantity, AnalyteMention> {
  const out = new Map<Quantity, AnalyteMention>();
  let previousEnd = 0;
  let previousQuantityEnd = -1;
  for (const q of quantities) {
    if (!ANALYTE_UNITS.has(q.unit.canonical)) {
      previousEnd = previousQuantityEnd = q.range.end;
      continue;
    }
    const lineStart = note.index.lines[note.index.lineAt(q.range.start)].start;
    let from = Math.max(lineStart, previousEnd, q.range.start - WINDOW);
    const afterPrevious = from === previousQuantityEnd;
    previousEnd = q.range.end;
    previousQuantityEnd = q.range.end;
    // From the character before the window, so that a word cut by the window is not taken for a cue.
    const base = Math.max(0, from - 1);
    const folded = note.foldedSlice(base, q.range.start);
    // Stop at the end of the previous sentence or clause (not a decimal point).
    const stop = folded.search(/[.;!?](?!\d)[^.;!?]*$/);
    const windowStart = stop >= 0 ? base + stop + 1 : from;
    const cueMayBelongToPrevious = afterPrevious && windowStart === from;
    from = Math.max(from, windowStart);
    let best: AnalyteMention | undefined;
    CUE_RE.lastIndex = 0;
    for (let m = execWord(CUE_RE, folded); m; m = execWord(CUE_RE, folded)) {
      const start = base + m.index;
      if (start < from) continue;
      // '128 mmol/L de sodium et 5 mmol/L de potassium': a cue right after a quantity names that one.
      if (cueMayBelongToPrevious && /^\s*(?:(?:de|d'|en)\s*)?$/.test(folded.slice(from - base, m.index))) continue;
      for (const analyte of ANALYTES_BY_CUE.get(m[0]) ?? []) {
        const bounds = analyte.bounds.find((b) => b.unit === q.unit.canonical);
        if (bounds) best = { analyte, cueRange: { start, end: start + m[0].length }, bounds };
      }
    }
    if (best) out.set(q, best);
  }
  return out;
}
