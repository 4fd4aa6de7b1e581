import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

const ID = 'score/out-of-range';
const scores = (text: string) => lint(text).filter((f) => f.ruleId === ID);

describe(ID, () => {
  it('flags what the fixture marks, and nothing else', () => {
    assert.ok(checkAnnotatedCases(fixtureText('score/out-of-range.txt'), [ID]) >= 5);
  });

  it("names the scale and its bounds, in the numerals the note writes", () => {
    const [glasgow, nyha] = scores('Glasgow 18/15, insuffisance cardiaque NYHA V.');
    assert.equal(glasgow.message, '«\u00a018\u00a0» : le score de Glasgow va de 3 à 15 ; valeur impossible.');
    assert.equal(glasgow.severity, 'warning');
    assert.equal(nyha.message, '«\u00a0V\u00a0» : la classe NYHA va de I à IV ; valeur impossible.');
    assert.deepEqual(glasgow.fixes, []);
  });
});
