import { strict as assert } from 'node:assert';
import { checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('patient/age', () => {
  it('flags ages that cannot all be true, and not the ages of others or of the past', () => {
    assert.ok(checkAnnotatedCases(fixtureText('patient/age.txt'), ['patient/age']) >= 12);
  });

  it('names the earlier age and the years the note does not tell', () => {
    const [f] = lint('Patiente de 35 ans. Elle est actuellement âgée de 56 ans.');
    assert.match(f.message, /35 ans plus haut .* ne raconte pas 21 ans/);
    assert.equal(f.related.length, 1);
  });

  it('checks an age against the birth year at the date told before it', () => {
    const [f] = lint('Patiente née en 1950. En 2010, la patiente âgée de 45 ans consulte.');
    assert.match(f.message, /59 ou 60 ans en 2010/);
  });

  it("names the patient in the patient's sex", () => {
    assert.equal(lint('Patiente née en 1950. En 2010, la patiente âgée de 45 ans consulte.')[0].message, '«\u00a045 ans\u00a0» : née en 1950, la patiente aurait 59 ou 60 ans en 2010 : erreur d\'âge ou de date ?');
    assert.equal(lint('Homme né en 1950. En 2010, le patient âgé de 45 ans consulte.')[0].message, '«\u00a045 ans\u00a0» : né en 1950, le patient aurait 59 ou 60 ans en 2010 : erreur d\'âge ou de date ?');
  });
});
