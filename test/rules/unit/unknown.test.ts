import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';

describe('unit/unknown', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/unknown.txt'), ['unit/unknown']);
  });
});
