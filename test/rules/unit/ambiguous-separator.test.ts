import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/lint.js';
import { applyFixes } from '../../../server/src/fixes.js';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/ambiguous-separator', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/ambiguous-separator.txt'), ['unit/ambiguous-separator']);
  });

  it('offers both readings, the thousands first, and applies neither unseen', () => {
    const text = 'Paracétamol 1,000 mg, amoxicilline 1.500 mg, héparine -5.000 UI.';
    const found = lint(text).filter((f) => f.ruleId === 'unit/ambiguous-separator');
    assert.deepEqual(
      found.map((f) => f.fixes.map((x) => [x.edits[0].newText, x.preferred])),
      [
        [['1 000', false], ['1', false]],
        [['1 500', false], ['1,5', false]],
        [['-5 000', false], ['-5', false]],
      ],
    );
    assert.match(found[0].message, /«\u00a01,000 mg\u00a0» se lit «\u00a01 mg\u00a0» en français, mais vaut «\u00a01 000 mg\u00a0» si la virgule sépare les milliers/);
    assert.match(found[1].message, /«\u00a01.500 mg\u00a0» vaut «\u00a01 500 mg\u00a0» si le point sépare les milliers, «\u00a01,5 mg\u00a0» s'il tient lieu de virgule/);
    assert.equal(applyFixes(text, found).text, text, '--fix changes nothing');
  });

  it('leaves unit/implausible silent when the thousands reading is a plausible dose', () => {
    const ids = lint('Paracétamol 1,000 mg par jour.').map((f) => f.ruleId);
    assert.deepEqual(ids, ['unit/ambiguous-separator']);
  });
});
