import { RELATIVES } from '../../knowledge/gender.js';
import { GENDER_TRANSITION, SEX_SPECIFIC_TERMS } from '../../knowledge/sex-specific.js';
import { MIN_SEX_CONFIDENCE, SEX_LABEL, type PatientProfile } from '../../note/patient.js';
import { isLetter, wordRegex } from '../../note/text.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'gender/sex-specific';

/** Per sex, its terms in one pass: group i matches terms[i]. */
// Without the u flag (the terms are plain Latin-1 words), at word starts: V8 scans several times faster.
const TERMS_OF = Object.fromEntries(
  (['male', 'female'] as const).map((sex) => {
    const terms = SEX_SPECIFIC_TERMS.filter((t) => t.sex === sex);
    return [sex, { terms, re: wordRegex(terms.map((t) => `(${t.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|')) }];
  }),
) as Record<'male' | 'female', { terms: typeof SEX_SPECIFIC_TERMS; re: RegExp }>;
const OTHER_SEX = { male: 'female', female: 'male' } as const;
/** About someone else, or denied in a way that still makes sense ('pas de grossesse'). */
/** A label naming one sex's side of a couple's workup ('Bilan masculin :'). */
const OTHER_SEX_LABEL = /(?<![\p{L}])(?:masculin|féminin)(?![\p{L}])/iu;
const RELATIVE = new RegExp(`(?<![\\p{L}])(?:${RELATIVES.filter((r) => r !== 'femme').join('|')}|sœurs|frères|famille|familiaux|familiale|familial|sa femme)(?![\\p{L}])`, 'iu');
const NEGATION = /(?<![\p{L}])(?:pas\s+d[e']|absence\s+d[e']|sans|aucune?|ni|négati(?:f|ve)s?|exclue?s?|éliminée?s?)(?![\p{L}])[^.;]{0,40}$/iu;

/** Not done, after the term: a template's line ('PSA non dosé', 'PSA : non fait'). */
const NOT_DONE_AFTER = /^\s*(?::\s*)?(?:non\s+(?:dosée?s?|faite?s?|fait|réalisée?s?|demandée?s?|recherchée?s?|applicable)|nd|néant)(?![\p{L}])/iu;
/** The subject pronoun of each sex opening a sentence. */
const PRONOUN_OF = { female: /^\s*elle(?![\p{L}])/iu, male: /^\s*il(?![\p{L}])/iu } as const;

/** Terms of a birth, said of the child born too. */
const BIRTH_TERMS = new Set(['accouchement', 'grossesse']);
const BORN = /(?<![\p{L}])(?:née?|naissance|nouveau-née?|nourrisson|à\s+terme)(?![\p{L}])/iu;
const CHILD_WORDS = /(?<![\p{L}])(?:garçon|fille|fillette|nourrisson|nouveau-née?|bébé|enfant|nné)(?![\p{L}])/iu;

/** A transgender person's note ('femme transgenre', 'assignée garçon à la naissance'): anatomy does not follow the gender told. */
const TRANSITION = wordRegex(GENDER_TRANSITION.join('|'));

/** A child: an age under 16, or a child's word among the sex cues ('Garçon de 3 ans', 'nourrisson de sexe masculin'). */
function isChild(patient: PatientProfile): boolean {
  return patient.ages.some((a) => a.value < 16) || patient.sexEvidence.some((e) => CHILD_WORDS.test(e.text));
}

/** A term tied to one sex against the patient's ('ménopause' in a man's note). */
export const sexSpecific: Rule = {
  meta: {
    id: ID,
    family: 'gender',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Terme propre à un sexe, contraire au sexe du patient',
    docs: docsPath(ID),
  },
  check(note, report) {
    const lower = note.lowerText;
    const patients = note.patients;
    // Only the terms of the other sex than a patient's can be slips: search those alone.
    const searched = new Set(
      patients
        .map((p) => p.profile)
        .filter((p) => p.sex && !p.severalPeople && p.sexConfidence >= MIN_SEX_CONFIDENCE)
        .map((p) => OTHER_SEX[p.sex!]),
    );
    if (searched.size === 0) return;
    // Looked for once a term is found: most notes have none.
    let transitions: number[] | undefined;
    for (const sex of searched) {
      const { terms, re } = TERMS_OF[sex];
      for (const m of note.wordRegexMatches(re)) {
        const start = m.index;
        if (isLetter(lower[start + m[0].length])) continue;
        const term = terms[m.slice(1).findIndex((g) => g !== undefined)];
        const segment = patients.find((p) => start >= p.range.start && start < p.range.end);
        const patient = segment?.profile;
        if (!patient?.sex || term.sex === patient.sex || patient.severalPeople || patient.sexConfidence < MIN_SEX_CONFIDENCE) continue;
        transitions ??= note.wordRegexMatches(TRANSITION).map((t) => t.index);
        if (transitions.some((t) => t >= segment!.range.start && t < segment!.range.end)) continue;
        if (note.sectionAt(start)?.kind === 'antecedents-familiaux') continue;
        // 'PSA' is only the prostate antigen in capitals.
        if (m[0] === 'psa' && note.text.slice(start, start + 3) !== 'PSA') continue;
        // A boy's Tanner stages ('Tanner G1P1': genitalia and pubic hair), not gestity and parity.
        if (m[0][0] === 'g' && /tanner\s{1,3}(?:stade\s{1,3})?$/.test(lower.slice(Math.max(0, start - 20), start))) continue;
        const line = note.index.lines[note.index.lineAt(start)];
        const from = Math.max(line.start, start - 300);
        const stop = lower.slice(from, start + 1).lastIndexOf('. ');
        const sentenceStart = stop >= 0 ? from + stop + 2 : from;
        const before = note.text.slice(sentenceStart, start);
        // The sentence, 300 characters at most each way (a long line is not read once per term).
        const to = Math.min(line.end, start + 300);
        const sentenceEnd = lower.slice(start, to).indexOf('.');
        const sentence = note.text.slice(sentenceStart, sentenceEnd < 0 ? to : start + sentenceEnd);
        if (RELATIVE.test(sentence) || NEGATION.test(before) || NOT_DONE_AFTER.test(lower.slice(start + m[0].length, start + m[0].length + 24))) continue;
        // The pronoun of the term's sex opens the sentence after one naming a relative ('Sa mère est suivie. Elle a eu une hystérectomie').
        if (PRONOUN_OF[term.sex].test(before) && RELATIVE.test(note.text.slice(Math.max(line.start, sentenceStart - 200), sentenceStart))) continue;
        // A line about another person, by its label ('Conjoint : M. B., varicocèle', 'Bilan masculin : spermogramme').
        const label = note.lineLabel(start);
        if (label !== undefined && (RELATIVE.test(label) || OTHER_SEX_LABEL.test(label))) continue;
        // A child's own birth ('Garçon de 3 ans, né par césarienne', 'allaitement maternel exclusif').
        if (BIRTH_TERMS.has(term.label) && (isChild(patient) || BORN.test(sentence))) continue;
        const evidence = patient.sexEvidence.find((e) => e.value === patient.sex)!;
        const written = note.text.slice(start, start + m[0].length);
        report({
          range: { start, end: start + m[0].length },
          message: `${q(written)} (${term.label}) ne concerne que ${term.sex === 'female' ? 'les femmes' : 'les hommes'}, or la note décrit ${SEX_LABEL[patient.sex]} : erreur de patient ou de sexe ?`,
          related: [{ range: evidence.range, message: `Le patient est ${SEX_LABEL[patient.sex]} : ${q(evidence.text)}` }],
        });
      }
    }
  },
};
