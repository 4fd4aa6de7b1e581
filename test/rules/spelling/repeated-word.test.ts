import { strict as assert } from 'node:assert';
import { applyFixes } from '../../../server/src/fixes.js';
import { lint } from '../../../server/src/lint.js';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

const ID = 'spelling/repeated-word';
const repeated = (text: string) => lint(text).filter((f) => f.ruleId === ID);

describe(ID, () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('spelling/repeated-word.txt'), [ID]);
  });

  it('reads across one line break, not across a blank line nor onto a line that starts with a capital', () => {
    assert.deepEqual(repeated('Le\nle patient.').map((f) => f.range), [{ start: 0, end: 5 }]);
    assert.deepEqual(repeated('Le\n\nle patient.'), []);
    assert.deepEqual(repeated('Examen\nExamen clinique : normal.'), []);
  });

  it('is an information, and --fix removes the second word', () => {
    const text = 'Il a a été vu le le 3 mars.';
    const found = repeated(text);
    assert.deepEqual(found.map((f) => [f.severity, f.message]), [
      ['info', 'Mot répété : «\u00a0a a\u00a0».'],
      ['info', 'Mot répété : «\u00a0le le\u00a0».'],
    ]);
    assert.equal(applyFixes(text, found).text, 'Il a été vu le 3 mars.');
  });

  it('reports a word written many times as one finding, fixed in one pass', () => {
    const text = 'Puis puis puis puis, il sort.';
    const found = repeated(text);
    assert.deepEqual(found.map((f) => f.message), ['Mot répété : «\u00a0Puis\u00a0», écrit 4 fois de suite.']);
    assert.equal(applyFixes(text, found).text, 'Puis, il sort.');
  });
});
