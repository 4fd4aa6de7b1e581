import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/leading-zero', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/leading-zero.txt'), ['unit/leading-zero']);
  });
});
