import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';
import { strict as assert } from 'node:assert';

describe('unit/spacing', () => {
  it('flags numbers glued to their unit, and nothing else', () => {
    checkAnnotated(fixtureText('unit/spacing.txt'), ['unit/spacing']);
  });

  it('inserts a no-break space when asked', () => {
    const [f] = lint('Imatinib 400mg.', { rules: { 'unit/spacing': ['warning', { space: 'insecable' }] } });
    assert.equal(f.fixes[0].edits[0].newText, '\u00a0');
  });
});
