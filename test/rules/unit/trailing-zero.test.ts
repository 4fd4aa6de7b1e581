import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/trailing-zero', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/trailing-zero.txt'), ['unit/trailing-zero']);
  });
});
