import { strict as assert } from 'node:assert';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('unit/decimal-separator', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/decimal-separator.txt'), ['unit/decimal-separator']);
  });

  it('says that zeros after the point are better left out, as unit/trailing-zero does', () => {
    const [f] = lint('Warfarine 5.0 mg le soir.').filter((x) => x.ruleId === 'unit/decimal-separator');
    assert.equal(f.message, 'Séparateur décimal : en français, on écrit «\u00a05,0\u00a0», ou mieux «\u00a05\u00a0», sans zéro final.');
  });
});
