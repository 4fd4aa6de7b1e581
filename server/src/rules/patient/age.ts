import type { Range } from '../../findings.js';
import type { SectionKind } from '../../knowledge/sections.js';
import type { NoteModel } from '../../note/model.js';
import { ANOTHER_LIFE, type Evidence, type PatientSegment } from '../../note/patient.js';
import { anchored, anchoredMatches, lastStop } from '../../note/text.js';
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
function walkTimes(timex: TimeExpression[], segmentStart: number, ages: { range: Range }[], aboutOthers: (offset: number) => boolean): { yearBefore?: number; told: number }[] {
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
      // Not the family's history ('père décédé à 60 ans' tells no time of the patient's).
      if (e.range.start < segmentStart || aboutOthers(e.range.start)) continue;
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

/** The patient as the messages name them, in their sex ('la patiente', 'née', 'elle'); the masculine when the note does not say. */
function patientWords(sex: PatientSegment['profile']['sex']) {
  return sex === 'female' ? { patient: 'la patiente', born: 'née', pronoun: 'elle' } : { patient: 'le patient', born: 'né', pronoun: 'il' };
}

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
    // Not a child's or a relative's birth ('premier enfant né en 2020').
    const births = anchoredMatches(lower, BORN).filter((b) => !RELATIVE_BORN.test(lower.slice(Math.max(0, b.index - 30), b.index)));
    // An age or a birth year is needed before the note's times are worth reading.
    if (note.patients.every((p) => p.profile.ages.length === 0) && births.length === 0) return;
    const timex = note.timeExpressions;
    for (const segment of note.patients) {
      // A mother and her newborn, twins: ages of several people.
      if (segment.profile.severalPeople) continue;
      // The profile leaves out the ages of relatives ('son fils âgé de 12 ans'); the discussion's
      // and the family history's are other people's ('un patient de 50 ans, décrit en 1985').
      const ages = segment.profile.ages.filter((a) => !note.aboutOthers(a.range.start));
      const w = patientWords(segment.profile.sex);
      const first = ages[0];
      const bornMatch = births.find((b) => b.index >= segment.range.start && b.index < segment.range.end);
      const born = bornMatch && { year: Number(bornMatch[1]), range: { start: bornMatch.index + bornMatch[0].indexOf(bornMatch[1]), end: bornMatch.index + bornMatch[0].indexOf(bornMatch[1]) + 4 } };
      for (const r of datesBeforeBirth(note, segment, first, born)) report(r);
      if (!first || (ages.length < 2 && !born)) continue;
      const times = walkTimes(timex, segment.range.start, ages, (offset) => note.aboutOthers(offset));
      // Ages against one another: a later age must be the first plus the time the text tells.
      ages.forEach((later, n) => {
        const gap = later.value - first.value;
        if (n === 0 || gap === 0 || (gap > 0 && !unexplained(gap, times[n].told))) return;
        report({
          range: later.range,
          message:
            gap < 0
              ? `${q(later.text)} : ${w.patient} a ${first.value} ans plus haut (${q(first.text)}) ; ${w.pronoun} ne peut pas être plus jeune ensuite : erreur d'âge ?`
              : `${q(later.text)} : ${w.patient} a ${first.value} ans plus haut (${q(first.text)}) et la note ne raconte pas ${gap} ans entre les deux : erreur d'âge ?`,
          related: [{ range: first.range, message: `Âge donné plus haut : ${q(first.text)}` }],
        });
      });
      // Ages against a birth year, at the date told before them (or the note's date).
      if (!born) continue;
      const birthYear = born.year;
      const bornRange = born.range;
      for (const [n, a] of ages.entries()) {
        // 'Actuellement âgé de 60 ans': today's age, whatever date was told before.
        const now = NOW_BEFORE.test(lower.slice(Math.max(0, a.range.start - 40), a.range.start));
        // The year told before is the birth's own, and no year follows the age ('Née en 1964, patiente de 78 ans'): the age is today's.
        const birthBefore = times[n].yearBefore === birthYear && bornRange.end <= a.range.start && !YEAR_AFTER.test(lower.slice(a.range.end, a.range.end + 24));
        const year = (now || birthBefore ? undefined : times[n].yearBefore) ?? note.referenceDate?.getUTCFullYear();
        if (year === undefined) {
          // Undated: the age is told at some time before today, so no older than today allows.
          const thisYear = new Date().getUTCFullYear();
          if (thisYear < birthYear || a.value <= thisYear - birthYear) continue;
          report({
            range: a.range,
            message: `${q(a.text)} : ${w.born} en ${birthYear}, ${w.patient} ne peut avoir plus de ${thisYear - birthYear} ans aujourd'hui (${thisYear}) : erreur d'âge ou de date ?`,
            related: [{ range: bornRange, message: `Année de naissance : ${birthYear}` }],
          });
          continue;
        }
        // The year told before the age is the birth's own ('née en 1948, âgée de 73 ans en 2021'): nothing to compare.
        if (year <= birthYear) continue;
        const expected = year - birthYear;
        if (Math.abs(a.value - expected) <= 1) continue;
        report({
          range: a.range,
          message: `${q(a.text)} : ${w.born} en ${birthYear}, ${w.patient} aurait ${expected - 1} ou ${expected} ans en ${year} : erreur d'âge ou de date ?`,
          related: [{ range: bornRange, message: `Année de naissance : ${birthYear}` }],
        });
      }
    }
  },
};

