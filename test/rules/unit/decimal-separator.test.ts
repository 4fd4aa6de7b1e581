import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/decimal-separator', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/decimal-separator.txt'), ['unit/decimal-separator']);
  });
});
