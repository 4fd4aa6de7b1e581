/**
 * Quantities: numbers with a unit, as clinicians write them ('400 mg', '2,5 mg/kg/j',
 * '15 x 12 mm', '120/80 mmHg', 'entre 5 et 10 mm', '4,2 x 10^9/L'). Bare numbers, dates, times
 * of day, phone numbers, scores and staging codes are not quantities.
 */
import type { Range } from '../findings.js';
import {
  ATOM_BY_FOLDED_FORM,
  ATOM_BY_FORM,
  unknownUnitSuggestion,
  type Dimension,
  type UnitAtom,
} from '../knowledge/units.js';
import { isDigit, isLetter, isSpace } from './text.js';

export interface NumberToken {
  range: Range;
  text: string;
  value: number;
  /** The decimal separator as written, when there is one. */
  decimalSeparator?: ',' | '.';
  /** Digits after the decimal separator. */
  fraction?: string;
  /** Written without its integer part (',5'). */
  leadingSeparator: boolean;
  /**
   * '1.500', '1,500': one to three digits (not a lone zero), a point or a comma, exactly three
   * digits. French reads a decimal (1,5; `value`), but the separator may group thousands (a point
   * as some notes write, an English comma left by a translation): that reading's value.
   */
  thousands?: number;
  /** Digit groups separated by spaces or points ('1 500'). */
  grouped: boolean;
  sign?: '-' | '+';
}

/** A part of a unit ('mg', '/kg', '/24 h'), placed in its unit's text: the same wherever the unit is written. */
export interface UnitPart {
  /** Where the part starts and ends in its unit's text, with its slash and count ('/24 h'). */
  start: number;
  end: number;
  /** Where the unit word alone ('h') starts and ends in its unit's text. */
  atomStart: number;
  atomEnd: number;
  text: string;
  atom: UnitAtom;
  /** Written in a case the atom does not accept ('MG', 'Kg'). */
  caseMismatch: boolean;
  /** Divides the unit ('/kg', '/24 h'). */
  denominator: boolean;
  /** A count before a denominator atom ('24' in 'mg/24 h'). */
  count?: number;
}

/**
 * A unit as written ('mg/kg/j'), wherever it is written: a note writes a few units many times,
 * and each written form is read into one of these once and shared by every quantity written with
 * it (a quantity's objects were about half a kilobyte lighter for it: the heap of a long note).
 */
export interface UnitForm {
  text: string;
  parts: readonly UnitPart[];
  /** False for a misspelt unit ('mgr'); then `suggestion` holds the likely unit. */
  known: boolean;
  suggestion?: string;
  /** The unit as the project writes it ('mg/kg/j', 'G/L'). */
  canonical: string;
  /** UCUM code, when the unit has one. */
  ucum?: string;
  /** 'mass', 'mass/volume', 'count/volume' … */
  dimension: string;
  /** Written as a power of ten ('x 10^9/L'). */
  multiplier?: boolean;
}

/** A unit written at a place of the text: its range, and its form (shared). */
export class UnitToken {
  constructor(
    readonly range: Range,
    readonly form: UnitForm,
  ) {}

  get text(): string {
    return this.form.text;
  }
  get parts(): readonly UnitPart[] {
    return this.form.parts;
  }
  get known(): boolean {
    return this.form.known;
  }
  get suggestion(): string | undefined {
    return this.form.suggestion;
  }
  get canonical(): string {
    return this.form.canonical;
  }
  get ucum(): string | undefined {
    return this.form.ucum;
  }
  get dimension(): string {
    return this.form.dimension;
  }
  get multiplier(): boolean | undefined {
    return this.form.multiplier;
  }

  /** Where `part` (one of this unit's) is in the note, with its slash and count. */
  partRange(part: UnitPart): Range {
    return { start: this.range.start + part.start, end: this.range.start + part.end };
  }

  /** Where `part`'s unit word alone is in the note. */
  atomRange(part: UnitPart): Range {
    return { start: this.range.start + part.atomStart, end: this.range.start + part.atomEnd };
  }
}

/** The forms read so far, by their text (bounded: a few hundred in practice). */
const FORMS = new Map<string, UnitForm>();

/** The unit written text[range): its form read by `read` the first time it is written so. */
function unitToken(text: string, range: Range, read: (written: string) => UnitForm): UnitToken {
  const written = text.slice(range.start, range.end);
  let form = FORMS.get(written);
  if (!form) {
    if (FORMS.size >= 10_000) FORMS.clear();
    FORMS.set(written, (form = read(written)));
  }
  return new UnitToken(range, form);
}

