import { PLAN_TITLE, sectionKind, type SectionKind } from '../../knowledge/sections.js';
import { dateAfter, timesOfDay, titleLineEnd, type DateMention } from '../../note/dates.js';
import { OTHER_PEOPLE, RELATIVE_WORDS } from '../../note/patient.js';
import type { Range } from '../../findings.js';
import type { NoteModel } from '../../note/model.js';
import { fold, isLetter, lastStartingBefore, lastStop } from '../../note/text.js';
import { docsPath, type Report, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/chronology';

/** Sections that tell the case in order. A note without sections is told in order throughout. */
const NARRATIVE: ReadonlySet<SectionKind> = new Set(['cas-clinique', 'motif', 'anamnese', 'histoire', 'evolution', 'evolution-traitement', 'traitement']);

/**
 * Words by which a sentence steps back on purpose: 'depuis', 'auparavant', 'déjà', the
 * pluperfect ('avait été', 'était apparue', 's'était fracturé'), a reminder of the history
 * ('antécédent', 'rappel'), what dates back ('les symptômes remontent à mars 2023'; not 'la
 * natrémie remonte à 133 mmol/L', which rises), what the patient reports ('il rapporte une chute
 * le…'; not 'l'infirmière signale une désaturation le…'), a comparison ('contre 53 en 2021', 'contre une
 * HbA1c à 7 %', 'par rapport au 15/06/2022'; not 'vaccination contre la Covid 19 le…').
 */
const FLASHBACK =
  /(?:^|[^a-zà-öø-ÿœæ])(?:depuis|auparavant|déjà|antérieurement|précédemment|initialement|rétrospectivement|antécédents?|rappel|avait|avaient|s['’]étai(?:t|ent)|étai(?:t|ent)\s+(?:apparu|survenu|venu|allé|tombé|né|mort|décédé|resté|parti|arrivé|entré|sorti|revenu|devenu|passé|retourné|rentré|remonté|descendu|monté)e?s?|(?:il|elle|patiente?)\s+(?:nous\s+)?(?:a\s+|avait\s+)?(?:rapport|signal|relat|racont)(?:e|ent|ait|aient|é)|remont(?:e|ent|ait|aient|ant)(?=\s+(?:à|au|aux|en)\s+(?!\d+(?:[.,]\d+)?\s*(?!ans?(?![a-z])|mois|semaines?|jours?)[a-zµ%]))|ancienne?s?|dernière?s?|dernier|précédente?s?|il\s+y\s+a|née?s?|connue?s?|diagnostiquée?s?\s+en|suivie?s?\s+(?:depuis|pour|en)|plus\s+tôt|dès|entre|de\s+\S+\s+à|avant|jusqu|en\s+cours|indications?\s*:|contexte\s*:|contre\s+(?:(?:une?|la|le|les|des|l['’])\s*)?(?:(?:(?!en\s|le\s|du\s|au\s)[^\s.;]+\s+){0,3}(?:à|de|:)\s*)?\d|versus|vs|comparée?s?|par\s+rapport)(?![a-zà-öø-ÿœæ])/;

/**
 * The imperfect of a state ('il était autonome en 2019', 'il vivait seul', 'il pesait 78 kg en
 * 2022'): a step back, unless the sentence opens on the date, given to the day, which makes it a
 * step of the story ('Le 27 juin 2021, le patient était fatigué').
 */
