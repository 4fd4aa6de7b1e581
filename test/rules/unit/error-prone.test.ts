import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/error-prone', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/error-prone.txt'), ['unit/error-prone']);
  });
});