export type QuantityKind = 'single' | 'range' | 'size' | 'ratio';

export interface Quantity {
  range: Range;
  kind: QuantityKind;
  numbers: NumberToken[];
  /** The unit that applies to the whole quantity (the last one written). */
  unit: UnitToken;
  /** The unit written right after each number, when there is one ('3 cm x 15 mm'). */
  numberUnits: (UnitToken | undefined)[];
  comparator?: string;
}

// Things that start with digits but are not quantities; skipped whole.
const NOT_QUANTITY: RegExp[] = [
  /\d{1,2}([/.-])\d{1,2}\1\d{2,4}(?!\d)/y, // 12/03/2010, 12.03.10 (one separator: '0.00/10 mmHg' is a ratio)
  /\d{4}-\d{1,2}-\d{1,2}(?!\d)/y, // 2010-03-12
  /\d{1,2}\/(?:19|20)\d{2}(?!\d)/y, // 03/2010
  /\d{1,2}\s?[hH]\s?\d{2}(?!\d)/y, // 11h30, 11 h 30
  /\d{1,2}:\d{2}(?!\d)/y, // 11:30
  /0\d(?:[ .]?\d{2}){4}(?!\d)/y, // phone numbers
];

/** Where a non-quantity starting at `pos` ends ('12/03/2010', '11h30'), or -1. */
function notQuantityEnd(text: string, pos: number): number {
  // Each pattern needs a leading 0 or, after the first digits, one of / . - : h or a space.
  let e = pos;
  while (isDigit(text[e])) e++;
  const after = text[e];
  if (text[pos] !== '0' && after !== '/' && after !== '.' && after !== '-' && after !== ':' && after !== 'h' && after !== 'H' && !isSpace(after)) return -1;
  for (const re of NOT_QUANTITY) {
    const m = matchAt(re, text, pos);
    if (m) return pos + m[0].length;
  }
  return -1;
}

const NUMBER =
  /(?:[,.]\d+|\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:\.\d{3}){2,})(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?)/y;

const MULTIPLIER =
  /[ \u00a0\u202f]?(?:[x×*.][ \u00a0\u202f]?)?10[ \u00a0\u202f]?(?:\^|\*\*|\*|[eE])?[ \u00a0\u202f]?(9|12|6|3|⁹|¹²|⁶|³)[ \u00a0\u202f]?\/[ \u00a0\u202f]?(L|l|mm3|mm³|µL|µl|μL|μl|mL|ml)(?![\p{L}\d])/uy;

/** The unit-like word at `pos` ('mg', 'µmol', 'm²', 'paquets-années'), or undefined. */
function unitWordAt(text: string, pos: number): string | undefined {
  const first = text[pos];
  if (!isLetter(first) && first !== '°' && first !== '%' && first !== 'µ' && first !== 'μ') return undefined;
  let e = pos + 1;
  for (let c = text[e]; isLetter(c) || isDigit(c) || c === '²' || c === '³' || c === '₂' || c === 'µ' || c === 'μ'; c = text[++e]);
  if (text[e] === '-' && isLetter(text[e + 1])) {
    e++;
    while (isLetter(text[e])) e++;
  }
  return text.slice(pos, e);
}

// Worded comparators, matched on the lower-cased words before a number: those ending in 'à', in 'de'.
const WORDED_COMPARATORS_A: [RegExp, string][] = [
  [/\binf[ée]rieure?s? (?:ou [ée]gale?s? )?à$/, '<'],
  [/\bsup[ée]rieure?s? (?:ou [ée]gale?s? )?à$/, '>'],
];
const WORDED_COMPARATORS_DE: [RegExp, string][] = [
  [/\bmoins de$/, '<'],
  [/\bplus de$/, '>'],
];

const COUNTED_DENOMINATORS = new Set<Dimension>(['time', 'area', 'volume', 'mass']);

const SUPERSCRIPT: Record<string, string> = { '⁹': '9', '¹²': '12', '⁶': '6', '³': '3' };

