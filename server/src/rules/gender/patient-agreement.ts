import type { Fix, Range } from '../../findings.js';
import type { Report } from '../rule.js';
import { agreeEdits, agreementsAgainst, mentionsAgainst, openingDisagreements, PERSON_THEN_WORD, patientWords, phraseDisagreements, pronounDisagreements, titleDisagreements, type Agreement, type PhraseDisagreement } from '../../note/mentions.js';
import { otherGenderForm, type Gender } from '../../knowledge/gender.js';
import type { NoteModel } from '../../note/model.js';
import { MIN_SEX_CONFIDENCE, SEX_LABEL, type PatientSegment } from '../../note/patient.js';
import { applyEdits } from '../../fixes.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'gender/patient-agreement';

/** A report of this rule: its fixes are found at once (the 'all mentions' fix gathers them). */
type GenderReport = Report & { fixes: Fix[] };

/** Findings of the note against its patient's sex, before the 'all mentions' fix is attached. */
export function genderReports(note: NoteModel): GenderReport[] {
  const phrases = [...phraseDisagreements(note.text, note.lowerText, note.anchoredPatternMatches(PERSON_THEN_WORD)), ...titleDisagreements(note.text, note.wordsWithCapital)];
  return note.patients.flatMap((segment) => [...segmentReports(note, segment), ...phraseReports(note, segment, phrases)].sort((x, y) => x.range.start - y.range.start));
}

/**
 * 'une patiente âgé de 45 ans': the participle is fixed to agree with its noun, unless the noun is
 * the one of the other sex than the patient's (then the noun is the slip, reported as a mention).
 */
function phraseReports(note: NoteModel, { profile: patient, range: own }: PatientSegment, phrases: PhraseDisagreement[]): GenderReport[] {
  const known = patient.sex && patient.sexConfidence >= MIN_SEX_CONFIDENCE ? (patient.sex === 'male' ? 'M' : 'F') : undefined;
  const reports: GenderReport[] = [];
  for (const { noun, agreement } of phrases) {
    if (noun.range.start < own.start || noun.range.start >= own.end || agreement.gender === known || note.aboutOthers(noun.range.start)) continue;
    const other = otherGenderForm(agreement.word);
    // 'patiente âgée' is written whole; after an age ('Patiente de 50 ans, connue'), the word alone.
    const gap = note.text.slice(noun.range.end, agreement.range.start).trim();
    const adjacent = gap === '' || gap === ',';
    reports.push({
      range: agreement.range,
      message: `${q(agreement.word)} ne s'accorde pas avec ${q(noun.word)}${other ? ` : écrire ${q(adjacent ? `${noun.word} ${other}` : other)}` : ''}.`,
      fixes: other ? [{ title: `Écrire ${q(other)}`, edits: [{ range: agreement.range, newText: other }], preferred: true }] : [],
      related: [],
    });
  }
  return reports;
}

function segmentReports(note: NoteModel, segment: PatientSegment): GenderReport[] {
  const { profile: patient, range: own } = segment;
  if (!patient.sex || patient.sexConfidence < MIN_SEX_CONFIDENCE) return disagreementsWithoutSex(note, segment);
  // Identity statements of both sexes: who the patient is is unclear (gender/conflicting-cues says so).
  const identity = patient.sexEvidence.filter((e) => e.strength >= 2);
  if (!patient.stated && identity.some((e) => e.value !== identity[0].value) && !patient.severalPeople) return [];
  const evidence = patient.sexEvidence.filter((e) => e.value === patient.sex).sort((a, b) => b.strength - a.strength || a.range.start - b.range.start)[0];
  const first = patient.sexEvidence[0];
  const skip = (offset: number) => offset < own.start || offset >= own.end || note.aboutOthers(offset);
  const related = [{ range: evidence.range, message: `Le patient est ${SEX_LABEL[patient.sex]} : ${q(evidence.text)}` }];
  const reports: GenderReport[] = [];
  const words = patientWords(note.lowerText, own);
  for (const mention of mentionsAgainst(note.text, note.lowerText, words, patient.sex, skip)) {
    // In a note about several people, only a mention surely about the patient is a slip.
    if (mention.range.start <= first.range.start || (patient.severalPeople && !mention.sure)) continue;
    // There, a pronoun sure by its own participle may be another person's, the participle the slip
    // ('Nouveau-né de 3 340 g. … Il a été extubée'): either may be wrong.
    if (patient.severalPeople && mention.kind === 'pronoun' && mention.agreement) {
      reports.push(eitherIsWrong(note.text, mention.range, mention.gender, mention.agreement, 'pronoun'));
      continue;
    }
    const edits = agreeEdits(mention);
    const written = note.text.slice(mention.range.start, (mention.agreement?.range.end ?? mention.range.end));
    const end = mention.agreement?.range.end ?? mention.range.end;
    const fixed = edits ? applyEdits(note.text.slice(mention.range.start, end), edits.map((e) => ({ ...e, range: { start: e.range.start - mention.range.start, end: e.range.end - mention.range.start } }))) : undefined;
    reports.push({
      range: mention.range,
      message: `${q(mention.text)} ne s'accorde pas avec le sexe du patient (${SEX_LABEL[patient.sex]}) : ${fixed ? `écrire ${q(fixed)}` : 'vérifier de qui parle la phrase'}.`,
      fixes: edits ? [{ title: `Écrire ${q(fixed!)}`, edits, preferred: mention.certainty !== 'no-other-antecedent' }] : [],
      related,
      data: { written, certainty: mention.certainty },
    });
  }
  // In a note about several people, a sentence without subject may be about any of them.
  const openings = patient.severalPeople ? [] : openingDisagreements(note.text, note.wordsWithCapital, patient.sex, skip);
  for (const a of [...agreementsAgainst(note.text, note.lowerText, words, patient.sex, skip), ...openings]) {
    // A participle that disagrees with its own mention is a slip whoever the note is about.
    if (a.range.start <= first.range.start) continue;
    const other = otherGenderForm(a.word);
    reports.push({
      range: a.range,
      message: `${q(a.word)} ne s'accorde pas avec le sexe du patient (${SEX_LABEL[patient.sex]})${other ? ` : écrire ${q(other)}` : ''}.`,
      fixes: other ? [{ title: `Écrire ${q(other)}`, edits: [{ range: a.range, newText: other }], preferred: true }] : [],
      related,
    });
  }
  return reports;
}

