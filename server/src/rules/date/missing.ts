import { PLAN_TITLE, type SectionKind } from '../../knowledge/sections.js';
import { splitSentences } from '../../note/text.js';
import type { NoteModel } from '../../note/model.js';
import type { TimeExpression } from '../../note/timex.js';
import { CLOCK_TIME } from '../../note/dates.js';
import type { Range } from '../../findings.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'date/missing';

/** The sections that tell the history and course of the case. */
const STORY: ReadonlySet<SectionKind> = new Set(['histoire', 'evolution', 'evolution-traitement', 'traitement']);

/**
 * Clinical events a reader wants dated: surgery, biopsy, start or stop of a treatment, imaging,
 * admission, relapse, death. Matched on the lower-cased text, whole words.
 */
const EVENT = new RegExp(
  '(?:^|[^a-zà-öø-ÿœæ])(' +
    [
      'opérée?', 'réopérée?', 'intervention chirurgicale', 'chirurgie', 'exérèse', 'résection', 'amputation', 'greffe', 'transplantation',
      '[a-zé]+ectomie', 'biopsie', 'biopsiée?', 'ponction',
      'mise? sous', 'débuté', 'instauré', 'introduit', 'arrêté', 'interrompu', 'chimiothérapie', 'radiothérapie', 'immunothérapie', 'hormonothérapie',
      'scanner', 'tdm', 'irm', 'échographie', 'radiographie', 'tep-tdm', 'tep-scanner', 'scintigraphie', 'coronarographie', 'coloscopie', 'fibroscopie',
      'admise?', 'hospitalisée?', 'hospitalisation', 'réhospitalisée?', 'transférée?',
      'récidive', 'rechute', 'décès', 'décédée?', 'décède',
    ].join('|') +
    ')(?![a-zà-öø-ÿœæ])',
  'g',
);
/** A sentence opening on a link in time to the one before ('Puis', 'Dans les suites') is dated by it. */
const LINKED =
  /^\s*(?:puis|ensuite|alors|par la suite|secondairement|dans les suites|dans le même temps|au décours|au cours|lors|après|à l['’]issue|pendant|durant|le même jour|simultanément|parallèlement|à la suite|suite à|dès|devant|finalement|initialement|actuellement|depuis|entre|en parallèle|concomitamment|rapidement|immédiatement)(?![a-zà-öø-ÿœæ])/;
/** A time of day ('à 10h20', '14 h 30', '8:15'). */
/** A sentence whose subject is a pronoun ('Il est transféré', 'Elle a été réopérée'). */
const SUBJECT_PRONOUN = /^\s*(?:il|elle)\s/;
/** Denied events (the words before them) need no date. */
const DENIED = /(?:^|[^a-zà-öø-ÿœæ])(?:pas\s+d[e']|sans|aucune?|absence|ni|si|jamais|ne\s+plus|n['’]a\s+pas|n['’]avait\s+pas)(?![a-zà-öø-ÿœæ])/;
/**
 * No event told: a ward's or a team's name ('service de chirurgie', 'centre de transplantation'),
 * a place ('point de ponction'), a length of time ('pendant l'hospitalisation'), what is feared or
 * prevented ('prévention de la rechute', 'inquiète d'une récidive').
 */
const NOT_AN_EVENT_BEFORE =
  /(?:(?:service|services|centre|unité|équipe|département|pôle|institut|clinique|point|site|orifice)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)|(?:pendant|durant|tout\s+au\s+long\s+de|au\s+cours\s+de|le\s+temps\s+de)\s+(?:l['’]|la\s+|le\s+|cette\s+|son\s+|sa\s+)|(?:prévention|risque|crainte|peur|inquiète?|inquiétude|prévenir|éviter|dépistage)\s+(?:de\s+(?:la\s+|l['’])?|d['’](?:une?\s+)?|du\s+))$/;
/**
 * Nor the result of an event told before ('marges saines, résection R0', 'exérèse complète'), nor
 * the check that follows one ('la radiographie de contrôle', 'scanner thoracique de contrôle').
 */
const NOT_AN_EVENT_AFTER = /^\s*(?:\(?r[012]\)?(?![a-z\d])|(?:in)?complète|(?:[a-zà-öø-ÿœæ-]+\s+){0,2}de\s+contrôle(?![a-zà-öø-ÿœæ]))/;
/** Nor planned, hypothetical, refused or not done ones, a relative's, nor one told the same day as the one before (anywhere in the sentence). */
const PLANNED = /(?:^|[^a-zà-öø-ÿœæ])(?:prévue?s?|programmée?s?|envisagée?s?|discutée?s?|proposée?s?|indiquée?s?|décidée?s?|décision|sera|seront|serait|devra|pourrait|à\s+prévoir|à\s+programmer|à\s+discuter|à\s+envisager|attente|en\s+attendant|nécessaire|refus\p{L}*|récusée?|non\s+retenue?|n['’]a\s+pas\s+(?:été|pu)|ne\s+\p{L}+\s+plus|le\s+même\s+jour|le\s+jour\s+même|dans\s+la\s+foulée|le\s+lendemain|(?:sa|son|ses)\s+(?:mère|père|sœur|soeur|frère|fille|fils|enfants?|époux|épouse|mari|conjointe?))(?![a-zà-öø-ÿœæ])/u;

/** In the history and course of the case, an event with no date in its sentence nor a link to the one before. */
export const missing: Rule = {
  meta: {
    id: ID,
    family: 'date',
    defaultSeverity: 'info',
    fixable: false,
    title: "Événement clinique sans date dans l'histoire ou l'évolution",
    docs: docsPath(ID),
  },
  check(note, report) {
    // Not what is to be done ('Conduite à tenir : ponction folliculaire 36 h après le déclenchement').
    const plans = note.sectionsTitled(PLAN_TITLE);
    const story = note.allSections.filter((s) => STORY.has(s.kind) && !plans.has(s));
    if (story.length === 0) return;
    const lower = note.lowerText;
    const timex = note.timeExpressions;
    // A note that dates nothing is not told in time: flagging each of its events would bury it.
    if (timex.length === 0) return;
    for (const section of story) {
      const from = section.titleRange.end;
      const to = section.children[0]?.range.start ?? section.range.end;
      /** The sentence before, when it is placed in time (dated, linked to its own previous one, or going on from it). */
      let placedBefore: Range | undefined;
      for (const sentence of splitSentences(lower, from, to)) {
        const words = lower.slice(sentence.start, sentence.end);
        // The patient, subject again right after a sentence of the paragraph placed in time, goes on
        // at that time ('Césarienne le 02/10/2025. Il est transféré en néonatologie. Il est extubé…').
        const goesOn = placedBefore !== undefined && SUBJECT_PRONOUN.test(words) && !/\n[^\S\n]*\n/.test(lower.slice(placedBefore.end, sentence.start));
        // A time of day places the event in the day told ('Thrombectomie à 10h20').
        const placed = LINKED.test(words) || goesOn || CLOCK_TIME.test(words) || dated(timex, sentence) || datedLine(note, timex, sentence.start);
        placedBefore = placed ? sentence : undefined;
        if (placed) continue;
        EVENT.lastIndex = 0;
        const m = EVENT.exec(words);
        if (!m) continue;
        const start = sentence.start + m.index + m[0].length - m[1].length;
        const before = lower.slice(sentence.start, start);
        const after = lower.slice(start + m[1].length, start + m[1].length + 40);
        if (DENIED.test(before) || NOT_AN_EVENT_BEFORE.test(before) || NOT_AN_EVENT_AFTER.test(after) || PLANNED.test(words)) continue;
        const word = note.text.slice(start, start + m[1].length);
        report({
          range: { start, end: start + m[1].length },
          message: `${q(word)} : événement sans date ; le lecteur ne peut pas le placer dans l'histoire du cas. Dater la phrase (« En mars 2015, … ») ou la relier à la précédente (« Puis », « Deux mois plus tard »).`,
          fixes: [dateSentence(note.text, sentence.start)],
        });
      }
    }
  },
};

/** Does a time expression touch the sentence? `timex` is in text order of starts: found by bisection. */
function dated(timex: TimeExpression[], sentence: Range): boolean {
  // No time expression is longer than this: one that starts earlier cannot reach the sentence.
  for (let i = firstFrom(timex, sentence.start - 300); i < timex.length && timex[i].range.start < sentence.end; i++) if (sentence.start < timex[i].range.end) return true;
  return false;
}

/** The index of the first time expression starting at `offset` or after (`timex` is in text order of starts). */
function firstFrom(timex: TimeExpression[], offset: number): number {
  let lo = 0;
  let hi = timex.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timex[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the sentence's line open on a date and a colon, a record's daily entry ('15/10 : Fond d'œil normal. Échographie…')? */
function datedLine(note: NoteModel, timex: TimeExpression[], offset: number): boolean {
  const line = note.index.lines[note.index.lineAt(offset)];
  let start = line.start;
  while (start < line.end && /[\s*•-]/.test(note.text[start])) start++;
  const first = timex[firstFrom(timex, start)];
  return first !== undefined && first.range.start === start && /^\s*:/.test(note.text.slice(first.range.end, first.range.end + 4));
}

/** 'En <mois année>, ' before the sentence, its first word lowered when it is a common one ('La', 'Il'). */
function dateSentence(text: string, start: number) {
  const first = text[start];
  const lowerFirst = /^(?:Le|La|Les|L['’]|Un|Une|Des|Il|Elle|Ils|Elles|On|Ce|Cet|Cette|Ces|Son|Sa|Ses|Une)(?![\p{L}])/u.test(text.slice(start, start + 6));
  return {
    title: 'Dater la phrase : « En <mois année>, … »',
    edits: [{ range: { start, end: start + (lowerFirst ? 1 : 0) }, newText: `En <mois année>, ${lowerFirst ? first.toLowerCase() : ''}` }],
    preferred: false,
  };
}