/** Past the border between two cells of a Markdown table row ('41 | mmol/L'), or `pos` when it is not one. */
function afterCellBorder(text: string, pos: number): number {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(lineStart, lineStart + 8))) return pos;
  const border = matchAt(/\|[ \t]*/y, text, pos);
  return border ? pos + border[0].length : pos;
}

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function parseNumber(text: string, pos: number): NumberToken | undefined {
  const m = matchAt(NUMBER, text, pos);
  if (!m) return undefined;
  let raw = m[0];
  // '1.2.3' or '1,2,3': a list or a section number, not one number.
  const after = text[pos + raw.length];
  if ((after === '.' || after === ',') && isDigit(text[pos + raw.length + 1]) && !/^.10 ?(?:\^|\*|[⁹¹⁶³])/.test(text.slice(pos + raw.length, pos + raw.length + 6))) return undefined;
  // A trailing group that is really the next number ('2 500' is one number, '2 50' is not).
  const leadingSeparator = raw[0] === ',' || raw[0] === '.';
  // After a closing bracket or a word, a comma or a point is punctuation without its space ('(1 g),5 jours').
  if (leadingSeparator && (text[pos - 1] === ')' || text[pos - 1] === ']' || isLetter(text[pos - 1]))) return undefined;
  let grouped = false;
  let intPart: string;
  let fraction: string | undefined;
  let decimalSeparator: ',' | '.' | undefined;
  let thousands: number | undefined;
  if (leadingSeparator) {
    intPart = '0';
    decimalSeparator = raw[0] as ',' | '.';
    fraction = raw.slice(1);
  } else if (raw.length > 4 && (/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+/.test(raw) || /^\d{1,3}(?:\.\d{3}){2,}/.test(raw))) {
    grouped = true;
    const comma = raw.indexOf(',');
    intPart = (comma >= 0 ? raw.slice(0, comma) : raw).replace(/[ \u00a0\u202f.]/g, '');
    if (comma >= 0) {
      decimalSeparator = ',';
      fraction = raw.slice(comma + 1);
    }
  } else {
    const sep = raw.search(/[.,]/);
    if (sep >= 0) {
      intPart = raw.slice(0, sep);
      decimalSeparator = raw[sep] as ',' | '.';
      fraction = raw.slice(sep + 1);
      if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) thousands = Number(intPart + fraction);
    } else {
      intPart = raw;
    }
  }
  // '1 000.5': two conventions in one number; not a number clinlint can read safely.
  if (grouped && !decimalSeparator && text[pos + raw.length] === '.' && isDigit(text[pos + raw.length + 1])) return undefined;
  raw = text.slice(pos, pos + m[0].length);
  const value = Number(intPart + (fraction !== undefined ? '.' + fraction : ''));
  return {
    range: { start: pos, end: pos + raw.length },
    text: raw,
    value,
    decimalSeparator,
    fraction,
    leadingSeparator,
    thousands,
    grouped,
  };
}

function atomAt(text: string, pos: number, denominator = false): { atom: UnitAtom; end: number; caseMismatch: boolean } | 'unknown' | undefined {
  let word = unitWordAt(text, pos);
  if (word === undefined) return undefined;
  let end = pos + word.length;
  // '° C' (or '° F') written with a space.
  if (word === '°' && isSpace(text[end]) && (text[end + 1] === 'C' || text[end + 1] === 'F') && !isLetter(text[end + 2])) {
    word = `° ${text[end + 1]}`;
    end += 2;
  }
  // 'cm H2O'
  if (word === 'cm' && text.startsWith(' H2O', end)) {
    word = 'cm H2O';
    end += 4;
  }
  const exact = ATOM_BY_FORM.get(word);
  if (exact) return { atom: exact, end, caseMismatch: false };
  const folded = ATOM_BY_FOLDED_FORM.get(word.toLowerCase());
  // After a number, 'Ul' is 'UI' typed with an l far more often than microlitres with a capital U;
  // after a slash ('12450/Ul' leucocytes), it is microlitres.
  const capitalU = !denominator && word[0] === 'U' && folded?.canonical === 'µL';
  if (folded && !folded.word && !folded.foreign && word.length > 1 && !capitalU) return { atom: folded, end, caseMismatch: true };
  return 'unknown';
}

/** The form of a unit of known parts written `text`; the parts placed in the note, the unit starting at `start`. */
function knownForm(placed: UnitPart[], text: string, start: number): UnitForm {
  const parts = placed.map((p) => ({ ...p, start: p.start - start, end: p.end - start, atomStart: p.atomStart - start, atomEnd: p.atomEnd - start }));
  // Most units are one atom ('mg', 'cm').
  if (parts.length === 1 && !parts[0].denominator) {
    const { atom } = parts[0];
    return { text, parts, known: true, canonical: atom.canonical, ucum: atom.ucum, dimension: atom.dimension };
  }
  let canonical = '';
  let ucum = '';
  let num: Dimension[] = [];
  const den: string[] = [];
  for (const part of parts) {
    const count = part.count !== undefined ? `${String(part.count).replace('.', ',')} ` : '';
    if (part.denominator) {
      canonical += `/${count}${part.atom.canonical}`;
      ucum += part.count !== undefined ? `/(${part.count}.${part.atom.ucum})` : `/${part.atom.ucum}`;
      den.push(part.atom.dimension);
    } else {
      canonical += part.atom.canonical;
      ucum += part.atom.ucum;
      num = [part.atom.dimension];
    }
  }
  if (ucum.startsWith('/')) ucum = '1' + ucum;
  const dimension = [num.length ? num[0] : '', ...den].join('/');
  return { text, parts, known: true, canonical, ucum, dimension };
}

