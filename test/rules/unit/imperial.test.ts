import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/lint.js';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/imperial', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/imperial.txt'), ['unit/imperial']);
  });

  it('gives the value in metric units, offered as a fix for a single value', () => {
    const [weight, temperature, range] = lint('Poids 150 lbs, température 101 °F, poids entre 150 et 160 lbs.').filter((f) => f.ruleId === 'unit/imperial');
    assert.match(weight.message, /soit «\u00a068 kg\u00a0»/);
    assert.deepEqual(weight.fixes.map((f) => [f.edits[0].newText, f.preferred]), [['68 kg', false]]);
    assert.match(temperature.message, /soit «\u00a038,3 °C\u00a0»/);
    assert.deepEqual(temperature.fixes.map((f) => f.edits[0].newText), ['38,3 °C']);
    assert.match(range.message, /soit «\u00a068 à 72,6 kg\u00a0»/);
    assert.equal(range.fixes.length, 0);
  });
});
