/** French month and weekday names, and the Gregorian calendar's facts. */

export const MONTHS: Record<string, number> = {
  janvier: 1, 'janv.': 1, janv: 1, février: 2, fevrier: 2, 'févr.': 2, févr: 2, 'fév.': 2, fév: 2, mars: 3, avril: 4, 'avr.': 4, avr: 4,
  mai: 5, juin: 6, juillet: 7, 'juil.': 7, juil: 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, sept: 9, octobre: 10, 'oct.': 10, oct: 10,
  novembre: 11, 'nov.': 11, nov: 11, décembre: 12, decembre: 12, 'déc.': 12, déc: 12, 'dec.': 12,
};

/** English month names, left in notes by translations ('March 3, 2020'). */
export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 0 = dimanche, as Date.getUTCDay(). */
export const WEEKDAYS: Record<string, number> = { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 };
export const WEEKDAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
