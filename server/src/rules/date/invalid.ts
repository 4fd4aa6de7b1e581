import { MONTH_NAMES, WEEKDAY_NAMES, weekdayOf, daysInMonth, isLeapYear } from '../../knowledge/calendar.js';
import { AT_TIME_BEFORE, hoursAndMinutes, type DateMention } from '../../note/dates.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/invalid';

function reason(d: DateMention): string | undefined {
  if (d.invalid === 'month') return d.month === 0 ? "il n'y a pas de mois 0" : `il n'y a pas de ${d.month}e mois`;
  if (d.invalid === 'day' && d.day === 0) return "il n'y a pas de jour 0";
  if (d.invalid === 'day' && d.month !== undefined) {
    if (d.month === 2 && d.day === 29) return `${d.year} n'est pas une année bissextile`;
    return `${MONTH_NAMES[d.month - 1]} ${d.month === 2 && isLeapYear(d.year) ? `${d.year} ` : ''}n'a que ${daysInMonth(d.year, d.month)} jours`;
  }
  if (d.weekday !== undefined && d.day !== undefined && d.month !== undefined) {
    const actual = weekdayOf(d.year, d.month, d.day);
    if (actual !== d.weekday) return `le ${d.day === 1 ? '1er' : d.day} ${MONTH_NAMES[d.month - 1]} ${d.year} était un ${WEEKDAY_NAMES[actual]}`;
  }
  return undefined;
}

/**
 * No such day: '31 avril 2010', '14/13/2010', '29 février 2011', 'mardi 3 mars 2020' (a Tuesday?),
 * 'le 31 avril'; no such time: '10 h 70', 'à 25h10'.
 */
export const invalidDate: Rule = {
  meta: {
    id: ID,
    family: 'date',
    defaultSeverity: 'error',
    fixable: false,
    title: "Date ou heure qui n'existe pas",
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const d of note.dates) {
      const why = reason(d);
      if (!why) continue;
      // '03/14/2010' written month first: offer the French order when that day exists.
      const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(d.text);
      const swapped = numeric && d.invalid === 'month' && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12 && Number(numeric[3]) >= 1 && Number(numeric[3]) <= daysInMonth(d.year, Number(numeric[1]))
        ? `${numeric[3]}${numeric[2]}${numeric[1]}${numeric[2]}${numeric[4]}`
        : undefined;
      report({
        range: d.range,
        message: `${q(d.text)} n'existe pas : ${why}.`,
        fixes: swapped ? [replace(`Écrire ${q(swapped)} (jour avant mois)`, d.range, swapped, false)] : [],
      });
    }
    // A day and month without a year that no year has ('le 31 avril', '31/11 : reprise du transit').
    for (const e of note.timeExpressions) {
      const day = e.kind === 'relative' ? e.yearless : undefined;
      if (!day || day.day <= daysInMonth(LEAP_YEAR, day.month)) continue;
      const days = day.month === 2 ? '28 ou 29' : String(daysInMonth(LEAP_YEAR, day.month));
      report({ range: e.range, message: `${q(e.text)} n'existe pas : ${MONTH_NAMES[day.month - 1]} n'a que ${days} jours.`, fixes: [] });
    }
    // Minutes past 59 in any time or length ('10 h 70'); hours past 24 in a time of day ('à 25h10', not 'pendant 36h30').
    const { text } = note;
    for (const t of hoursAndMinutes(text)) {
      const why = t.minutes >= 60 ? "une heure n'a que 60 minutes" : (t.hours > 24 || (t.hours === 24 && t.minutes > 0)) && AT_TIME_BEFORE.test(text.slice(Math.max(0, t.index - 6), t.index)) ? "un jour n'a que 24 heures" : undefined;
      if (why) report({ range: { start: t.index, end: t.index + t.text.length }, message: `${q(t.text)} n'existe pas : ${why}.`, fixes: [] });
    }
  },
};

/** A leap year: a day and month without a year exist if they do in one. */
const LEAP_YEAR = 2000;
