import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/case', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/case.txt'), ['unit/case']);
  });
});
