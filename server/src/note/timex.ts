/**
 * Time expressions of a note, in the TIMEX3 sense: absolute dates (from dates.ts), durations
 * ('deux mois', '1 an et demi', '20min', '36 SA + 4 j'), and relative dates ('trois jours plus
 * tard', 'un mois après', 'il y a 3 mois', 'le lendemain', 'J+7', 'à M6', 'au dixième jour'),
 * each relative date resolved against its anchor when the note gives one: the date told just
 * before it, or the note's reference date for 'il y a', 'hier', 'aujourd'hui'.
 * Ages ('homme de 67 ans', 'âgée de 35 ans') are not time expressions.
 */
import type { Range } from '../findings.js';
import { daysInMonth, MONTHS } from '../knowledge/calendar.js';
import type { DateMention, Precision } from './dates.js';
import { ClaimedRanges, isLetter, wordRegex } from './text.js';
import { NUMBER_WORDS, numberBefore } from './number-words.js';

/** Y, M, W, D for calendar units; H and MIN for hours and minutes. */
export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';

export interface Offset {
  /** undefined: 'quelques', 'plusieurs'. */
  amount?: number;
  unit: TimeUnit;
  /** A second part: '1 an et demi' (6 M), '11 SA + 6 jours' (6 D). */
  extra?: { amount: number; unit: TimeUnit };
}

export interface TimeExpression {
  /**
   * 'date': an absolute date; 'duration': a length of time; 'relative': a date told from another;
   * 'range': from one date to another ('du 3 au 5 mars 2010', 'entre 2009 et 2011'), its ends
   * also listed on their own.
   */
  kind: 'date' | 'duration' | 'relative' | 'range';
  range: Range;
  text: string;
  /**
   * ISO-like: '2010-03-12', '2010-03', 'P2M', 'P1Y6M', 'PT20M', 'PXM' ('quelques mois'); for a
   * relative date, the resolved date, or undefined when nothing anchors it.
   */
  value?: string;
  /** The absolute date, for kind 'date'. */
  date?: DateMention;
  /** The length, for durations and relative dates told by a length. */
  offset?: Offset;
  /** +1 after the anchor ('plus tard'), -1 before it ('il y a', 'la veille'). */
  direction?: 1 | -1;
  /** What a relative date was resolved from: an earlier expression, or the note's reference date. */
  anchor?: { range: Range; text: string } | 'reference';
  /** Told from an event of the care rather than a date ('J3', 'à M6', 'au 4e jour'): never resolved. */
  eventRelative?: boolean;
  /** Told from the day the note was written ('il y a 3 mois', 'hier', 'aujourd'hui'). */
  fromReference?: boolean;
  /** A day and month without a year ('le 3 mars'): the year is the one told before. */
  yearless?: { month: number; day: number };
  /** For a range, its two ends. */
  ends?: [TimeExpression, TimeExpression];
}

const VAGUE = ['quelques', 'plusieurs'];
const ORDINAL_WORDS: Record<string, number> = {
  premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7,
  huitième: 8, neuvième: 9, dixième: 10, onzième: 11, douzième: 12, quinzième: 15, vingtième: 20, trentième: 30,
};
const UNIT_WORDS: [string, TimeUnit][] = [
  ['années', 'Y'], ['année', 'Y'], ['ans', 'Y'], ['an', 'Y'], ['mois', 'M'], ['semaines', 'W'], ['semaine', 'W'], ['sa', 'W'],
  ['jours', 'D'], ['jour', 'D'], ['jrs', 'D'], ['jr', 'D'], ['j', 'D'], ['heures', 'H'], ['heure', 'H'], ['h', 'H'],
  ['minutes', 'MIN'], ['minute', 'MIN'], ['min', 'MIN'], ['mn', 'MIN'],
];
const UNIT_OF = new Map(UNIT_WORDS);

