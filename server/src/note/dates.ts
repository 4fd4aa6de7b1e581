/**
 * Absolute dates as written in French notes: '12/03/2010', '12.03.10', '2010-03-12', '03/2010',
 * 'le 1er mars 2010', 'mardi 3 mars 2020', 'mars 2010', 'janv. 2011', 'en 2010'. Each with its
 * precision and an ISO-like value; dates that cannot exist are kept, marked, for date/invalid.
 */
import type { Range } from '../findings.js';
import { daysInMonth, ENGLISH_MONTHS, MONTHS, WEEKDAYS } from '../knowledge/calendar.js';
import { frontMatter } from './front-matter.js';
import { anchored, anchoredMatches, ClaimedRanges, lastStop } from './text.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  range: Range;
  text: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  /** The weekday written before it ('mardi'), 0 = dimanche. */
  weekday?: number;
  /** '2010-03-12', '2010-03', '2010'. */
  iso: string;
  /** Why no such day exists, when it does not. */
  invalid?: 'month' | 'day';
  /** Written with an English month name ('March 3, 2020', '3 March 2020'). */
  english?: true;
}

const MONTH_WORDS = [...Object.keys(MONTHS), ...Object.keys(ENGLISH_MONTHS)].sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).join('|');

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|[.,]\d)/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
/** A time of day in lower-cased text ('11h30', '11 h 30', '14:20', 'à 10h'). */
export const CLOCK_TIME = /(?<![\d/.,])\d{1,2}\s?(?:h\s?\d{2}|:\d{2})(?!\d)|(?:^|[^a-zà-öø-ÿœæ])à\s+\d{1,2}\s?h(?![a-zà-öø-ÿœæ\d])/;
/** Hours, 'h' or a colon, minutes ('10 h 70', '1h30', '14:75'); the character before is read apart (hoursAndMinutes). */
const HOURS_AND_MINUTES = /(\d{1,2})( ?[hH] ?|:)(\d{2})(?![a-zà-öø-ÿœæA-ZÀ-ÖØ-ÞŒ\d:])/g;
/** Before hours and minutes, or a time: a letter, a digit or a separator makes them part of a word, a code or a number. */
const PART_OF_BEFORE = /[a-zà-öø-ÿœæA-ZÀ-ÖØ-ÞŒ\d/.,:]/;

/**
 * Hours and minutes as written, a time of day or a length ('10 h 70', '1h30', 'à 25h10', 'vers
 * 14:75'); with a colon after 'à', 'vers' or 'dès' only ('SpO2:85' is no time). (A leading
 * lookbehind would be tried at every offset of the note: the character before is read here.)
 */
