import type { Range } from '../../findings.js';
import { anchored, anchoredMatches } from '../../note/text.js';
import type { TimeExpression } from '../../note/timex.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'patient/age';

/** 'née en 1950', 'né le 3 mars 1950' (found from 'né': searched from every word start, it cost a scan of the note per case of a series). */
const BORN = anchored(['né'], `née?\\s+(?:en|le\\s+\\d{1,2}(?:er)?\\s+[a-zéû]+|le\\s+\\d{1,2}[/.-]\\d{1,2}[/.-])\\s*((?:19|20)\\d{2})(?!\\d)`, 0);

/**
 * For each age, in one walk through the note's times: the year of the date told last before it
 * (in its segment), and how many years the text between the first age and it may tell,
 * generously: the spread of its dates plus every length it gives (lengths may overlap; a generous
 * count keeps the rule quiet when unsure; 'plusieurs années' may tell any gap).
 */
function walkTimes(timex: TimeExpression[], segmentStart: number, ages: { range: Range }[]): { yearBefore?: number; told: number }[] {
  const out: { yearBefore?: number; told: number }[] = [];
  let i = 0;
  let lastYear: number | undefined;
  let counting = false;
  let firstYear: number | undefined;
  let spread = 0;
  let lengths = 0;
  let vague = false;
  const advance = (to: number) => {
    for (; i < timex.length && timex[i].range.start < to; i++) {
      const e = timex[i];
      if (e.range.start < segmentStart) continue;
      if (e.kind === 'date' && e.date && !e.date.invalid) {
        lastYear = e.date.year;
        if (!counting) continue;
        firstYear ??= e.date.year;
        spread = Math.max(spread, e.date.year - firstYear);
      } else if (counting && (e.offset?.unit === 'Y' || e.offset?.unit === 'M')) {
        if (e.offset.amount === undefined) vague = true;
        else lengths += e.offset.unit === 'Y' ? e.offset.amount : e.offset.amount / 12;
      }
    }
  };
  ages.forEach((a, n) => {
    advance(a.range.start);
    out.push({ yearBefore: lastYear, told: vague ? Infinity : spread + lengths });
    if (n === 0) {
      advance(a.range.end);
      counting = true;
      firstYear = lastYear;
    }
  });
  return out;
}

/** An older age later in the note needs the years between told, give or take a quarter (at least 2). */
const unexplained = (gap: number, told: number) => told < gap - Math.max(2, gap / 4);

/** Ages of the patient that cannot all be true. */
export const age: Rule = {
  meta: {
    id: ID,
    family: 'patient',
    defaultSeverity: 'warning',
    fixable: false,
    title: "Âges du patient incompatibles entre eux ou avec les dates",
    docs: docsPath(ID),
  },
  check(note, report) {
    const lower = note.lowerText;
    const births = anchoredMatches(lower, BORN);
    // Two ages, or an age and a birth year, are needed before the note's times are worth reading.
    if (note.patients.every((p) => p.profile.ages.length < 2) && births.length === 0) return;
    const timex = note.timeExpressions;
    for (const segment of note.patients) {
      // A mother and her newborn, twins: ages of several people.
      if (segment.profile.severalPeople) continue;
      // The profile leaves out the ages of relatives ('son fils âgé de 12 ans').
      const ages = segment.profile.ages;
      const first = ages[0];
      if (!first) continue;
      const times = walkTimes(timex, segment.range.start, ages);
      // Ages against one another: a later age must be the first plus the time the text tells.
      ages.forEach((later, n) => {
        const gap = later.value - first.value;
        if (n === 0 || gap === 0 || (gap > 0 && !unexplained(gap, times[n].told))) return;
        report({
          range: later.range,
          message:
            gap < 0
              ? `${q(later.text)} : le patient a ${first.value} ans plus haut (${q(first.text)}) ; il ne peut pas être plus jeune ensuite : erreur d'âge ?`
              : `${q(later.text)} : le patient a ${first.value} ans plus haut (${q(first.text)}) et la note ne raconte pas ${gap} ans entre les deux : erreur d'âge ?`,
          related: [{ range: first.range, message: `Âge donné plus haut : ${q(first.text)}` }],
        });
      });
      // Ages against a birth year, at the date told before them (or the note's date).
      const born = births.find((b) => b.index >= segment.range.start);
      if (!born || born.index >= segment.range.end) continue;
      const birthYear = Number(born[1]);
      const bornRange = { start: born.index + born[0].indexOf(born[1]), end: born.index + born[0].indexOf(born[1]) + 4 };
      for (const [n, a] of ages.entries()) {
        const year = times[n].yearBefore ?? note.referenceDate?.getUTCFullYear();
        if (year === undefined) {
          // Undated: the age is told at some time before today, so no older than today allows.
          const thisYear = new Date().getUTCFullYear();
          if (thisYear < birthYear || a.value <= thisYear - birthYear) continue;
          report({
            range: a.range,
            message: `${q(a.text)} : né en ${birthYear}, le patient ne peut avoir plus de ${thisYear - birthYear} ans aujourd'hui (${thisYear}) : erreur d'âge ou de date ?`,
            related: [{ range: bornRange, message: `Année de naissance : ${birthYear}` }],
          });
          continue;
        }
        if (year < birthYear) continue;
        const expected = year - birthYear;
        if (Math.abs(a.value - expected) <= 1) continue;
        report({
          range: a.range,
          message: `${q(a.text)} : né en ${birthYear}, le patient aurait ${expected - 1} ou ${expected} ans en ${year} : erreur d'âge ou de date ?`,
          related: [{ range: bornRange, message: `Année de naissance : ${birthYear}` }],
        });
      }
    }
  },
};