const L = 'a-zà-öø-ÿœæ';
/** A number, in digits or a word (its whole number in words is read back from it: 'vingt-deux ans'), or a vague one ('quelques jours'). */
const NUM = `(\\d{1,4}(?:[.,]\\d+)?|${[...NUMBER_WORDS, ...VAGUE].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = `(${UNIT_WORDS.map(([w]) => w).join('|')})`;
// A length: '3 mois', '6mois', 'deux ans et demi', "36 semaines d'aménorrhée (SA) + 4 jours".
// Digits may touch their unit ('20min'); words may not ('deuxans' is no word).
// The words before a length ('environ', 'plus de') are joined to it after the match: a pattern
// opening on an optional group is tried slowly at every word.
const LENGTH =
  `${NUM}\\s*${UNIT}(?![${L}\\d])` +
  `(?:\\s+d['’]aménorrhées?(?:\\s*\\(sa\\))?)?` +
  `(?:\\s+et\\s+(demie?))?` +
  `(?:\\s*\\+\\s*(\\d{1,2})\\s*(jours?|jrs?|j)(?![${L}\\d])(?:\\s*\\(jrs?\\))?)?`;
const LENGTH_RE = wordRegex(LENGTH);
const APPROXIMATELY_BEFORE = /(?:environ|plus\s+de|moins\s+de|près\s+de)\s+$/;
const ORDINAL_BEFORE = /(?:au|le|du|dès\s+le)\s+$/;

/** Where a match starts once the words `re` finds just before it are joined ('environ 3 mois'). */
function joinBefore(lower: string, start: number, re: RegExp): number {
  const m = re.exec(lower.slice(Math.max(0, start - 16), start));
  return m && !isLetter(lower[start - m[0].length - 1]) ? start - m[0].length : start;
}
// Relative dates other than lengths, in one pass (each pass over the note costs the same, whatever
// it looks for): words ('le lendemain', 'la veille', 'hier', 'aujourd'hui'); moments of the stay
// ('à l'admission', 'en postopératoire'); days and months of care ('J3', 'J+7', 'à M6', 'au 4e
// jour', 'au dixième jour'); a day and month without a year ('le 3 mars', a bare 'sept' being the
// number more often than the month; 'le 16/10', and '16/10 :' opening a line of a record's daily
// entries, not '3/10' alone, a score, nor 'au 1/3 interne', a third).
const MONTH_NAMES_RE = Object.keys(MONTHS).filter((m) => m !== 'sept').sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
const OTHER_RELATIVE = wordRegex(
  [
    `(?<dayWord>le\\s+lendemain|le\\s+surlendemain|la\\s+veille|l['’]avant-veille|avant-hier|hier|aujourd['’]hui|ce\\s+jour)(?![${L}])`,
    `(?<moment>(?:à|a|dès|lors\\s+de)\\s+l['’](?:admission|entrée|hospitalisation|arrivée)|à\\s+la\\s+sortie|à\\s+la\\s+naissance|en\\s+salle\\s+de\\s+naissance|au\\s+diagnostic|en\\s+post-?opératoire|en\\s+per-?opératoire|en\\s+préopératoire)(?![${L}])`,
    `(?<careLetter>j|d)\\s?(?<careSign>[+-])?\\s?(?<careDay>\\d{1,3})(?![${L}\\d])`,
    `(?:à|a)\\s+m\\s?(?<careMonth>\\d{1,2})(?![${L}\\d])`,
    `(?<ordNumber>\\d{1,3})\\s?(?:ème|eme|e|er|ère)\\s+(?<ordUnit>jour|semaine|mois)(?![${L}])`,
    `(?<ordWord>${Object.keys(ORDINAL_WORDS).join('|')})\\s+(?<ordWordUnit>jour|semaine|mois)(?![${L}])`,
    `(?<dmDay>1er|\\d{1,2})\\s+(?<dmMonth>${MONTH_NAMES_RE})(?![${L}])(?!\\s*\\d)`,
    `(?:le|dès\\s+le|depuis\\s+le)\\s+(?<dn>\\d{1,2}[/.]\\d{1,2})(?![\\d/]|[.,]\\d|\\s+(?:inférieur|supérieur|moyen|interne|externe|distal|proximal|antérieur|postérieur))`,
    `(?<=(?:^|\\n)[ \\t]{0,3})(?<dnLine>\\d{1,2}[/.]\\d{1,2})\\s?:`,
  ].join('|'),
);
/** 'du 3 au 5 mars 2010': the first day takes its month and year from the second; 'du 12 avril au 10 mai 2019', its year; 'du 12 septembre au 3 février 2020', the year before. */
const FIRST_DAY_BEFORE = new RegExp(`du\\s+(1er|\\d{1,2})(?:\\s+(${MONTH_NAMES_RE}))?\\s+au\\s+$`);
// Ranges between two dates: 'du 3 au 5 mars 2010', 'de novembre 2011 à aujourd'hui', 'entre 2009 et 2011'.
const RANGE_WORDS = /^(du|de|d['’]|entre)\s+$/;
const RANGE_LINK = /^\s+(au|à|a|jusqu['’]au|jusqu['’]à|et)\s+$/;
/** After a length: the words that make it a date told from another ('deux mois plus tard'). */
const AFTER = /^\s+(plus\s+tard|après|apres|plus\s+tôt|auparavant|avant|suivants?|suivantes?)(?![a-zà-öø-ÿœæ])/;
/** After 'après' or 'avant': the event a date is told from ('après l'intervention', 'avant son admission'). */
const EVENT_AFTER = /^\s*(?:avoir\s|être\s|l['’]|la\s|le\s|les\s|son\s|sa\s|ses\s|leur\s|une?\s|d['’]|de\s|du\s|des\s|cette\s|ce\s|cet\s)/;
/** Before a length: 'il y a 3 mois' (a date), 'depuis 15 ans', 'pendant 6 mois' (durations). */
const IL_Y_A = /(?:il\s+y\s*a|y\s+a)(?:\s+respectivement)?\s+$/;
/** Before weeks of amenorrhoea: 'à 28 SA' is a day of the pregnancy, not a length. */
const AT_BEFORE = /(?:^|[^a-zà-öø-ÿœæ])(?:à|a|jusqu['’]à|dès)\s+$/;
/** An age, not a time: 'homme de 67 ans', 'âgée de 35 ans', 'à l'âge de 3 mois', 'M. G., 89 ans'. */
const AGE_BEFORE =
  /(?:(?:âgée?s?|agée?s?|homme|femme|patiente?|enfant|garçon|fille|fillette|nourrisson|nouveau-née?|l['’]âge|bébé)\s+(?:de\s+|d['’])?(?:environ\s+)?|(?:m\.|mr\.?|mme|mlle|monsieur|madame|mademoiselle)\s+[a-zà-öø-ÿœæ'’.-]+(?:\s+[a-zà-öø-ÿœæ'’.-]+)?\s*,\s*)$/;

const unitPrecision: Record<TimeUnit, Precision> = { Y: 'year', M: 'month', W: 'day', D: 'day', H: 'day', MIN: 'day' };
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** A number in digits; none for a vague count ('quelques'). */
function numberOf(word: string): number | undefined {
  return /^\d/.test(word) ? Number(word.replace(',', '.')) : undefined;
}

/** 'P2M', 'P1Y6M', 'PT20M', 'PXM', 'P6W4D'. */
export function durationValue(offset: Offset): string {
  const part = (amount: number | undefined, unit: TimeUnit) => `${amount === undefined ? 'X' : String(amount).replace(/\.0+$/, '')}${unit === 'MIN' ? 'M' : unit}`;
  const time = (u: TimeUnit) => u === 'H' || u === 'MIN';
  let value = `P${time(offset.unit) ? 'T' : ''}${part(offset.amount, offset.unit)}`;
  if (offset.extra) value += `${time(offset.extra.unit) && !time(offset.unit) ? 'T' : ''}${part(offset.extra.amount, offset.extra.unit)}`;
  return value;
}

/** 'an et demi' → 6 months more; 'jour et demi' → 12 hours; 'heure et demie' → 30 minutes. */
function half(unit: TimeUnit): { amount: number; unit: TimeUnit } | undefined {
  return unit === 'Y' ? { amount: 6, unit: 'M' } : unit === 'M' ? { amount: 15, unit: 'D' } : unit === 'D' ? { amount: 12, unit: 'H' } : unit === 'H' ? { amount: 30, unit: 'MIN' } : undefined;
}

interface DatePoint {
  year: number;
  month: number;
  day: number;
  precision: Precision;
}

function pointOf(d: DateMention): DatePoint {
  return { year: d.year, month: d.month ?? 1, day: d.day ?? 1, precision: d.precision };
}

function isoOf(p: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return p.precision === 'year' ? String(p.year) : p.precision === 'month' ? `${p.year}-${pad(p.month)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The anchor moved by a length, at the coarser of the two precisions. */
export function shift(anchor: DatePoint, offset: Offset, direction: 1 | -1): DatePoint | undefined {
  if (offset.amount === undefined || !Number.isInteger(offset.amount)) return undefined;
  const precision = PRECISION_RANK[unitPrecision[offset.unit]] < PRECISION_RANK[anchor.precision] ? unitPrecision[offset.unit] : anchor.precision;
  const n = offset.amount * direction;
  if (offset.unit === 'Y' || offset.unit === 'M') {
    const months = anchor.year * 12 + (anchor.month - 1) + (offset.unit === 'Y' ? n * 12 : n);
    const year = Math.floor(months / 12);
    const month = (months % 12) + 1;
    return { year, month, day: Math.min(anchor.day, daysInMonth(year, month)), precision };
  }
  const days = offset.unit === 'W' ? n * 7 : offset.unit === 'D' ? n : 0;
  const d = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision };
}

/**
 * Every time expression of the text, in order. `dates`: the absolute dates (NoteModel.dates);
 * `lower`: the text in lower case, same offsets; `matches`: the matches of a wordRegex in `lower`
 * (NoteModel.wordRegexMatches); `reference`: the day the note was written.
 */
export function findTimeExpressions(
  text: string,
  lower: string,
  matches: (re: RegExp) => RegExpExecArray[],
  dates: DateMention[],
  reference?: Date,
): TimeExpression[] {
  const found: TimeExpression[] = dates.map((date) => ({ kind: 'date', range: date.range, text: date.text, value: date.invalid ? undefined : date.iso, date }));
  const firstDays: Range[] = [];
  for (const date of dates) {
    const first = date.precision === 'day' ? FIRST_DAY_BEFORE.exec(lower.slice(Math.max(0, date.range.start - 32), date.range.start)) : null;
    if (!first) continue;
    const day = first[1] === '1er' ? 1 : Number(first[1]);
    const month = first[2] ? MONTHS[first[2]] : date.month!;
    // A later month than the second's is the year before: the period crosses the new year ('du 12 septembre au 3 février 2020').
    const year = month > date.month! ? date.year - 1 : date.year;
    const start = date.range.start - first[0].length + first[0].indexOf(first[1]);
    const dayAt = first[0].indexOf(first[1]);
    const end = first[2] ? first[0].indexOf(first[2], dayAt + first[1].length) + first[2].length : dayAt + first[1].length;
    const range = { start, end: start + end - dayAt };
    // A first day after the second in the same month ('du 24 au 12 novembre') is kept: the period ends before it starts (date/chronology says so).
    if (day < 1 || day > daysInMonth(year, month)) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const mention: DateMention = { range, text: text.slice(range.start, range.end), precision: 'day', year, month, day, iso };
    found.push({ kind: 'date', range, text: mention.text, value: iso, date: mention });
    firstDays.push(range);
  }
  // 'entre 2009 et 2011': the second year has no preposition of its own.
  for (const date of dates) {
    if (date.precision !== 'year' || !/entre\s+$/.test(lower.slice(Math.max(0, date.range.start - 8), date.range.start))) continue;
    const second = /^\s+et\s+((?:19|20)\d{2})(?!\d)/.exec(lower.slice(date.range.end, date.range.end + 12));
    if (!second) continue;
    const start = date.range.end + second[0].length - 4;
    const range = { start, end: start + 4 };
    const mention: DateMention = { range, text: second[1], precision: 'year', year: Number(second[1]), iso: second[1] };
    found.push({ kind: 'date', range, text: second[1], value: second[1], date: mention });
  }
  const claimed = new ClaimedRanges();
  for (const d of dates) claimed.claim(d.range);
  for (const r of firstDays) claimed.claim(r);
  const add = (e: Omit<TimeExpression, 'text'>) => {
    if (!claimed.claim(e.range)) return;
    found.push({ ...e, text: text.slice(e.range.start, e.range.end) });
  };

  for (const m of matches(LENGTH_RE)) {
    const [whole, num, unitWord, demi, plusAmount, plusUnit] = m;
    const unit = UNIT_OF.get(unitWord)!;
    // A number in words whole ('vingt-deux ans', not 'deux ans'; 'deux-trois jours', a vague count),
    // not the end of another word ('grand-deux ans').
    const inWords = !/^\d/.test(num) && !VAGUE.includes(num);
    const words = inWords ? numberBefore(lower, m.index + num.length) : undefined;
    if (inWords && !words) continue;
    const amount = words ? words.value : numberOf(num);
    const start = joinBefore(lower, words?.start ?? m.index, APPROXIMATELY_BEFORE);
    let end = m.index + whole.length;
    const before = lower.slice(Math.max(0, start - 40), start);
    // '11h30' is a time of day; '2 h' after a dose is a rate ('mg/2 h'); 'mg/j' is no length.
    if (unit === 'H' && /^\d/.test(lower.slice(end, end + 1))) continue;
    if (/\/\s*$/.test(before)) continue;
    if (unit === 'Y' && AGE_BEFORE.test(before)) continue;
    // A bare 'j', 'h', 'min' or 'an' after a word number is too loose ('un j').
    if (!/^\d/.test(num) && /^(?:j|h|min|mn|sa)$/.test(unitWord)) continue;
    // 'un jour' is 'some day' unless a preposition makes it a length ('pendant un jour').
    if (num === 'un' && unitWord === 'jour' && !/(?:pendant|durant|depuis|sur|en|de)\s+$/.test(before)) continue;
    const offset: Offset = { amount, unit };
    if (demi) offset.extra = half(unit);
    if (plusAmount) offset.extra = { amount: Number(plusAmount), unit: UNIT_OF.get(plusUnit.replace(/s$/, '')) ?? 'D' };
    const after = AFTER.exec(lower.slice(end, end + 20));
    if (after) {
      const backwards = /tôt|auparavant|avant/.test(after[1]);
      // 'les 3 jours suivants' is a span; 'trois jours après' a date.
      if (/suivant/.test(after[1])) {
        add({ kind: 'duration', range: { start, end: end + after[0].length }, value: durationValue(offset), offset });
        continue;
      }
      end += after[0].length;
      // 'deux mois après l'intervention' is told from an event, not from the date before it.
      const fromEvent = /^(?:après|apres|avant)$/.test(after[1]) && EVENT_AFTER.test(lower.slice(end, end + 8));
      add({ kind: 'relative', range: { start, end }, offset, direction: backwards ? -1 : 1, ...(fromEvent ? { eventRelative: true } : {}) });
      continue;
    }
    const ilYa = IL_Y_A.exec(before);
    if (ilYa) {
      add({ kind: 'relative', range: { start: start - ilYa[0].length, end }, offset, direction: -1, fromReference: true });
      continue;
    }
    if (unit === 'W' && (unitWord === 'sa' || /aménorrh/.test(whole)) && AT_BEFORE.test(before)) {
      add({ kind: 'relative', range: { start, end }, offset, direction: 1, eventRelative: true });
      continue;
    }
    add({ kind: 'duration', range: { start, end }, value: durationValue(offset), offset });
  }

  for (const m of matches(OTHER_RELATIVE)) {
    const g = m.groups!;
    const range = { start: m.index, end: m.index + m[0].length };
    if (g.dayWord) {
      const word = g.dayWord.replace(/\s+/g, ' ');
      const days = word === 'le surlendemain' ? 2 : word === 'le lendemain' ? 1 : word === 'la veille' || word === 'hier' ? -1 : /avant-(?:veille|hier)/.test(word) ? -2 : 0;
      const fromReference = /^(?:avant-hier|hier|aujourd|ce jour)/.test(word);
      add({ kind: 'relative', range, offset: { amount: Math.abs(days), unit: 'D' }, direction: days < 0 ? -1 : 1, ...(fromReference ? { fromReference: true } : {}) });
    } else if (g.moment) {
      add({ kind: 'relative', range, eventRelative: true });
    } else if (g.careDay) {
      // 'J3' is a day of care; 'D3' only with its sign ('D+3'), never a vertebra.
      if (g.careLetter === 'd' && !g.careSign) continue;
      add({ kind: 'relative', range, offset: { amount: Number(g.careDay), unit: 'D' }, direction: g.careSign === '-' ? -1 : 1, eventRelative: true });
    } else if (g.careMonth) {
      add({ kind: 'relative', range, offset: { amount: Number(g.careMonth), unit: 'M' }, direction: 1, eventRelative: true });
    } else if (g.ordUnit || g.ordWordUnit) {
      const word = g.ordUnit ?? g.ordWordUnit;
      const unit: TimeUnit = word === 'jour' ? 'D' : word === 'semaine' ? 'W' : 'M';
      const amount = g.ordNumber ? Number(g.ordNumber) : ORDINAL_WORDS[g.ordWord];
      add({ kind: 'relative', range: { start: joinBefore(lower, m.index, ORDINAL_BEFORE), end: range.end }, offset: { amount, unit }, direction: 1, eventRelative: true });
    } else if (g.dmDay) {
      const day = g.dmDay === '1er' ? 1 : Number(g.dmDay);
      if (day < 1 || day > 31) continue;
      add({ kind: 'relative', range, yearless: { month: MONTHS[g.dmMonth], day } });
    } else if (g.dn || g.dnLine) {
      const written = g.dn ?? g.dnLine;
      const [day, month] = written.split(/[/.]/).map(Number);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const start = m.index + m[0].indexOf(written);
      add({ kind: 'relative', range: { start, end: start + written.length }, yearless: { month, day } });
    }
  }

  found.sort((a, b) => a.range.start - b.range.start);
  resolve(found, reference);
  found.push(...findRanges(text, lower, found));
  found.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return found;
}

/** Relative dates resolved against the date told just before them (or the reference date). */
function resolve(expressions: TimeExpression[], reference?: Date): void {
  let last: { point: DatePoint; expression: TimeExpression } | undefined;
  const referencePoint: DatePoint | undefined = reference
    ? { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate(), precision: 'day' }
    : undefined;
  for (const e of expressions) {
    if (e.kind === 'date' && e.date && !e.date.invalid) {
      last = { point: pointOf(e.date), expression: e };
      continue;
    }
    if (e.kind === 'relative' && e.yearless && last) {
      // The year told before; the next one if the day would come before the date told before.
      const { month, day } = e.yearless;
      const year = month * 100 + day < last.point.month * 100 + last.point.day && last.point.precision !== 'year' ? last.point.year + 1 : last.point.year;
      const point: DatePoint = { year, month, day: Math.min(day, daysInMonth(year, month)), precision: 'day' };
      e.value = isoOf(point);
      e.anchor = { range: last.expression.range, text: last.expression.text };
      last = { point, expression: e };
      continue;
    }
    if (e.kind !== 'relative' || e.eventRelative || !e.offset || !e.direction) continue;
    const anchor = e.fromReference ? referencePoint : last?.point;
    if (!anchor) continue;
    const point = shift(anchor, e.offset, e.direction);
    if (!point) continue;
    e.value = isoOf(point);
    e.anchor = e.fromReference ? 'reference' : { range: last!.expression.range, text: last!.expression.text };
    last = { point, expression: e };
  }
}

/** Ranges from one time expression to the next: 'du 3 au 5 mars 2010', 'entre 2009 et 2011', 'de 2011 à aujourd'hui'. */
function findRanges(text: string, lower: string, expressions: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  const points = expressions.filter((e) => e.kind === 'date' || e.kind === 'relative');
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const opening = RANGE_WORDS.exec(lower.slice(Math.max(0, a.range.start - 8), a.range.start).replace(/^.*?(?=(?:du|de|d['’]|entre)\s+$)/, ''));
    const link = RANGE_LINK.exec(lower.slice(a.range.end, b.range.start));
    if (!opening || !link || (opening[1] === 'entre') !== (link[1] === 'et')) continue;
    const start = a.range.start - opening[0].length;
    const range = { start, end: b.range.end };
    out.push({ kind: 'range', range, text: text.slice(range.start, range.end), value: a.value && b.value ? `${a.value}/${b.value}` : undefined, ends: [a, b] });
  }
  return out;
}
