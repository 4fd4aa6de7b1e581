/** What a quantity measures, read from the words just before it ('hémoglobine à 9,7 g/dL'). */
import type { Range } from '../findings.js';
import { ANALYTE_UNITS, ANALYTES, boundsFor, type Analyte, type UnitBounds } from '../knowledge/analytes.js';
import type { Quantity } from './quantities.js';
import type { NoteModel } from './model.js';
import { execWord, foldSameLength, isDigit, lastStop, wordRegex } from './text.js';

export interface AnalyteMention {
  analyte: Analyte;
  /** The cue's range ('hémoglobine'). */
  cueRange: Range;
  /** The bounds for the quantity's unit (for the unit meant, when its case slipped). */
  bounds: UnitBounds;
  /** The unit meant when the one written is a slip of case for this analyte ('leucocytes 12 g/L': 'G/L'). */
  caseSlipFor?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CUES: { cue: string; analyte: Analyte }[] = ANALYTES.flatMap((analyte) => analyte.cues.map((cue) => ({ cue, analyte })));
// Whole words of the folded text.
const CUE_RE = wordRegex(`(?:${[...new Set(CUES.map((c) => c.cue))].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-zà-öø-ÿœæ\\d])`);

const ANALYTES_BY_CUE = new Map<string, Analyte[]>();
for (const { cue, analyte } of CUES) ANALYTES_BY_CUE.set(cue, [...(ANALYTES_BY_CUE.get(cue) ?? []), analyte]);

const WINDOW = 60;

/** The units some analyte is measured in: a size in cm or a duration binds to nothing, its words are not read. */


/** The analytes a unit names by itself, by that unit. */
const NAMED_BY_UNIT = new Map(ANALYTES.filter((a) => a.namedByUnit).flatMap((analyte) => analyte.bounds.map((bounds) => [bounds.unit, { analyte, bounds }] as const)));

/** Binds each quantity to the nearest analyte cue before it whose units fit, in the same clause (or to the one its unit names). */
export function bindAnalytes(note: Pick<NoteModel, 'index' | 'foldedSlice' | 'sectionAt'>, quantities: Quantity[]): Map<Quantity, AnalyteMention> {
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
    const stop = lastStop(folded);
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
      // After a comma or 'et', a word before the value starts another item of a list: the value
      // is that item's ('kaliémie normale, bicarbonates 28 mmol/L', of a word the table lacks;
      // not 'CRP élevée, à 250 mg/L').
      const gap = folded.slice(m.index + m[0].length);
      if (!sameItem(gap)) continue;
      // A unit read as another's slip only right after its cue ('leucocytes à 12 g/L').
      const nextToCue = RIGHT_AFTER_CUE.test(gap);
      for (const analyte of ANALYTES_BY_CUE.get(m[0]) ?? []) {
        const caseSlipFor = nextToCue ? analyte.caseSlips?.[q.unit.canonical] : undefined;
        const meant = caseSlipFor ?? q.unit.canonical;
        const bounds = boundsFor(analyte, meant);
        if (bounds) best = { analyte, cueRange: { start, end: start + m[0].length }, bounds, ...(caseSlipFor && { caseSlipFor }) };
      }
    }
    // No word before it, but a unit that names the measure ('à 39 SA').
    if (!best) {
      const byUnit = NAMED_BY_UNIT.get(q.unit.canonical);
      if (byUnit) best = { analyte: byUnit.analyte, cueRange: q.unit.range, bounds: byUnit.bounds };
    }
    if (!best || isChange(note, best.cueRange.start, q)) continue;
    const saysBlood = BLOOD_CUE.test(note.foldedSlice(best.cueRange.start, best.cueRange.end)) || BLOOD_NAMED.test(note.foldedSlice(best.cueRange.end, q.range.start));
    if (!(best.analyte.blood && !saysBlood && ofAnotherFluid(note, q.range.start))) out.set(q, best);
  }
  return out;
}