export function* hoursAndMinutes(text: string): Generator<{ index: number; text: string; hours: number; minutes: number }> {
  HOURS_AND_MINUTES.lastIndex = 0;
  for (let m = HOURS_AND_MINUTES.exec(text); m; m = HOURS_AND_MINUTES.exec(text)) {
    if (m.index > 0 && PART_OF_BEFORE.test(text[m.index - 1])) continue;
    if (m[2] === ':' && !AT_TIME_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    yield { index: m.index, text: m[0], hours: Number(m[1]), minutes: Number(m[3]) };
  }
}
/** A time of day: hours, 'h', maybe minutes ('10 h 30', '19h40', '9 h'); read by timesOfDay. */
const TIME_OF_DAY = /(\d{1,2}) ?[hH](?: ?(\d{2}))?(?![a-zà-öø-ÿœæA-ZÀ-ÖØ-ÞŒ\d])/g;
/** Before a time told as one: 'à', 'vers', 'dès', or the start of a line of a timeline ('- 9 h 15 : IRM'), in lower-cased text. */
const TIME_BEFORE = /(?:(?:^|[^a-zà-öø-ÿœæ])(?:à|vers|dès) |(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?)$/;
/** After it, a delay, not a time ('à 2 h de l'admission', 'à 3 h de vie', 'à 6 h post-opératoire'). */
const DELAY_AFTER = /^\s*(?:de|du|des|d['’]|après|post|plus\s+tard)(?![a-zà-öø-ÿœæ])/;

/**
 * The times of day a text tells as such, in order: after 'à', 'vers', 'dès' ('à 10 h 30', 'vers
 * 19 h 40') or opening a line of a timeline ('- 9 h 15 : IRM'); not a delay ('à 2 h de
 * l'admission'); with their minutes since midnight. `lower` is the text lower-cased.
 */
export function* timesOfDay(text: string, lower: string): Generator<{ range: Range; minutes: number; text: string }> {
  if (!/\d ?[hH]/.test(text)) return;
  TIME_OF_DAY.lastIndex = 0;
  for (let m = TIME_OF_DAY.exec(text); m; m = TIME_OF_DAY.exec(text)) {
    if (m.index > 0 && PART_OF_BEFORE.test(text[m.index - 1])) continue;
    const range = { start: m.index, end: m.index + m[0].length };
    const hours = Number(m[1]);
    const minutes = Number(m[2] ?? 0);
    if (hours > 23 || minutes > 59 || !TIME_BEFORE.test(lower.slice(Math.max(0, range.start - 8), range.start)) || DELAY_AFTER.test(lower.slice(range.end, range.end + 16))) continue;
    yield { range, minutes: hours * 60 + minutes, text: m[0] };
  }
}

/** Before a time of day ('à 10h20', 'vers 14:00'): [0] ends where the time starts. */
export const AT_TIME_BEFORE = /(?:^|[^a-zà-öø-ÿœæA-ZÀ-ÖØ-ÞŒ])(?:à|vers|dès) $/;
const APGAR_BEFORE = /apgar[\s:=,]*(?:(?:à|a|de|est|était|cotée?|coté)\s+)?$/;
const MONTH_YEAR = /(?<![\d/.,])(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g;
// MONTH and YEAR run on the lower-cased text, without the u flag, at word starts, found from the
// year they end on (a day and month without a year cannot be placed). LETTER is a lower-case
// French letter.
const LETTER = '[a-zà-öø-ÿœæ]';
// 21xx: only after a month name ('mars 2104', a slip for 2014 that date/future catches).
const YEAR_DIGITS = /(?:1[89]|2[01])\d{2}/;
// The month is searched first (a pattern that opens on optional groups scans slowly), then the
// day and weekday before it.
/** After a year: what makes the number a count ('sept 2000 mg', 'en 2010 patients'). */
const COUNTED_AFTER = `\\s*(?:mg|ml|ui|g|kg|cp|mmol|µmol|patients|cas)(?!${LETTER})`;
// The day may follow the month in the English way: 'March 3, 2020', 'March 3rd, 2020'.
const COUNTED_AFTER_RE = new RegExp(`^${COUNTED_AFTER}`);
const MONTH = anchored(YEAR_DIGITS, `(${MONTH_WORDS})(?!${LETTER})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,\\s*)?((?:1[89]|2[01])\\d{2})(?!\\d|${COUNTED_AFTER})`, 16);
const DAY_BEFORE = new RegExp(`(?:(${WEEKDAY_WORDS})\\s+)?(1er|\\d{1,2})\\s+$`);
/** A weekday before a numeric date ('mercredi 10/11/2026', 'Mardi le 3/2/2021'): checked against it. */
const WEEKDAY_BEFORE = new RegExp(`(?<![a-zà-öø-ÿœæ])(${WEEKDAY_WORDS})\\s{1,3}(?:le\\s{1,3})?$`);
const YEAR = anchored(YEAR_DIGITS, `(?:en|depuis|de|à|avant|après|jusqu['’]en|dès|fin|début|courant|mi-|entre|l['’]année|année)\\s+((?:19|20)\\d{2})(?![\\d/-]|[.,]\\d|${COUNTED_AFTER})`, 24);
const wordStart = (lower: string, at: number) => !/[a-zà-öø-ÿœæ\d]/.test(lower[at - 1] ?? '');

function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

const twoDigitYear = (y: string) => (y.length === 2 ? (Number(y) <= 40 ? 2000 : 1900) + Number(y) : Number(y));
const pad = (n: number) => String(n).padStart(2, '0');

function make(range: Range, text: string, year: number, month?: number, day?: number, weekday?: number): DateMention {
  let invalid: DateMention['invalid'];
  if (month !== undefined && (month < 1 || month > 12)) invalid = 'month';
  else if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) invalid = 'day';
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const iso = [String(year), month !== undefined ? pad(month) : undefined, day !== undefined ? pad(day) : undefined].filter(Boolean).join('-');
  return { range, text, precision, year, month, day, weekday, iso, invalid };
}

/** `lower`: the text in lower case with the same offsets (NoteModel.lowerText). */
export function findDates(text: string, lower: string = sameLengthLower(text)): DateMention[] {
  const out: DateMention[] = [];
  // The front matter's 'date: 2021-03-04' says when the note was written; it tells no event.
  const head = frontMatter(text);
  const claimed = new ClaimedRanges();
  if (head) claimed.claim(head.range);
  const add = (d: DateMention) => {
    if (!claimed.claim(d.range)) return;
    out.push(d);
  };
  const at = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) add(make(at(m), m[0], Number(m[1]), Number(m[2]), Number(m[3])));
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    // '1.2.10' could be a section number: with points, ask for two-digit day and month.
    if (m[2] === '.' && (m[1].length < 2 || m[3].length < 2)) continue;
    // 'Apgar 8/9/10': the scores at 1, 5 and 10 minutes.
    if (m[4].length === 2 && APGAR_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
    // 'Insuline rapide 14/16/12 UI': the doses of a day's meals, counted.
    if (m[4].length === 2 && COUNTED_AFTER_RE.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const weekday = WEEKDAY_BEFORE.exec(lower.slice(Math.max(0, m.index - 13), m.index));
    add(make(at(m), m[0], twoDigitYear(m[4]), Number(m[3]), Number(m[1]), weekday ? WEEKDAYS[weekday[1]] : undefined));
  }
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) add(make(at(m), m[0], Number(m[2]), Number(m[1])));
  // 'mars' alone, 'mai', 'sept' are words; a day and month without a year cannot be placed yet.
  for (const m of anchoredMatches(lower, MONTH)) {
    const english = Object.hasOwn(ENGLISH_MONTHS, m[1]);
    const before = m[2] ? null : DAY_BEFORE.exec(lower.slice(Math.max(0, m.index - 14), m.index));
    const start = before && wordStart(lower, m.index - before[0].length) ? m.index - before[0].length : m.index;
    const day = m[2] ? Number(m[2]) : before && start < m.index ? (before[2] === '1er' ? 1 : Number(before[2])) : undefined;
    const weekday = before?.[1] && start < m.index ? WEEKDAYS[before[1]] : undefined;
    const end = m.index + m[0].length;
    const date = make({ start, end }, text.slice(start, end), Number(m[3]), english ? ENGLISH_MONTHS[m[1]] : MONTHS[m[1]], day, weekday);
    add(english ? { ...date, english } : date);
  }
  for (const m of anchoredMatches(lower, YEAR)) {
    const start = m.index + m[0].length - m[1].length;
    add(make({ start, end: start + 4 }, m[1], Number(m[1])));
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** Words that announce a planned event: a later date is then expected. */
const PLANNED = /(?<![\p{L}])(?:prévue?s?|dpa|dpp|programmée?s?|planifiée?s?|prochaine?s?|à\s+revoir|à\s+refaire|à\s+réaliser|à\s+programmer|à\s+faire|à\s+prévoir|à\s+venir|réévaluation|rendez-vous|rdv|sera|seront|jusqu['’](?:en|au)|à\s+partir|d['’]ici|prévision|envisagée?s?|reconvoquée?|si\s+(?:accord|besoin|nécessaire|échec|persistance|aggravation|récidive|acceptation))(?![\p{L}])/iu;

/** Right before a date: the last time it was done ('dernière en 2019', 'précédent le 3 mars'). */
const DONE_BEFORE = /(?<![\p{L}])(?:dernière?|précédente?|déjà\s+(?:faite?|réalisée?))\s+(?:(?:en|le|du|au|à)\s+)?$/iu;

/**
 * Is the date told as planned ('rendez-vous le 15/01/2027', 'contrôle prévu en mars 2027'), by
 * the words before it in its clause? `lineStart`: where the date's line starts; `reference`: the
 * day the note was written (or today).
 */
export function toldAsPlanned(text: string, lineStart: number, d: DateMention, reference: Date): boolean {
  // A sentence broken before its date ('Prochaine échographie le\n24 décembre 2026'): read from the line before.
  let from = lineStart;
  if (lineStart > 1 && text[lineStart - 2] !== '\n' && /^[^\S\n]*$/.test(text.slice(lineStart, d.range.start)) && !/[.;:!?][^\S\n]*$/.test(text.slice(Math.max(0, lineStart - 8), lineStart - 1))) {
    from = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  const before = text.slice(Math.max(from, d.range.start - (from < lineStart ? 120 : 80)), d.range.start).replace(/\n/g, ' ');
  // The last one done, in a planned sentence ('mammographie à programmer (dernière en 2019)').
  if (DONE_BEFORE.test(before)) return false;
  const clause = before.slice(lastStop(before) + 1);
  if (PLANNED.test(clause)) return true;
  // 'Contrôle le …', 'Revu le …' tell the next visit only of a date to come ('Revu le 15/05/2024,
  // cicatrice propre' was one), within the years a follow-up is planned ahead ('Consultation le
  // 12/03/2035' is a mistyped year), and not told with what was found ('Consultation avec le
  // cardiologue le 15/12/2026 : FEVG 35 %').
  // A vaccine's booster comes years later ('rappel dTpa en 2036').
  const ahead = BOOSTER.test(clause) ? BOOSTER_YEARS_AHEAD : PLANNED_YEARS_AHEAD;
  if (!(NEXT_VISIT.test(clause) || SEEN_AGAIN.test(clause)) || !dateAfter(d, reference) || d.year > reference.getUTCFullYear() + ahead) return false;
  return !DONE_AFTER.test(text.slice(d.range.end, d.range.end + 80));
}

/** After a date, in its sentence: what was found or done then, which a plan does not tell ('le 12/12 : perfusion réalisée', ': FEVG 35 %'). */
const DONE_AFTER = /^[^.;\n]{0,60}?(?::\s*[^\s:]|(?<![\p{L}])(?:réalisée?s?|effectuée?s?|faite?s?|pratiquée?s?|retrouvée?s?|montrant|objectivant|retrouvant|normale?s?|sans\s+particularité)(?![\p{L}]))/u;

/** How many years ahead a next visit is told without a word of planning ('coloscopie de contrôle en mars 2029'). */
const PLANNED_YEARS_AHEAD = 3;
/** A vaccine's booster, told years ahead (dTpa every 10 to 20 years in the French schedule). */
const BOOSTER = /(?<![\p{L}])rappels?(?![\p{L}])/iu;
const BOOSTER_YEARS_AHEAD = 25;

/**
 * Words of the next visit, of a date to come only ('contrôle le 10/02/2027', 'coloscopie de
 * contrôle en mars 2027', 'contrôle échographique en février 2027', 'terme le 02/05/2027' but not
 * 'à terme le', 'convoqué le', 'consultation avec le chirurgien le 07/12/2026', 'HDJ le').
 */
const NEXT_VISIT = /(?<![\p{L}])(?:contrôle(?:\s+[\p{L}-]+)?\s+(?:le|en|dans|à)|convoquée?s?|(?<!à\s)terme|consultation|téléconsultation|hdj|hôpital\s+de\s+jour|rappels?)(?![\p{L}])/iu;
/** A clause that opens on 'Revu le', as consultation notes write the next visit ('Revu le 09/02/2027 avec les automesures'); not '…, revu en juillet'. */
const SEEN_AGAIN = /^\s*(?:[-*•]\s*)?(?:à\s+)?revue?s?\s+(?:le|en|dans|à)\s+$/iu;

/** 'date: 2021-03-04' in Markdown front matter: the day the note was written. */
export function frontMatterDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(frontMatter(text)?.fields.get('date')?.value ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** A day as titles write it: '17/03/2026', '17.03.2026', '17 mars 2026', '2026-03-17'. */
const TITLE_DAY = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:1er|\d{1,2})\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
/**
 * A title's date: after 'du' or a dash; or after a comma at the line's end in a title that names
 * its document, its meeting or its ward ('Observation – Pédiatrie, Dakar, 14/09/2024', 'Entretien
 * psychiatrique, 25 mars 2026', 'Urgences, 7 août 2026'; not 'Admis aux urgences, 14/09/2024').
 */
const TITLE_DATE = new RegExp(
  String.raw`\s(?:du|[–—-])\s+${TITLE_DAY}|^(?:observation|consultation|compte[- ]rendu|cr|synthèse|lettre|courrier|bilan|note|fiche|dossier|résumé|transmissions?|certificat|rapport|suivi|entretien|visite|passage|séjour|hospitalisation|garde|staff|rcp|réunion|avis|urgences|service|unité|chirurgie|médecine|réanimation|maternité|hôpital|clinique|centre|cabinet|chu)(?![\p{L}]).*,\s+${TITLE_DAY}$`,
  'iu',
);
/** Markdown's marks before a title ('# Synthèse du 17/11/2026', '**Consultation du …**'). */
const TITLE_MARKS = /^(?:#{1,6}\s+|\*\*|__)/;
/**
 * A report's title line, at most this long ('TEP-TDM du 17/03/2026'): its date is the report's,
 * not a step of the story. Not longer: a meeting's long title ('Réunion de concertation
 * pluridisciplinaire d'oncologie digestive – séance du 22/04/2025') dates a record completed after it.
 */
const TITLE_LENGTH = 80;

/**
 * Where the note's first line ends when it is a title: short, no sentence in it, more lines after
 * it ('Compte rendu de TEP-TDM du 17/03/2026', 'Consultation du 3 mars 2021', 'COMPTE RENDU
 * D'HOSPITALISATION DU 19/11/2026', '# Synthèse du 2026-11-17'); else 0.
 */
export function titleLineEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const end = text.indexOf('\n', start);
  if (end < 0 || end - start > TITLE_LENGTH || !/\S/.test(text.slice(end))) return 0;
  const line = text.slice(start, end).replace(TITLE_MARKS, '').trimEnd();
  // A title gives its document's date after 'du' or a dash ('Compte rendu de TEP-TDM du 17/03/2026',
  // 'Compte rendu d'hospitalisation – 14/02/2025'); a line that tells the story does not ('Admission le
  // 12/03/2015 pour pneumopathie', 'Mai 2021 : chute').
  if (/[.;!?](?:\s|$)/.test(line) || !/^\p{Lu}/u.test(line) || !TITLE_DATE.test(line)) return 0;
  return end;
}

/** A day and month written with a point, as a decimal reads ('16.03'): [1] the day, [2] the month. */
export const DOTTED_DAY_MONTH = /^(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])$/;

/** Is the date after the day `ref`, at its own precision ('juillet 2021' is after 15/06/2021, 'juin 2021' is not)? */
export function dateAfter(d: DateMention, ref: Date): boolean {
  const [ry, rm, rd] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()];
  return d.year > ry || (d.year === ry && d.month !== undefined && (d.month > rm || (d.month === rm && d.day !== undefined && d.day > rd)));
}