/** Parses the unit starting at or one space after `pos`. */
function parseUnit(text: string, pos: number): UnitToken | undefined {
  // A multiplier's '10' opens within its first four characters ('10^9', ' x 10⁹').
  const tenAt = (i: number) => text.charCodeAt(i) === 0x31 && text.charCodeAt(i + 1) === 0x30;
  const mult = tenAt(pos) || tenAt(pos + 1) || tenAt(pos + 2) || tenAt(pos + 3) ? matchAt(MULTIPLIER, text, pos) : null;
  if (mult) {
    const exp = SUPERSCRIPT[mult[1]] ?? mult[1];
    const per = mult[2].replace(/[μu]/, 'µ');
    const volume = per.toLowerCase() === 'l' ? 'L' : per.startsWith('m') && per !== 'mL' && per !== 'ml' ? 'mm³' : per;
    const start = pos + (isSpace(text[pos]) ? 1 : 0);
    return unitToken(text, { start, end: pos + mult[0].length }, (written) => {
      const perLitre = volume === 'L' ? Number(exp) : volume === 'mm³' || volume === 'µL' ? Number(exp) + 6 : Number(exp) + 3;
      const canonical = perLitre === 9 ? 'G/L' : perLitre === 12 ? 'T/L' : `10^${exp}/${volume}`;
      const ucumPer = volume === 'L' ? 'L' : volume === 'mm³' ? 'mm3' : volume === 'µL' ? 'uL' : 'mL';
      return { text: written, parts: [], known: true, canonical, ucum: `10*${exp}/${ucumPer}`, dimension: 'count/volume', multiplier: true };
    });
  }
  let p = pos;
  if (isSpace(text[p])) p++;
  // A Markdown table of results: the unit in the cell after the value ('| Kaliémie | 41 | mmol/L |').
  if (text[p] === '|') p = afterCellBorder(text, p);
  const start = p;
  const parts: UnitPart[] = [];
  if (text[p] !== '/') {
    const first = atomAt(text, p);
    if (first === undefined) return undefined;
    if (first === 'unknown') {
      const word = unitWordAt(text, p)!;
      const suggestion = unknownUnitSuggestion(word);
      if (!suggestion) return undefined;
      return unitToken(text, { start: p, end: p + word.length }, (written) => ({ text: written, parts: [], known: false, suggestion, canonical: suggestion, dimension: 'unknown' }));
    }
    parts.push({ start: p, end: first.end, atomStart: p, atomEnd: first.end, text: text.slice(p, first.end), atom: first.atom, caseMismatch: first.caseMismatch, denominator: false });
    p = first.end;
  }
  // Denominators: '/kg', '/24 h', '/1,73 m²', '/min', and with a negative exponent ('mg.kg-1').
  for (;;) {
    if (text[p] !== '/') {
      const inverse = parts.length > 0 ? inverseAt(text, p) : undefined;
      if (!inverse) break;
      parts.push({ start: p, end: inverse.end, atomStart: inverse.atomRange.start, atomEnd: inverse.atomRange.end, text: text.slice(p, inverse.end), atom: inverse.atom, caseMismatch: inverse.caseMismatch, denominator: true });
      p = inverse.end;
      continue;
    }
    let q = p + 1;
    let count: number | undefined;
    const n = matchAt(/\d+(?:[.,]\d+)?/y, text, q);
    if (n) {
      count = Number(n[0].replace(',', '.'));
      q += n[0].length;
      if (isSpace(text[q])) q++;
    }
    const atom = atomAt(text, q, true);
    if (atom === 'unknown' && parts.length > 0 && count === undefined) {
      // A misspelt denominator ('12 g/dll', '80 µmol/ll'): the whole unit is unknown, with the known part kept in the suggestion.
      const word = unitWordAt(text, q)!;
      const suggestion = unknownUnitSuggestion(word);
      if (suggestion) {
        const canonical = `${knownForm(parts, text.slice(start, p), start).canonical}/${suggestion}`;
        return unitToken(text, { start, end: q + word.length }, (written) => ({ text: written, parts: [], known: false, suggestion: canonical, canonical, dimension: 'unknown' }));
      }
    }
    if (atom === undefined || atom === 'unknown') break;
    // '/24 h', '/1,73 m²', '/100 mL' count their denominator; '120/80 mmHg' is a ratio.
    if (count !== undefined && (parts.length === 0 || !COUNTED_DENOMINATORS.has(atom.atom.dimension))) break;
    parts.push({ start: p, end: atom.end, atomStart: q, atomEnd: atom.end, text: text.slice(p, atom.end), atom: atom.atom, caseMismatch: atom.caseMismatch, denominator: true, count });
    p = atom.end;
  }
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && parts[0].atom.perOnly) return undefined;
  return unitToken(text, { start, end: p }, (written) => knownForm(parts, written, start));
}

