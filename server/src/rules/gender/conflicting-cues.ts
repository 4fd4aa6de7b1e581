import type { Fix } from '../../findings.js';
import { SEX_LABEL, type Evidence, type Sex } from '../../note/patient.js';
import { docsPath, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'gender/conflicting-cues';

/** The word of an identity cue that names the sex, and its counterpart. */
const COUNTERPART: Record<string, string> = {
  homme: 'femme', femme: 'homme', garçon: 'fille', fille: 'garçon', fillette: 'garçon', patient: 'patiente', patiente: 'patient',
  masculin: 'féminin', féminin: 'masculin', monsieur: 'madame', madame: 'monsieur', 'm.': 'mme', mme: 'm.', mr: 'mme', mlle: 'm.',
};

function flipEdits(text: string, cue: Evidence<Sex>): Fix['edits'] {
  const written = text.slice(cue.range.start, cue.range.end);
  const m = /(?<![\p{L}])(homme|femme|garçon|fillette|fille|patiente?|masculin|féminin|monsieur|madame|mme|mlle|m\.|mr)(?![\p{L}])/iu.exec(written);
  if (!m) return [];
  const word = m[1];
  const other = COUNTERPART[word.toLowerCase()];
  if (!other) return [];
  const cased = word[0] === word[0].toUpperCase() ? (other === 'm.' ? 'M.' : other === 'mme' ? 'Mme' : other[0].toUpperCase() + other.slice(1)) : other;
  const start = cue.range.start + m.index;
  return [{ range: { start, end: start + word.length }, newText: cased }];
}

/** The note gives its patient both sexes in identity statements ('Homme de 55 ans' and 'Mme X'). */
export const conflictingCues: Rule = {
  meta: {
    id: ID,
    family: 'gender',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'La note donne les deux sexes au patient',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const { profile: patient } of note.patients) {
      // A sex stated by the author settles it: patient-agreement flags the words against it.
      if (patient.severalPeople || patient.stated) continue;
      const identity = patient.sexEvidence.filter((e) => e.strength >= 2);
      const male = identity.filter((e) => e.value === 'male');
      const female = identity.filter((e) => e.value === 'female');
      if (male.length === 0 || female.length === 0) continue;
      const first = identity[0];
      const conflicting = identity.find((e) => e.value !== first.value)!;
      const fixes: Fix[] = (['male', 'female'] as Sex[]).map((sex) => {
        const edits = identity.filter((e) => e.value !== sex).flatMap((e) => flipEdits(note.text, e));
        return { title: `Considérer le patient comme ${SEX_LABEL[sex]} (${edits.length} modification${edits.length > 1 ? 's' : ''})`, edits, preferred: false };
      }).filter((f) => f.edits.length > 0);
      report({
        range: conflicting.range,
        message: `La note donne les deux sexes au patient : ${q(conflicting.text)} contredit ${q(first.text)}. Même patient ?`,
        related: [{ range: first.range, message: `Le patient est d'abord ${SEX_LABEL[first.value]} : ${q(first.text)}` }],
        fixes,
      });
    }
  },
};