/**
 * In a note that does not say the patient's sex, a pronoun and its own participle of the other
 * gender ('Enfant de 11 ans. Il a été admise'): either may be the slip, both fixes are offered.
 */
function disagreementsWithoutSex(note: NoteModel, { range: own }: PatientSegment): GenderReport[] {
  const skip = (offset: number) => offset < own.start || offset >= own.end || note.aboutOthers(offset);
  return pronounDisagreements(note.text, note.lowerText, patientWords(note.lowerText, own), skip).map(({ pronoun, gender, agreement }) => eitherIsWrong(note.text, pronoun, gender, agreement, 'agreement'));
}

/**
 * A pronoun and its own participle of the other gender, either of which may be the slip: both
 * fixes, neither applied by --fix. Reported `at` the word more likely wrong: the pronoun when the
 * participle agrees with the patient of a note about several people ('Mme B. … Il a été admise à
 * la maternité'), the participle when the note does not say the sex.
 */
function eitherIsWrong(text: string, pronoun: Range, gender: Gender, agreement: Agreement, at: 'pronoun' | 'agreement'): GenderReport {
  const written = text.slice(pronoun.start, pronoun.end);
  const participle = otherGenderForm(agreement.word);
  const otherPronoun = written[0] === written[0].toUpperCase() ? (gender === 'F' ? 'Il' : 'Elle') : gender === 'F' ? 'il' : 'elle';
  const fixes: Fix[] = participle ? [{ title: `Écrire ${q(`${written} … ${participle}`)}`, edits: [{ range: agreement.range, newText: participle }], preferred: false }] : [];
  fixes.push({ title: `Écrire ${q(`${otherPronoun} … ${agreement.word}`)}`, edits: [{ range: pronoun, newText: otherPronoun }], preferred: false });
  return at === 'agreement'
    ? { range: agreement.range, message: `${q(agreement.word)} ne s'accorde pas avec ${q(written)} : l'un des deux est faux.`, fixes, related: [{ range: pronoun, message: `Sujet : ${q(written)}` }] }
    : { range: pronoun, message: `${q(written)} ne s'accorde pas avec ${q(agreement.word)} : l'un des deux est faux.`, fixes, related: [{ range: agreement.range, message: `Participe : ${q(agreement.word)}` }] };
}

/** A mention of the patient of the other sex: 'Homme de 67 ans … elle est restée stable'. */
export const patientAgreement: Rule = {
  meta: {
    id: ID,
    family: 'gender',
    defaultSeverity: 'warning',
    fixable: true,
    title: "Mention du patient qui ne s'accorde pas avec son sexe",
    docs: docsPath(ID),
  },
  check(note, report) {
    const reports = genderReports(note);
    // One fix that makes every mention agree, offered on each finding.
    // Only mentions with a fix count: a word with no known other form ('normo-tendu' once was) has none.
    const fixed = reports.filter((r) => r.fixes[0]?.edits.length);
    const all = fixed.flatMap((r) => r.fixes[0].edits);
    const allFix: Fix | undefined =
      fixed.length > 1 ? { title: `Accorder toutes les mentions avec le patient (${fixed.length} modifications)`, edits: all, preferred: false } : undefined;
    for (const r of reports) report(allFix ? { ...r, fixes: [...r.fixes, allFix] } : r);
  },
};
