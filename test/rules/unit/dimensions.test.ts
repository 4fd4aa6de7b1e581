import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/dimensions', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/dimensions.txt'), ['unit/dimensions']);
  });
});
