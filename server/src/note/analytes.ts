/** What a quantity measures, read from the words just before it ('hémoglobine à 9,7 g/dL'). */
import type { Range } from '../findings.js';
import { ANALYTES, type Analyte, type UnitBounds } from '../knowledge/analytes.js';
import type { Quantity } from './quantities.js';
import type { LineIndex } from './text.js';

export interface AnalyteMention {
  analyte: Analyte;
  /** The cue's range ('hémoglobine'). */
  cueRange: Range;
  /** The bounds for the quantity's unit. */
  bounds: UnitBounds;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CUES: { cue: string; analyte: Analyte }[] = ANALYTES.flatMap((analyte) => analyte.cues.map((cue) => ({ cue, analyte })));
const CUE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:${[...new Set(CUES.map((c) => c.cue))].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** Lower case, accents removed, one output character per input UTF-16 unit. */
function foldSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD')[0].toLowerCase();
    out += base.length === ch.length ? base : ch.length === 2 ? base.padEnd(2, ' ') : base[0];
  }
  return out;
}

const WINDOW = 60;

/** Binds each quantity to the nearest analyte cue before it whose units fit, in the same clause. */
export function bindAnalytes(text: string, index: LineIndex, quantities: Quantity[]): Map<Quantity, AnalyteMention> {
  const out = new Map<Quantity, AnalyteMention>();
  let previousEnd = 0;
  for (const q of quantities) {
    const lineStart = index.lines[index.lineAt(q.range.start)].start;
    let from = Math.max(lineStart, previousEnd, q.range.start - WINDOW);
    const previousQuantityEnd = previousEnd;
    previousEnd = q.range.end;
    const raw = text.slice(from, q.range.start);
    // Stop at the end of the previous sentence or clause (not a decimal point).
    const stop = raw.search(/[.;!?](?!\d)[^.;!?]*$/);
    const windowStart = stop >= 0 ? stop + 1 : 0;
    const window = foldSameLength(raw.slice(windowStart));
    from += windowStart;
    let best: AnalyteMention | undefined;
    CUE_RE.lastIndex = 0;
    const afterPrevious = from === previousQuantityEnd;
    for (let m = CUE_RE.exec(window); m; m = CUE_RE.exec(window)) {
      // '128 mmol/L de sodium et 5 mmol/L de potassium': a cue right after a quantity names that one.
      if (afterPrevious && /^\s*(?:de|d'|en)?\s*$/.test(window.slice(0, m.index))) continue;
      for (const { cue, analyte } of CUES) {
        if (cue !== m[0]) continue;
        const bounds = analyte.bounds.find((b) => b.unit === q.unit.canonical);
        if (bounds) best = { analyte, cueRange: { start: from + m.index, end: from + m.index + m[0].length }, bounds };
      }
    }
    if (best) out.set(q, best);
  }
  return out;
}
