import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

const RULE = 'gender/patient-agreement';

describe(RULE, () => {
  it('flags mentions of the other sex, with the fix', () => {
    assert.ok(checkAnnotatedCases(fixtureText('gender/patient-agreement.txt'), [RULE]) >= 80);
  });

  it('stays quiet on impersonal il, other antecedents, relatives, carers, quotes, family history and obstetric notes', () => {
    assert.ok(checkAnnotatedCases(fixtureText('gender/patient-agreement-negative.txt'), [RULE]) >= 80);
  });

  it('points at the evidence and fixes the pronoun and its participle in one edit set', () => {
    const text = 'Homme de 67 ans.\nDepuis 2011, elle est restée cliniquement stable.';
    const [f] = lint(text).filter((x) => x.ruleId === RULE);
    assert.equal(text.slice(f.related[0].range.start, f.related[0].range.end), 'Homme de 67 ans');
    assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['il', 'resté']);
  });

  it('fixes a second predicate joined to the subject later in its clause, not one of a relative clause', () => {
    const [f] = lint('Femme de 50 ans. Le patient a repris une alimentation mixée à J5 et est sorti à J9.').filter((x) => x.ruleId === RULE);
    assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['La patiente', 'sortie']);
    const [g] = lint('Femme de 50 ans. Le patient présentait un nodule qui a grossi et est devenu douloureux.').filter((x) => x.ruleId === RULE);
    assert.deepEqual(g.fixes[0].edits.map((e) => e.newText), ['La patiente']);
  });

  it('in a note that does not say the sex, reports a pronoun and its own participle of the other gender, offering both fixes', () => {
    const [f, ...rest] = lint('Enfant de 11 ans. Il a été admise aux urgences.').filter((x) => x.ruleId === RULE);
    assert.equal(rest.length, 0);
    assert.equal(f.message, '«\u00a0admise\u00a0» ne s\'accorde pas avec «\u00a0Il\u00a0» : l\'un des deux est faux.');
    assert.deepEqual(f.fixes.map((x) => [x.edits[0].newText, x.preferred]), [['admis', false], ['Elle', false]]);
    assert.deepEqual(lint('Enfant de 11 ans. Il a été admis aux urgences. Il est la conséquence d\'une infection.').filter((x) => x.ruleId === RULE), []);
  });

  it('offers one fix that makes every mention agree', () => {
    const text = 'Femme de 50 ans.\nIl a été hospitalisé en mai. Le patient a été revu en juin.';
    const findings = lint(text).filter((x) => x.ruleId === RULE);
    assert.equal(findings.length, 2);
    const all = findings[0].fixes.find((x) => x.title.startsWith('Accorder toutes les mentions'));
    assert.ok(all);
    assert.match(all.title, /\(2 modifications\)/);
    assert.equal(all.preferred, false);
  });

  it('agrees the last part of a compound, and never offers a fix-all without edits', () => {
    const text = 'Femme de 45 ans. Le patient est normo-tendu. La patiente est normo-tendu, sans fièvre.';
    const findings = lint(text).filter((x) => x.ruleId === RULE);
    assert.deepEqual(findings[0].fixes[0].edits.map((e) => e.newText), ['La patiente', 'normo-tendue']);
    for (const f of findings) for (const fix of f.fixes) assert.ok(fix.edits.length > 0, fix.title);
  });
});
