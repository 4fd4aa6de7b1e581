import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/implausible', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/implausible.txt'), ['unit/implausible']);
  });
});
