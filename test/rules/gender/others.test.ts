import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('gender/sex-specific', () => {
  it('flags a term of the other sex, not the patient’s own, a relative’s, a denied one or a family history', () => {
    checkAnnotatedCases(fixtureText('gender/sex-specific.txt'), ['gender/sex-specific']);
  });
});

describe('gender/conflicting-cues', () => {
  it('flags identity statements of both sexes, with both places', () => {
    checkAnnotatedCases(fixtureText('gender/conflicting-cues.txt'), ['gender/conflicting-cues']);
  });

  it('offers one fix per direction, and leaves mentions to it rather than to patient-agreement', () => {
    const text = 'Homme de 55 ans, hypertendu.\nAu total, Mme R. présente une insuffisance rénale ; elle est restée stable.';
    const findings = lint(text).filter((f) => f.ruleId.startsWith('gender/'));
    assert.deepEqual(findings.map((f) => f.ruleId), ['gender/conflicting-cues']);
    const [f] = findings;
    assert.equal(text.slice(f.related[0].range.start, f.related[0].range.end), 'Homme de 55 ans');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Considérer le patient comme un homme (1 modification)', 'Considérer le patient comme une femme (1 modification)']);
    assert.deepEqual(f.fixes.map((x) => x.edits.map((e) => e.newText)), [['M.'], ['Femme']]);
  });
});

describe('patients of a case series', () => {
  it('judges each case against its own patient', () => {
    const text = 'Cas 1\nHomme de 40 ans. Il a été hospitalisé.\n\nCas 2\nFemme de 52 ans. Elle a été opérée. Le patient est sorti à J5.';
    const found = lint(text).filter((f) => f.ruleId.startsWith('gender/')).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['Le patient']);
  });
});

describe('the patient’s sex stated by the author', () => {
  it('takes a front-matter line over the note’s words, as evidence', () => {
    const text = '---\nsexe: femme\n---\nPatient de 50 ans.\nIl a été hospitalisé en mai.';
    const findings = lint(text).filter((f) => f.ruleId.startsWith('gender/'));
    // The noun opening the note and the pronoun both say a man.
    assert.deepEqual(findings.map((f) => text.slice(f.range.start, f.range.end)), ['Patient', 'Il']);
    assert.equal(text.slice(findings[1].related[0].range.start, findings[1].related[0].range.end), 'sexe: femme');
  });

  it('takes the configuration’s patient.sex when the note says nothing', () => {
    const text = 'Antécédent de diabète.\nElle a été hospitalisée en mai.';
    assert.deepEqual(lint(text).filter((f) => f.ruleId.startsWith('gender/')), []);
    const findings = lint(text, { patient: { sex: 'homme' } }).filter((f) => f.ruleId.startsWith('gender/'));
    assert.deepEqual(findings.map((f) => text.slice(f.range.start, f.range.end)), ['Elle']);
  });
});