/** A year right after an age: when it was ('âgée de 73 ans en 2021', 'à 73 ans, le 03/02/2021'). */
const YEAR_AFTER = /^\s*(?:,\s*)?(?:en|le|au|du|\()\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d{2}/;

/** A relative right before 'né(e)' ('son premier enfant né en 2020'): their birth, not the patient's ('Enfant de 3 ans, né en 2021'). */
const RELATIVE_BORN =
  /(?<![a-zà-öø-ÿœæ])(?:son|sa|ses|leur|leurs|un|une|des|deux|trois|premier|première|deuxième|second|seconde|troisième|dernier|dernière)\s+(?:enfants?|fils|filles?|frères?|sœurs?|soeurs?|jumea(?:u|ux)|jumelles?|bébés?|nouveau-née?s?)(?![a-zà-öø-ÿœæ])[^.;]{0,20}$/;

/** Before an age: it is today's ('actuellement âgé de 60 ans', 'aujourd'hui âgée de 40 ans'). */
const NOW_BEFORE = /(?<![a-zà-öø-ÿœæ])(?:actuellement|aujourd['’]hui|à\s+ce\s+jour|désormais|maintenant|à\s+présent)(?![a-zà-öø-ÿœæ])[^.;\n]{0,24}$/;

/** Sections that tell the patient's own life; not the family's, nor the discussion of the literature. */
const PATIENTS_LIFE: ReadonlySet<SectionKind> = new Set([
  'cas-clinique', 'motif', 'anamnese', 'antecedents', 'mode-de-vie', 'traitement-habituel', 'histoire', 'examen-physique',
  'examens-complementaires', 'biologie', 'imagerie', 'anatomopathologie', 'diagnostic', 'traitement', 'evolution', 'evolution-traitement', 'conclusion',
]);
/** Sections whose dates come before the presentation, where the first age is told: the earliest of them is its lower bound. */
const BEFORE_PRESENTATION: ReadonlySet<SectionKind> = new Set(['motif', 'histoire']);
/** A clause about someone or something else than the patient's life ('sa mère, opérée en 1975', 'les critères de 2010'). */
const NOT_THE_PATIENTS = new RegExp(
  `(?<![\\p{L}])(?:${ANOTHER_LIFE}|critères|classification|recommandations?|consensus|décrite?s?|description|publiée?s?|rapportée?s?|identifiée?s?|introduite?s?|et\\s+al|oms|version|premier\\s+cas)(?![\\p{L}])`,
  'iu',
);

/**
 * What happened to the patient, in the clause of a date: a disease, a procedure, a treatment, a
 * stay ('prothèse totale de hanche en 1922', 'varicelle en 2016'); not 'un logement construit en
 * 1930', 'le gène identifié en 1989'.
 */
const PATIENT_EVENT =
  /(?<![\p{L}])(?:opérée?|réopérée?|chirurgie|intervention|exérèse|résection|amputation|greffe|greffée?|transplantation|prothèse|ostéosynthèse|fracture|traumatisme|accident|\p{L}+ectomie|\p{L}+otomie|\p{L}+plastie|biopsie|ponction|hospitalisée?|hospitalisation|admise?|diagnostic|diagnostiquée?|découverte?|traitée?|traitement|chimiothérapie|radiothérapie|infarctus|avc|embolie|thrombose|pneumopathie|pneumonie|méningite|tuberculose|varicelle|rougeole|hépatite|cancer|carcinome|lymphome|leucémie|tumeur|accouchement|accouché|césarienne|grossesse|fausse\s+couche|ivg|convulsions?|crise|épisode|poussée|récidive|rechute|appendicite|cholécystite|lithiase|colique|ulcère|hernie|dialyse|vaccinée?)(?![\p{L}])/iu;

/**
 * Dates of the patient's life before their birth: before the birth year the note gives ('né en
 * 1950 … opéré en 1945'), or before the earliest possible one from the first age and the earliest
 * date of the history ('Homme de 88 ans', history told from 2025: born in 1936 or after; 'PTH en
 * 1922'). A year of margin for the months of pregnancy.
 */
function datesBeforeBirth(note: NoteModel, segment: PatientSegment, first: Evidence<number> | undefined, born?: { year: number; range: Range }) {
  // Without a birth year, the history's dates are needed: most notes have no such section.
  if (!born && (!first || !note.allSections.some((s) => BEFORE_PRESENTATION.has(s.kind)))) return [];
  const { start, end } = segment.range;
  const dates = note.dates.filter((d) => !d.invalid && d.range.start >= start && d.range.start < end);
  const historyYears = dates.filter((d) => BEFORE_PRESENTATION.has(note.sectionAt(d.range.start)?.kind ?? 'other')).map((d) => d.year);
  const told = historyYears.length ? Math.min(...historyYears) : undefined;
  // Born in this year at the earliest.
  const earliest = born ? born.year : told !== undefined && first ? told - first.value - 1 : undefined;
  if (earliest === undefined) return [];
  const out: { range: Range; message: string; related: { range: Range; message: string }[] }[] = [];
  const w = patientWords(segment.profile.sex);
  for (const d of dates) {
    if (d.year >= earliest - 1 || (born && d.range.start === born.range.start)) continue;
    const kind = note.sectionAt(d.range.start)?.kind;
    if (kind !== undefined && !PATIENTS_LIFE.has(kind)) continue;
    const line = note.index.lines[note.index.lineAt(d.range.start)];
    const before = note.text.slice(Math.max(line.start, d.range.start - 120), d.range.start);
    const clause = before.slice(lastStop(before) + 1) + note.text.slice(d.range.start, Math.min(line.end, d.range.end + 40)).split(/[.;]/)[0];
    if (NOT_THE_PATIENTS.test(clause) || !PATIENT_EVENT.test(clause)) continue;
    out.push(
      born
        ? { range: d.range, message: `${q(d.text)} : ${w.patient} n'était pas ${w.born} (${w.born} en ${born.year}) : erreur de date ?`, related: [{ range: born.range, message: `Année de naissance : ${born.year}` }] }
        : {
            range: d.range,
            message: `${q(d.text)} : ${w.patient} n'était pas ${w.born} (${first!.value} ans, et son histoire commence en ${told} : ${w.born} en ${earliest} ou après) : erreur de date ?`,
            related: [{ range: first!.range, message: `Âge du patient : ${q(first!.text)}` }],
          },
    );
  }
  return out;
}