/** Words of a change ('baisse de l'hémoglobine de 3 g/dL'): the value after their 'de' is the change, not the level. */
const CHANGE_THEN_DE = /(?<![a-z])(?:hausse|baisse|correction|variation|chute|perte|gain|desaturation|augmentation|diminution|ascension|remontee|elevation|majoration|reduction|augmentee?s?|diminuee?s?|corrigee?s?|baissee?s?|majoree?s?|reduite?s?)(?![a-z])[^,;:.]*(?:(?<![a-z])(?:de|d'environ)\s+(?:plus\s+de\s+|moins\s+de\s+|pres\s+de\s+)?|\((?:\s*[≥>≤<])?\s*)$/;
/** A rate of change after the value ('8 mmol/L par 24 heures', '/j'); not 'en 24 h', said of a level reached too. */
const PER_TIME_AFTER = /^\s*(?:\/|par)\s*(?:24\s*h(?:eures)?|48\s*h(?:eures)?|jours?|j|h|heures?|semaines?)(?![a-z])/;

/** Is the value bound to the cue at `cueStart` a change or a rate of change, not a level? */
function isChange(note: Pick<NoteModel, 'foldedSlice'>, cueStart: number, q: Quantity): boolean {
  if (PER_TIME_AFTER.test(note.foldedSlice(q.range.end, q.range.end + 16))) return true;
  const before = note.foldedSlice(Math.max(0, cueStart - 40), q.range.start);
  // Most values follow 'à', ':' or nothing: the change's words are read only after a 'de', or
  // before a threshold in parentheses ('index de désaturation (≥ 3 %)').
  return /(?:de|environ)\s+$|\((?:\s*[≥>≤<])?\s*$/.test(before.slice(-12)) && CHANGE_THEN_DE.test(before);
}

/** Between a cue and its value (folded text), nothing but what links them ('à', ':', 'est à', 'de'). */
const RIGHT_AFTER_CUE = /^(?:[\s:=|]|(?<![a-zà-öø-ÿœæ])(?:a|de|est|etait|sont|etaient)(?![a-zà-öø-ÿœæ]))*$/;

/**
 * Does the folded text between a word and a value keep them in one item of a list? Not when a
 * comma or 'et' is followed by another word before the value ('kaliémie normale, bicarbonates
 * 28 mmol/L', 'colchicine arrêtée et fébuxostat 80 mg'); 'CRP élevée, à 250 mg/L' is one item.
 */
export function sameItem(gap: string): boolean {
  let comma = gap.lastIndexOf(',');
  // Not a decimal comma ('hémoglobine 8,5 puis 7,2 g/dL').
  while (comma > 0 && isDigit(gap[comma - 1]) && isDigit(gap[comma + 1])) comma = gap.lastIndexOf(',', comma - 1);
  const item = Math.max(comma, gap.lastIndexOf(' et '));
  return item < 0 || RIGHT_AFTER_CUE.test(gap.slice(gap[item] === ',' ? item + 1 : item + 4));
}

/** A cue that names the blood itself: 'kaliémie', 'hyponatrémie', 'créatininémie'. */
const BLOOD_CUE = /emie$/;

/**
 * Fluids other than blood, and the words that sample them ('sodium urinaire', 'LCR :', 'liquide
 * pleural', 'ponction d'ascite'). Not the bare adjectives ('articulaire', 'pleural') nor 'ascite',
 * 'épanchement': they describe the patient as often as a sample ('douleurs articulaires, CRP…').
 */
const OTHER_FLUID = wordRegex(
  `(?:urinaires?|urines?|lcr|lcs|cephalo-?rachidiens?|ponctions?|liquides?|dialysat|bronchoalveolaires?|lba|sudora(?:l|le|ux|les)|sueur|selles|fecale?s?)(?![a-zà-öø-ÿœæ\\d])`,
);
/**
 * An infused fluid that labels the values after it ('Soluté polyionique : sodium 140 mmol/L',
 * 'Sérum glucosé à 5 % (glucose 50 g/L)', 'NaCl 3 % (sodium 513 mmol/L)'): its name, then a colon or
 * a parenthesis before the value; not 'transfusion de deux poches, hémoglobine 6 g/L'.
 */
const INFUSED_LABEL =
  /(?<![a-z])(?:solutes?|poches?|serum\s+(?:glucose|sale|physiologique)|nutrition\s+parenterale|cardioplegie|solution|nacl|kcl|bicarbonate\s+de\s+sodium|g\d{1,2}|glucose\s+a\s+\d+\s*%)(?![a-z])[^.;:()]{0,30}(?:[:(]|\s(?:avec|au|a|contenant|enrichie?\s+en)\s)[^.;:()]*$/;
/** Bags of blood: the values after them are the patient's ('deux poches de culots : hémoglobine 6 g/L'). */
const BLOOD_PRODUCT = /(?<![a-z])(?:culots?|cgr|plaquettes|plasma|sang)(?![a-z])/;
/** After the value, the fluid it is in ('potassium 20 mmol/L dans le soluté', 'dans le G5'). */
const IN_FLUID_AFTER = /^[^.;]{0,12}?(?<![a-z])dans\s+(?:le|la|l'|ce|cette|chaque)\s*(?:solute|perfusion|poche|dialysat|bain|flacon|seringue|g5|g10|glucose|serum)(?![a-z])/;
/** Between the cue and the value: the blood named ('glucose sanguin 50 g/L'). */
const BLOOD_NAMED = /(?<![a-z])(?:sanguine?s?|plasmatiques?|seriques?)(?![a-z])/;
/** How far back a clause is read for its fluid: a stop further back ends it anyway. */
const CLAUSE_LOOKBACK = 300;
/** How many lines of a list a label line ('Ionogramme urinaire :') may head. */
const LABEL_LOOKBACK = 8;

/**
 * Is the value at `at` said of another fluid than blood? Named in its clause before it ('sodium
 * urinaire 40 mmol/L', 'Ionogramme urinaire : Na 40 mmol/L, K 30 mmol/L'), in the label line that
 * heads its list ('LCR :' above '- glucose 0,3 mmol/L'), or in the title of its section.
 */
function ofAnotherFluid(note: Pick<NoteModel, 'index' | 'foldedSlice' | 'sectionAt'>, at: number): boolean {
  const { lines } = note.index;
  let line = note.index.lineAt(at);
  const before = note.foldedSlice(Math.max(lines[line].start, at - CLAUSE_LOOKBACK), at);
  const stop = lastStop(before);
  const clause = stop >= 0 ? before.slice(stop + 1) : before;
  if (hasOtherFluid(clause) || (INFUSED_LABEL.test(clause) && !BLOOD_PRODUCT.test(clause))) return true;
  if (IN_FLUID_AFTER.test(note.foldedSlice(at, Math.min(lines[line].end, at + 60)))) return true;
  if (stop < 0) {
    // A list under a label line: walk up over its items to the line that ends with ':'.
    for (let k = 0; k < LABEL_LOOKBACK && line > 0; k++) {
      line--;
      const text = note.foldedSlice(lines[line].start, lines[line].end).trimEnd();
      if (text === '' || /[.;!?]$/.test(text)) break;
      if (text.endsWith(':')) {
        if (hasOtherFluid(text)) return true;
        break;
      }
    }
  }
  const title = note.sectionAt(at)?.title;
  return title !== undefined && hasOtherFluid(foldSameLength(title.toLowerCase()));
}

function hasOtherFluid(folded: string): boolean {
  OTHER_FLUID.lastIndex = 0;
  return execWord(OTHER_FLUID, folded) !== null;
}