const IMPERFECT = /(?:^|[^a-zà-öø-ÿœæ])(?:étai(?:t|ent)|(?:il|elle|ils|elles)\s+(?:ne\s+|n['’])?[a-zà-öø-ÿœæ]+(?:ait|aient))(?![a-zà-öø-ÿœæ])/;
/** Before the date in its sentence, a past infinitive: an earlier event ('a rapporté avoir été impliqué dans un accident le…', 'reconnaît avoir ingéré vers 19 h'; not '… le 14/03 après avoir été intubé'). */
const PAST_INFINITIVE = /(?:^|[^a-zà-öø-ÿœæ])avoir\s+(?:été|eu|[a-zà-öø-ÿœæ]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|ert|erte))(?![a-zà-öø-ÿœæ])/;
/** Before a date that opens its sentence: 'Le', 'Dès le', nothing. */
const OPENING_DATE = /^\s*(?:le\s+|dès\s+le\s+)?$/;

/**
 * In parentheses before a date, a value of then: a number first, then 'en', 'le', 'au' ('(53
 * mL/min/kg en 2023)', '(150 en 2022)'; not '(2e cure le …)'), or a measure's name, a number, its
 * unit, then 'en' ('(HbA1c 7 % en 2021)', '(créatinine de base 90 µmol/L en 2022)'; not
 * '(énoxaparine 4000 UI le 16/03)', a dose given).
 */
const EARLIER_VALUE =
  /^\(\s*(?:(?:[<>≤≥]\s*)?\d[\d.,]*(?!(?:e|er|ère|ème|eme)(?![\p{L}]))[^()]{0,24}?\s(?:en|le|au|du|à)|(?:\p{L}[\p{L}\d-]*\s+){1,3}?(?:[<>≤≥]\s*)?\d[\d.,]*\s*(?:%|[\p{L}µ]{0,6}\/[^()\s]+|[\p{L}µ]{1,6}(?![\p{L}]))[^()]{0,24}?\sen)\s+$/u;
/** A clause that opens on another person and a comma or a participle after them ('son père, …', 'le père du patient, …', 'sa fille de 12 ans, …'). */
const ANOTHER_PERSON_APPOSED =
  `^\\s*(?:(?:son|sa|ses|leur|leurs)\\s+(?:(?:deux|trois|quatre|\\d)\\s+)?(?:ex-?\\s?)?(?:${OTHER_PEOPLE})(?:s|x)?|(?:le|la|les|l['’])\\s*(?:(?:deux|trois|quatre|\\d)\\s+)?(?:${RELATIVE_WORDS})(?:s|x)?\\s+(?:du|de\\s+la)\\s+(?:patiente?|malade))(?![\\p{L}])` +
  `(?:[^,;:()]{0,30},|\\s+\\p{L}+(?:é|ée|és|ées|ie|is|ise|ue)(?![\\p{L}]))`;
/**
 * The clause of a date tells of another person's life, its subject, the date told by a participle
 * in apposition ('son père, déporté en 1943', 'le père du patient, mineur, décédé en 1995', 'sa
 * fille de 12 ans, opérée en 2019', 'ses deux frères, opérés en 2010'); not 'accompagnée de sa
 * fille, elle consulte le…', 'sa fille, présente, a prévenu le SAMU le…'. Read on the clause
 * before the date: the person, words of theirs up to a comma, short appositions, the participle.
 */
const ANOTHER_LIFE_SUBJECT = new RegExp(
  `${ANOTHER_PERSON_APPOSED}(?:\\s*[^,;:()\\s][^,;:()]{0,59},)*\\s*(?:(?:est|était|sont|étaient|a\\s+été|avait\\s+été)\\s+)?` +
    `(?:\\p{L}+(?:é|ée|és|ées|u|ue|us|ues)|morte?s?|décrite?s?|atteinte?s?|suivie?s?|partie?s?|prise?s?|mise?s?)(?![\\p{L}])[^,;:()]*$`,
  'u',
);
/** A year in the clause of another person named in apposition, whatever its verb: their life ('son conjoint, vasectomisé en 2015, a eu une reperméabilisation en 2020'). */
const ANOTHER_PERSON_CLAUSE = new RegExp(ANOTHER_PERSON_APPOSED, 'u');
/**
 * Or of a thing made, sold or found out ('construite en 1930', 'commercialisée en 1952', 'interdit
 * en France en 2002', 'autorisé en France en 1984', 'la maladie de Whipple, décrite en 1907', 'la
 * pénicilline, découverte en 1928'); not 'masse découverte au scanner le…', 'sortie autorisée le…'.
 */
const THING_MADE_BEFORE =
  /(?<![\p{L}])(?:(?:construite?s?|bâtie?s?|fondée?s?|inaugurée?s?|rénovée?s?|aménagée?s?|ouverte?s?|fermée?s?|interdite?s?|approuvée?s?|commercialisée?s?|(?:mise?s?\s+sur|retirée?s?\s+du)\s+(?:le\s+)?marché)\s+(?:en|le|au)|(?:interdite?s?|approuvée?s?|autorisée?s?|commercialisée?s?)\s+(?:en|aux?)\s+[\p{L}-]+\s+(?:en|le|au)|(?:décrite?s?|découverte?s?)\s+en)\s+$/iu;

/**
 * An event named by its date, after its article, as one names a past exam or operation to report
 * on it ('La biopsie du 02/03/2021 confirme…', '3 ans après la chirurgie de 2016', 'l'IRM de
 * contrôle du 12/03', 'avec l'imagerie d'avril 2021'); not 'Biopsie du 02/03/2021 : carcinome', a
 * step told telegraphically.
 */
function namedByItsDate(before: string): boolean {
  const text = before.trimEnd();
  // 'du', 'de', or 'd'' elided ('l'imagerie d'avril 2021').
  if (!/\s(?:du|de|d['’])$/.test(text)) return false;
  const words = text.slice(0, -2).trimEnd().split(/\s+/);
  // The noun, an adjective or a complement after it ('l'IRM de contrôle'), then the article, or the article elided.
  for (const length of [1, 2, 3]) {
    const phrase = words.slice(-length);
    if (phrase.length < length || !phrase.every((w) => WORD.test(w)) || (length === 3 && phrase[1] !== 'de')) continue;
    if (ARTICLE.test(words[words.length - length - 1] ?? '') || ELIDED_ARTICLE.test(phrase[0])) return true;
  }
  return false;
}
const WORD = /^[\p{L}'’-]+$/u;
const ARTICLE = /^(?:la|le|les|sa|son|ses|cette|ce|cet|au|aux|du|des)$/;
const ELIDED_ARTICLE = /^l['’]\p{L}/u;
/**
 * In parentheses before a date, a participle or nothing: when something was done, as a reminder
 * ('escitalopram (introduit le 01/03/2023)', '(opérée en 2019)', '18 mois après la fin du
 * traitement (septembre 2020)'); not '(2e cure le …)'.
 */
const REMINDER = /^\(\s*(?:(?:[\p{L}-]+\s+){0,2}?\p{L}+(?:é|ée|és|ées|is|ise|it|ite)\s+(?:le|en|du|depuis)\s+)?$/u;
/**
 * A participle after a treatment or an act named with its article, in a clause that tells the
 * later event: when it began ('hyponatrémie attribuée à l'escitalopram introduit le 01/03/2023').
 */
function begunBefore(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  let n = words.length;
  if (words[n - 1] !== 'le' && words[n - 1] !== 'en') return false;
  n -= words[n - 2] === 'depuis' ? 2 : 1;
  if (!BEGUN.test(words[n - 1] ?? '')) return false;
  const noun = words[n - 2] ?? '';
  return ELIDED_ARTICLE.test(noun) || (WORD.test(noun) && BEGUN_ARTICLE.test(words[n - 3] ?? ''));
}
const BEGUN = /^(?:introduit|débuté|instauré|prescrit|commencé|initié|posé|implanté)e?s?$/;
const BEGUN_ARTICLE = /^(?:le|la|les|du|des|au|aux|sa|son|ses)$/;

/** Where the clause ending `text` starts: after its last stop, the points of initials in apposition not counted ('son mari, M. R., opéré en'; not 'hépatite B. Son…'). */
function clauseStart(text: string): number {
  let stop = lastStop(text);
  while (stop >= 1 && text[stop] === '.' && isLetter(text[stop - 1]) && !isLetter(text[stop - 2]) && INITIALS_GO_ON.test(text.slice(stop + 1, stop + 4))) stop = lastStop(text.slice(0, stop));
  return stop + 1;
}
/** After an initial's point: a comma, or another initial. */
const INITIALS_GO_ON = /^\s*(?:,|\p{L}\.)/u;

/**
 * The label of the line of `offset`, or of the labelled line it goes on from, each line before it
 * ending without a stop ('Antécédents : hernie opérée en 2017,⏎appendicectomie. Vaccination en 2010.').
 */
function labelOf(note: NoteModel, offset: number): string | undefined {
  const { lines } = note.index;
  for (let line = note.index.lineAt(offset), hops = 0; hops < 6; line--, hops++) {
    const label = note.lineLabel(lines[line].start);
    if (label !== undefined || line === 0) return label;
    const before = note.text.slice(lines[line - 1].start, lines[line - 1].end).trimEnd();
    if (before === '' || /[.;!?:]$/.test(before)) return undefined;
  }
  return undefined;
}

/**
 * Are `told` and `d` items of one list under a label that names no part of the story
 * ('Performances : 10 km … en juin 2026, semi-marathon … en avril 2026'), in one sentence: in no order?
 */
function listedWith(note: NoteModel, lower: string, told: DateMention, d: DateMention): boolean {
  const label = note.lineLabel(told.range.start);
  return label !== undefined && sectionKind(fold(label)) === undefined && !/\d/.test(label) && !/[.;!?](?:\s|$)/.test(lower.slice(told.range.end, d.range.start));
}

/** Labelled lines of the sections where dates are not told in order. */
const NOT_TOLD_IN_ORDER: ReadonlySet<SectionKind> = new Set(['antecedents', 'antecedents-familiaux', 'allergies', 'traitement-habituel', 'mode-de-vie']);
/** Labels of documents listed with their dates (folded): enclosures, copies, sources, references. */
const DOCUMENT_LABELS = /^(?:p\.\s?j\.?|pj|pieces?\s+jointes?|documents?\s+joints?|copies?|cc|sources?|references?|bibliographie)$/;

/** Days since 1970 at which a date's span starts and ends ('mars 2010': 1 to 31 March). */
function span(d: DateMention): [number, number] {
  const start = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  const end = d.day !== undefined ? start : d.month !== undefined ? Date.UTC(d.year, d.month, 0) : Date.UTC(d.year, 11, 31);
  return [start / 86_400_000, end / 86_400_000];
}

/** Between two dates given to the day. */
const TOLERANCE_DAYS = 7;

/** Before a birth date: 'né en', 'née le'. */
const BORN_BEFORE = /(?<![a-zà-öø-ÿœæ])née?s?\s+(?:en|le)\s+(?:\d{1,2}(?:er)?\s+)?$/;
/** The day the patient was seen and told her story ('Vue pour la première fois le 04/03/2024, elle décrit…'): what she tells may be earlier. */
const SEEN_BEFORE = /(?<![a-zà-öø-ÿœæ])(?:vue?|reçue?)\s+(?:pour\s+la\s+première\s+fois\s+)?(?:en\s+consultation\s+)?le\s+$/;

/**
 * Does the sentence of `d` (from `floor` at the earliest; or its clause, between semicolons) tell
 * it as earlier on purpose: a flashback's words, a past infinitive, an imperfect, a value of then
 * or a reminder in parentheses, an exam named by its date, a treatment's start?
 */
function toldAsEarlier(lower: string, d: Pick<DateMention, 'range' | 'precision'>, floor: number, clauseOnly = false): boolean {
  // The sentence of the date, from the last full stop or line break (300 characters at most each
  // way: a note without full stops must not be read once per date).
  let sentenceStart = d.range.start;
  const limit = Math.max(floor, d.range.start - 300);
  const stops = clauseOnly ? '.\n;' : '.\n';
  while (sentenceStart > limit && !stops.includes(lower[sentenceStart - 1])) sentenceStart--;
  const after = lower.slice(d.range.end, d.range.end + 300);
  const sentenceEnd = after.search(clauseOnly ? /[.\n;]/ : /[.\n]/);
  const sentence = lower.slice(sentenceStart, d.range.end + (sentenceEnd < 0 ? after.length : sentenceEnd));
  if (FLASHBACK.test(sentence) || PAST_INFINITIVE.test(lower.slice(sentenceStart, d.range.start))) return true;
  if (IMPERFECT.test(sentence) && !(d.precision === 'day' && OPENING_DATE.test(lower.slice(sentenceStart, d.range.start)))) return true;
  // A value of earlier in parentheses, for comparison ('VO2max 47 mL/min/kg (53 mL/min/kg en 2023)', 'FEVG 50 % (60 % en 2020)').
  const open = lower.lastIndexOf('(', d.range.start);
  // Or a year in parentheses, an aside ('vacciné contre la rage (voyage en 2025)'; not '(2e cure le 26/05/2021)').
  const aside = open >= sentenceStart && !lower.slice(open, d.range.start).includes(')');
  if (aside && (EARLIER_VALUE.test(lower.slice(open, d.range.start)) || REMINDER.test(lower.slice(open, d.range.start)) || d.precision === 'year')) return true;
  // An exam or operation named by its date, reported on ('La biopsie du 02/03/2021 confirme…').
  const clauseBefore = lower.slice(Math.max(sentenceStart, d.range.start - 60), d.range.start);
  return namedByItsDate(clauseBefore) || begunBefore(clauseBefore);
}

/** In the clause before a date, the patient's arrival ('admise le', 'adressée par son médecin le', 'a consulté aux urgences le'). */
const ARRIVAL_BEFORE =
  /(?:^|[^a-zà-öø-ÿœæ])(?:admise?|hospitalisée?|adressée?|(?:a|ont)\s+consulté|consulte|s['’]est\s+présentée?|se\s+présente|(?:est|sont)\s+arrivée?s?)(?![a-zà-öø-ÿœæ])[^.;:]{0,50}?\s(?:le|du)\s+$/;
/** After a date opening its sentence, the arrival ('Le 12/10/2023, à 38 SA, la patiente est arrivée à 3 h 40'). */
const ARRIVAL_AFTER = /^[^.;:\n]{0,80}?(?:^|[^a-zà-öø-ÿœæ])(?:(?:a|est|a\s+été)\s+admise?|(?:a|est|a\s+été)\s+hospitalisée?|a\s+été\s+adressée?|est\s+adressée?|a\s+consulté|consulte|s['’]est\s+présentée?|se\s+présente|est\s+arrivée?)(?![a-zà-öø-ÿœæ])/;
/** In the clause before a date, a discharge or a later visit ('il est sorti le', 'Revue le', 'retour à domicile le'): [1] 'revu' for a visit. */
const LATER_LABEL =
  /(?:^|[^a-zà-öø-ÿœæ])(?:sortie?s?|exéat|retour\s+à\s+domicile|rentrée?\s+à\s+domicile|(revu)e?)(?![a-zà-öø-ÿœæ])[^.;:]{0,30}?\s(?:le|du)\s+$/;
/** Another person named in the clause ('Son compagnon a consulté le…'): not the patient's stay. */
const OTHER_PERSON = new RegExp(`(?<![\\p{L}])(?:${OTHER_PEOPLE})s?(?![\\p{L}])`, 'u');

/** Is `d` the patient's arrival or a discharge or later visit, from the words of its clause (`clause`, lower-cased, before it) or its sentence? */
function stepOfStay(lower: string, d: DateMention, clause: string): 'arrival' | 'later' | undefined {
  // The clause on the date's line ('Évolution\nIl est sorti le'), its subject not another person's ('Son compagnon a consulté le').
  const words = clause.slice(clause.lastIndexOf('\n') + 1);
  const later = LATER_LABEL.exec(words);
  const arrival = later ? null : ARRIVAL_BEFORE.exec(words);
  const verb = later ?? arrival;
  if (verb) return OTHER_PERSON.test(words.slice(0, verb.index + 1)) ? undefined : later ? 'later' : 'arrival';
  // The date opening its sentence, the arrival told after it.
  if (d.precision === 'day' && OPENING_DATE.test(words.replace(/^[^\p{L}\d]*/u, ''))) {
    const after = lower.slice(d.range.end, d.range.end + 120);
    const m = ARRIVAL_AFTER.exec(after);
    if (m && !OTHER_PERSON.test(m[0])) return 'arrival';
  }
  return undefined;
}

/** In the narrative, a date before the one told just before it, with nothing marking a flashback. */
export const chronology: Rule = {
  meta: {
    id: ID,
    family: 'date',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Date antérieure à celle racontée juste avant, sans retour en arrière annoncé',
    docs: docsPath(ID),
  },
  check(note, report) {
    // A period that ends before it starts ('du 12/03/2019 au 10/03/2019'), in any section; not
    // 'entre 2011 et 2009', which says no order.
    const inverted = new Set<DateMention>();
    /** A period's end, to its start: a date told after a period may fall inside it ('du 18/08 au 01/11 (infiltration le 15/09)'). */
    const periodStart = new Map<DateMention, DateMention>();
    for (const t of note.timeExpressions) {
      const [from, to] = t.kind === 'range' && t.ends && !/^entre\s/i.test(t.text) ? t.ends.map((e) => e.date) : [];
      if (from && to) periodStart.set(to, from);
      if (!from || !to || from.invalid || to.invalid || span(to)[1] >= span(from)[0]) continue;
      inverted.add(to);
      report({
        range: to.range,
        message: `La période ${q(t.text)} finit avant de commencer : ${q(to.text)} précède ${q(from.text)}. Erreur de date ?`,
        related: [{ range: from.range, message: `Début de la période : ${q(from.text)}` }],
      });
    }
    const hasSections = note.allSections.some((s) => s.kind !== 'other');
    // What is to be done ('Conduite à tenir', 'Rendez-vous'): its dates are booked, not told in order.
    const plans = note.sectionsTitled(PLAN_TITLE);
    const lower = note.lowerText;
    let previous: DateMention | undefined;
    let previousSection: object | undefined;
    /** The patient's latest arrival told (admission, consultation), in which case of the note. */
    let arrival: { date: DateMention; segment: number } | undefined;
    const title = titleLineEnd(note.text);
    const reference = note.referenceDate ?? new Date();
    const segmentOf = (d: DateMention) => note.patients.findIndex((p) => d.range.start < p.range.end);
    for (const d of note.dates) {
      if (d.invalid || d.range.start < title) continue;
      const section = note.sectionAt(d.range.start);
      const kind = section?.kind;
      // The lines before the first heading are read for the patient's arrival only ('Hospitalisé du 19/11/2025 au 28/11/2025').
      const preamble = hasSections && !section;
      if (hasSections && !preamble && (!kind || !NARRATIVE.has(kind) || plans.has(section!))) {
        previous = undefined;
        // A date booked before the patient's arrival ('Rendez-vous : consultation le 15/12/2024' after an admission on 19/11/2025).
        if (section && plans.has(section) && arrival && arrival.segment === segmentOf(d) && span(d)[1] < span(arrival.date)[0] && !toldAsEarlier(lower, d, 0, true)) {
          report({
            range: d.range,
            message: `${q(d.text)} (rendez-vous, projet) précède l'arrivée racontée plus haut (${q(arrival.date.text)}) : erreur de date ?`,
            related: [{ range: arrival.date.range, message: `Arrivée (admission, consultation) : ${q(arrival.date.text)}` }],
          });
        }
        continue;
      }
      // Each section tells its own story: 'Évolution' then 'Histoire de la maladie' starts again.
      if (section !== previousSection) previous = undefined;
      previousSection = section;
      // A labelled line of the history, the allergies or the usual treatment ('ATCD : césarienne
      // en 2012, appendicectomie en 1994'), or of documents ('P.J. : ECG du 15/10'), tells no story.
      const label = labelOf(note, d.range.start);
      const labelKind = label === undefined ? undefined : sectionKind(fold(label));
      if (label !== undefined && (DOCUMENT_LABELS.test(fold(label)) || (labelKind !== undefined && NOT_TOLD_IN_ORDER.has(labelKind)))) continue;
      // A planned date ('contrôle prévu en mars 2027') is not a step of the story told, nor a
      // birth ('né en 1982, scolarisé dans un lycée construit en 1965').
      if (note.toldAsPlanned(d) || BORN_BEFORE.test(lower.slice(Math.max(0, d.range.start - 16), d.range.start))) continue;
      // Nor the day of a visit at which the patient tells what came before.
      if (SEEN_BEFORE.test(lower.slice(Math.max(0, d.range.start - 48), d.range.start))) continue;
      // Nor another person's life or a thing's ('sa mère, opérée en 1958', 'la maison, construite en 1930').
      const before = lower.slice(Math.max(0, d.range.start - 120), d.range.start);
      const clause = before.slice(clauseStart(before));
      if (ANOTHER_LIFE_SUBJECT.test(clause) || (d.precision === 'year' && ANOTHER_PERSON_CLAUSE.test(clause)) || THING_MADE_BEFORE.test(before)) continue;
      // A date to come, not planned, is date/future's slip: not the story's step to judge the next by.
      if (dateAfter(d, reference)) continue;
      if (preamble) {
        if (stepOfStay(lower, d, clause) === 'arrival') arrival = { date: d, segment: segmentOf(d) };
        continue;
      }
      const told = previous;
      previous = d;
      if (inverted.has(d) || (told && listedWith(note, lower, told, d))) continue;
      const [, end] = span(d);
      // Days may be told a little out of order ('le 03/07, fin ; le 01/07, contrôle'); months and years not.
      const since = (told && periodStart.get(told)) ?? told;
      if (told && since && end < span(since)[0] - (d.precision === 'day' && since.precision === 'day' ? TOLERANCE_DAYS : 0) && !toldAsEarlier(lower, d, told.range.end + 1)) {
        report({
          range: d.range,
          message: `${q(d.text)} est antérieure à ${q(told.text)}, racontée juste avant, sans retour en arrière annoncé (« auparavant », « depuis », plus-que-parfait) : erreur de date ?`,
          related: [{ range: told.range, message: `Date racontée juste avant : ${q(told.text)}` }],
        });
        continue;
      }
      // Across sections: a discharge or a later visit dated before the patient's arrival told above
      // ('adressée le 29/01/2024' … in Évolution, 'il est sorti le 08/01/2024'), in the same case.
      const step = stepOfStay(lower, d, clause);
      const segment = segmentOf(d);
      if (arrival && arrival.segment !== segment) arrival = undefined;
      if (step === 'arrival') arrival = { date: d, segment };
      // (Read in its clause: 'stable jusqu'à la sortie ; il est sorti le…' steps back in no way.)
      else if (step === 'later' && arrival && end < span(arrival.date)[0] && !toldAsEarlier(lower, d, 0, true)) {
        report({
          range: d.range,
          message: `${q(d.text)} (${LATER_LABEL.exec(clause)?.[1] === 'revu' ? 'nouvelle visite' : 'sortie'}) précède l'arrivée racontée plus haut (${q(arrival.date.text)}) : erreur de date ?`,
          related: [{ range: arrival.date.range, message: `Arrivée (admission, consultation) : ${q(arrival.date.text)}` }],
        });
      }
    }
    checkTimesOfDay(note, lower, (offset) => {
      const section = note.sectionAt(offset);
      return !hasSections || (section !== undefined && NARRATIVE.has(section.kind) && !plans.has(section));
    }, report);
  },
};

/**
 * In the narrative, a time of day before the one told just before it, the same day ('Vers 19 h 40,
 * crise … arrivée aux urgences à 19 h 25'; a timeline whose '9 h 08' follows '9 h 15'): not across
 * a date or a day told between them ('le lendemain', 'J2'), a blank line or a heading, nor past
 * midnight (an evening, then a morning), nor told as earlier on purpose.
 */
function checkTimesOfDay(note: NoteModel, lower: string, inStory: (offset: number) => boolean, report: (r: Report) => void): void {
  const { text } = note;
  // Where the day told may change: dates and time expressions ('le lendemain', 'J2', '3 jours plus tard').
  let days: Range[] | undefined;
  let previous: { range: Range; minutes: number; text: string } | undefined;
  for (const time of timesOfDay(text, lower)) {
    const { range, minutes } = time;
    if (!inStory(range.start)) {
      previous = undefined;
      continue;
    }
    const told = previous;
    previous = time;
    if (!told || note.sectionAt(told.range.start) !== note.sectionAt(range.start) || /\n[^\S\n]*\n/.test(text.slice(told.range.end, range.start))) continue;
    days ??= [...note.dates, ...note.timeExpressions].map((d) => d.range).sort((a, b) => a.start - b.start);
    const day = lastStartingBefore(days, range.start);
    if (day >= 0 && days[day].start > told.range.start) continue;
    // Past midnight: an evening, then the next morning.
    if (told.minutes >= 18 * 60 && minutes < 12 * 60) continue;
    if (minutes >= told.minutes - 5 || toldAsEarlier(lower, { range, precision: 'day' }, told.range.end + 1)) continue;
    report({
      range,
      message: `${q(time.text)} précède ${q(told.text)}, racontée juste avant le même jour, sans retour en arrière annoncé : erreur d'heure ?`,
      related: [{ range: told.range, message: `Heure racontée juste avant : ${q(told.text)}` }],
    });
  }
}