/** A negative exponent: '-1', '−1', '⁻¹'. */
const MINUS_ONE = /(?:-1|−1|⁻¹)(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])/y;

/**
 * A unit of the denominator written as a product with a negative exponent, at `pos`: '.kg-1',
 * '·kg⁻¹', '.h -1' ('10 mg.kg-1', '0,5 µg.kg-1.min-1', as anaesthesia writes them).
 */
function inverseAt(text: string, pos: number): { atom: UnitAtom; atomRange: Range; end: number; caseMismatch: boolean } | undefined {
  if (text[pos] !== '.' && text[pos] !== '·' && text[pos] !== '⋅') return undefined;
  const atom = atomAt(text, pos + 1, true);
  if (atom === undefined || atom === 'unknown') return undefined;
  const exponent = matchAt(MINUS_ONE, text, isSpace(text[atom.end]) ? atom.end + 1 : atom.end);
  if (!exponent) return undefined;
  return { atom: atom.atom, atomRange: { start: pos + 1, end: atom.end }, end: exponent.index + exponent[0].length, caseMismatch: atom.caseMismatch };
}

/** After a number: a count of intakes or tablets ('1 fois', '1 cp', '2 x'), not a range's end. */
const COUNT_AFTER = /^\s*(?:fois|x|×|cps?|comprimés?|gélules?|prises?)(?![\p{L}])/iu;

type Separator = { kind: 'range' | 'size' | 'ratio'; end: number };

function separatorAt(text: string, pos: number, inEntre: () => boolean): Separator | undefined {
  // Every separator opens on its sign or on one space before it.
  const first = text[pos];
  const sign = isSpace(first) ? text[pos + 1] : first;
  if (sign === undefined || !'x×X*/-–—àe'.includes(sign)) return undefined;
  const size = matchAt(/[ \u00a0\u202f]?[x×X*][ \u00a0\u202f]?(?=[\d,.])/y, text, pos);
  if (size) return { kind: 'size', end: pos + size[0].length };
  if (text[pos] === '/' && isDigit(text[pos + 1])) return { kind: 'ratio', end: pos + 1 };
  // '1,5 -,5 mg' is a range, as '1,5 -0,5 mg' is once its zero is written.
  const range = matchAt(/[ \u00a0\u202f]?[-–—][ \u00a0\u202f]?(?=\d|[,.]\d)|[ \u00a0\u202f]à[ \u00a0\u202f](?=[\d,])/y, text, pos);
  if (range) return { kind: 'range', end: pos + range[0].length };
  if (sign === 'e' && inEntre()) {
    const et = matchAt(/[ \u00a0\u202f]et[ \u00a0\u202f](?=\d)/y, text, pos);
    if (et) return { kind: 'range', end: pos + et[0].length };
  }
  return undefined;
}

/** The start of a number token here, or -1 when the digit belongs to a word or a code. */
function numberStart(text: string, digit: number): number {
  let start = digit;
  const prev = text[digit - 1];
  if ((prev === ',' || prev === '.') && !isDigit(text[digit - 2]) && !isLetter(text[digit - 2])) start = digit - 1;
  const before = text[start - 1];
  // '1..2', '1,.2': a doubled separator inside a number; '12/03/,5': the end of a broken date or
  // ratio. Neither is a number without its leading zero.
  if (start < digit && (before === ',' || before === '.' || before === '/')) return -1;
  if (before !== undefined && (isLetter(before) || isDigit(before) || before === '_' || before === '°')) return -1;
  // '212'000/mm³': the thousands of a number grouped by an apostrophe (Switzerland), not a number of their own.
  if ((before === "'" || before === '’') && isDigit(text[start - 2])) return -1;
  // '38, 5 °C': the second half of a decimal split by a stray space, or a list; never a quantity of its own.
  // A decimal of its own ('12, 0,4 cm') is not such a half.
  if (followsSplitDecimalHead(text, start) && !isDigit(text[start + 1]) && !((text[start + 1] === ',' || text[start + 1] === '.') && isDigit(text[start + 2]))) return -1;
  return start;
}

/** Is `start` just after the head of a decimal split by a stray space ('38, ' of '38, 5 °C')? A lone digit there is its second half. */
export function followsSplitDecimalHead(text: string, start: number): boolean {
  return text[start - 1] === ' ' && text[start - 2] === ',' && isDigit(text[start - 3]) && /(?:^|[^\d,.])\d{1,2}, $/u.test(text.slice(Math.max(0, start - 6), start));
}

function signBefore(text: string, start: number): '-' | '+' | undefined | 'code' {
  const c = text[start - 1];
  if (c !== '-' && c !== '−' && c !== '+') return undefined;
  const before = text[start - 2];
  if (before !== undefined && (isLetter(before) || isDigit(before))) return 'code'; // J+3, M-1, 2-3 handled by ranges
  return c === '+' ? '+' : '-';
}

function comparatorBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  const last = text[i];
  const previous = text[i - 1];
  switch (last) {
    case '≤':
    case '≥':
      return last;
    case '<':
      return previous === '=' ? '≤' : '<';
    case '>':
      return previous === '=' ? '≥' : '>';
    case '=':
      return previous === '<' ? '≤' : previous === '>' ? '≥' : undefined;
    case 'à':
    case 'À': {
      // 'inférieure à', 'supérieur ou égal à'.
      const words = text.slice(Math.max(0, i - 30), i + 1).toLowerCase();
      for (const [re, value] of WORDED_COMPARATORS_A) if (re.test(words)) return value;
      return undefined;
    }
    case 'e':
    case 'E': {
      // 'moins de', 'plus de'.
      if (previous !== 'd' && previous !== 'D') return undefined;
      const words = text.slice(Math.max(0, i - 8), i + 1).toLowerCase();
      for (const [re, value] of WORDED_COMPARATORS_DE) if (re.test(words)) return value;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Every quantity of the text, in order. Linear: each character is visited a bounded number of
 * times. Nothing it matches, around a number or in it, runs over a blank line: read paragraph by
 * paragraph (NoteModel with a memo), a text gives the same quantities.
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const digits = /\d/g;
  let from = 0;
  for (;;) {
    digits.lastIndex = from;
    const d = digits.exec(text);
    if (!d) break;
    const digit = d.index;
    const start = numberStart(text, digit);
    if (start < 0) {
      // Skip the rest of this word or code ('T4N0M1b', 'SpO2').
      let e = digit;
      while (e < text.length && (isLetter(text[e]) || isDigit(text[e]))) e++;
      from = e;
      continue;
    }
    const sign = signBefore(text, start);
    if (sign === 'code') {
      let e = digit;
      while (e < text.length && (isLetter(text[e]) || isDigit(text[e]))) e++;
      from = e;
      continue;
    }
    const skipTo = notQuantityEnd(text, start);
    if (skipTo >= 0) {
      from = skipTo;
      continue;
    }
    const q = parseQuantityAt(text, start, sign);
    if (q) {
      out.push(q.quantity);
      from = q.quantity.range.end;
    } else {
      from = skipNumber(text, start);
    }
  }
  return out;
}

/** A copy of a quantity `by` characters further (read from a paragraph, placed in its note). */
export function shiftQuantity(q: Quantity, by: number): Quantity {
  const at = (r: Range): Range => ({ start: r.start + by, end: r.end + by });
  // The quantity's unit is also the last number's: one copy for both.
  const copies = new Map<UnitToken, UnitToken>();
  const unitAt = (u: UnitToken): UnitToken => {
    let copy = copies.get(u);
    if (!copy) copies.set(u, (copy = new UnitToken(at(u.range), u.form)));
    return copy;
  };
  return {
    ...q,
    range: at(q.range),
    numbers: q.numbers.map((n) => ({ ...n, range: at(n.range) })),
    unit: unitAt(q.unit),
    numberUnits: q.numberUnits.map((u) => u && unitAt(u)),
  };
}

/** Where an unreadable number ('1 000.5', '1.2.3') ends: after every digit group of it (after a space, thousands only). */
function unreadableEnd(text: string, start: number): number {
  const m = matchAt(/[,.]?\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*/y, text, start);
  return start + (m ? m[0].length : 1);
}

const MONTH_OR_EN_BEFORE = /(?:^|[^\p{L}])(?:en|depuis|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)[ \u00a0]$/iu;

/** Is the number a year told as a date ('en 2019', 'mai 2021')? */
function yearBefore(text: string, n: NumberToken): boolean {
  return /^(?:19|20)\d\d$/.test(n.text) && MONTH_OR_EN_BEFORE.test(text.slice(Math.max(0, n.range.start - 11), n.range.start));
}

function skipNumber(text: string, start: number): number {
  const n = parseNumber(text, start);
  if (!n) return unreadableEnd(text, start);
  // Skip what follows a bare number: a ratio or list of numbers that is not a quantity ('12/15').
  let e = n.range.end;
  while (text[e] === '/' && isDigit(text[e + 1])) {
    e++;
    // An unreadable denominator ('0/1 100.0') is skipped whole: read from its middle, '100.0'
    // would be fixed into '1 100,0', one thousand one hundred.
    if (!parseNumber(text, e)) return unreadableEnd(text, e);
    while (isDigit(text[e])) e++;
  }
  return e;
}

function parseQuantityAt(text: string, start: number, sign: '-' | '+' | undefined): { quantity: Quantity } | undefined {
  const first = parseNumber(text, start);
  if (!first) return undefined;
  if (sign) {
    first.sign = sign;
    first.range = { start: start - 1, end: first.range.end };
    first.text = text.slice(start - 1, first.range.end);
    if (sign === '-') first.value = -first.value;
  }
  // 'entre 5 et 10 mm': read only when an 'et' follows a number.
  const inEntre = () => /\b(?:entre|de)[ \u00a0]$/.test(text.slice(Math.max(0, start - 7), start).toLowerCase());
  const numbers: NumberToken[] = [first];
  const numberUnits: (UnitToken | undefined)[] = [];
  let kind: QuantityKind = 'single';
  let pos = first.range.end;
  for (;;) {
    const unit = parseUnit(text, pos);
    numberUnits[numbers.length - 1] = unit;
    if (unit) pos = unit.range.end;
    if (unit && !unit.known) break;
    const sep = separatorAt(text, pos, inEntre);
    if (!sep || (kind !== 'single' && sep.kind !== kind)) break;
    if (sep.kind === 'ratio' && (unit || numbers.length > 1)) break;
    if (sep.kind === 'range' && numbers.length > 1) break;
    // 'en 2019 à 32 SA', 'le 3 mai 2021 à 39,5 °C': a year, then the value at that time.
    if (sep.kind === 'range' && !unit && yearBefore(text, first)) break;
    const next = parseNumber(text, sep.end);
    if (!next || notQuantityEnd(text, sep.end) >= 0) break;
    kind = sep.kind;
    numbers.push(next);
    pos = next.range.end;
    if (numbers.length > 8) break;
  }
  // '1 g x 3/j' is a dose three times a day, not a size; nor '40 mg/j x 5 j', '3 mg x 4 cp' (a
  // rate for a length of time, a dose in tablets).
  const notSize = (u: UnitToken | undefined, i: number) =>
    u !== undefined && (u.parts.some((p) => p.denominator) || (i > 0 && (u.dimension === 'time' || u.dimension === 'dose-form')));
  if (kind === 'size' && numberUnits.some((u, i) => (i > 0 && u?.parts[0]?.denominator) || notSize(u, i))) {
    numbers.length = 1;
    numberUnits.length = 1;
    kind = 'single';
  }
  // 'Lasilix 40mg x2', '3 cm x 2': a count after a number with its unit (a dose taken twice), not
  // a size; the quantity ends at its last number with a unit.
  if (kind === 'size' && !numberUnits[numbers.length - 1]) {
    let last = numbers.length - 1;
    while (last >= 0 && !numberUnits[last]) last--;
    if (last >= 0) {
      numbers.length = last + 1;
      numberUnits.length = last + 1;
      if (numbers.length === 1) kind = 'single';
    }
  }
  // 'né à 3500 grammes à 39 SA': two measures of different kinds side by side, not a range; nor
  // 'méthotrexate 10 mg – 1 fois par jour', a dose then a count of intakes.
  if (
    kind === 'range' &&
    numberUnits[0] &&
    ((numberUnits[1] && numberUnits[0].dimension !== numberUnits[1].dimension) || (!numberUnits[1] && COUNT_AFTER.test(text.slice(numbers[1].range.end, numbers[1].range.end + 12))))
  ) {
    numbers.length = 1;
    numberUnits.length = 1;
    kind = 'single';
  }
  const unit = numberUnits[numbers.length - 1] ?? [...numberUnits].reverse().find((u) => u !== undefined);
  if (!unit) return undefined;
  // The quantity ends at its last number's unit, or at the last number when only an earlier one
  // carries a unit (a range written '2 mg à 3'; a size so written was cut above).
  let end = numberUnits[numbers.length - 1] ? unit.range.end : numbers[numbers.length - 1].range.end;
  if (kind === 'ratio' && numberUnits[0]) return undefined;
  if (kind === 'range' && numbers.length !== 2) return undefined;
  end = Math.max(end, unit.range.end);
  // '35.103 /mm3' is 35·10³ per mm³ whose superscript was lost, not 35.103.
  if (unit.canonical.startsWith('/')) {
    for (const n of numbers) {
      // Not '0,103 /mm3': zero times a power of ten is no count anyone writes.
      const sci = /^([1-9]\d*)[.,]10([3-9])$/.exec(n.text);
      if (sci) {
        n.value = Number(sci[1]) * 10 ** Number(sci[2]);
        n.decimalSeparator = undefined;
        n.fraction = undefined;
        n.thousands = undefined;
      }
    }
  }
  const comparator = comparatorBefore(text, numbers[0].range.start);
  return {
    quantity: {
      range: { start: numbers[0].range.start, end },
      kind,
      // Copies the size of their content: the arrays grown item by item hold room for 17 (a quantity kept about 150 bytes lighter).
      numbers: numbers.slice(),
      unit,
      numberUnits: numberUnits.slice(),
      comparator,
    },
  };
}

/** How a note writes its numbers and units, counted over its quantities. */
export interface Conventions {
  /** Numbers written right against a unit symbol French typography separates ('400mg'). */
  gluedUnits: number;
  /** The same, separated by a space ('400 mg'). */
  spacedUnits: number;
  /** Decimal numbers with a point ('2.5'), the ambiguous '1.500' excepted. */
  decimalPoints: number;
  /** Decimal numbers with a comma ('2,5'). */
  decimalCommas: number;
}

/** Is this number glued to a unit symbol that French typography separates from it? */
export function gluedUnit(quantity: Quantity, i: number): UnitToken | undefined {
  const unit = quantity.numberUnits[i];
  if (!unit || !unit.known || unit.multiplier) return undefined;
  const first = unit.parts[0];
  if (!first || first.denominator || !first.atom.spaced) return undefined;
  return unit;
}

export function countConventions(quantities: Quantity[]): Conventions {
  const c: Conventions = { gluedUnits: 0, spacedUnits: 0, decimalPoints: 0, decimalCommas: 0 };
  for (const q of quantities) {
    q.numbers.forEach((n, i) => {
      const unit = gluedUnit(q, i);
      if (unit) {
        if (unit.range.start === n.range.end) c.gluedUnits++;
        else c.spacedUnits++;
      }
      if (n.decimalSeparator === ',' && !n.grouped) c.decimalCommas++;
      if (n.decimalSeparator === '.' && n.thousands === undefined && !n.grouped) c.decimalPoints++;
    });
  }
  return c;
}

/**
 * Does a note that writes `odd` of `odd + usual` numbers one way make that way a slip? Yes when
 * the note is too short to have a convention of its own (fewer than four), or when that way is
 * the exception (at most one in four). A note written that way throughout follows a house
 * style; flagging every number of it would bury the real slips.
 */
export function isException(odd: number, usual: number): boolean {
  const total = odd + usual;
  return total < 4 || odd * 4 <= total;
}

/**
 * The largest dose of a unit that a thousands reading may be: past it ('1,250 g' read 1 250 g,
 * '2.000 cp'), only the decimal reading is a dose, and the number is not ambiguous. Generous
 * bounds (a day's fluids, a loading dose), so that a real ambiguity is never missed.
 */
function thousandsCanBeDose(atom: UnitAtom, thousands: number): boolean {
  if (atom.dimension === 'dose-form') return false;
  switch (atom.canonical) {
    case 'g':
    case 'MUI':
    case 'Gy':
      return false;
    case 'mg':
      return thousands <= 100_000;
    case 'mL':
      return thousands <= 10_000;
    default:
      return true;
  }
}

/** Is this number of a dose ('1,500' in '1,500 mg') one that may also be read as thousands? */
export function mayBeThousands(quantity: Quantity, n: NumberToken): boolean {
  const atom = quantity.unit.parts[0]?.atom;
  return n.thousands !== undefined && atom !== undefined && thousandsCanBeDose(atom, n.thousands);
}
