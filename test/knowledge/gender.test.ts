/** The Lefff's genders as the gender rules read them (dist/lefff/gender.json, built from the Lefff packages). */
import { strict as assert } from 'node:assert';
import { formGender, nounGender, otherGenderForm } from '../../server/src/knowledge/gender.js';

describe('knowledge: grammatical gender', () => {
  it('tells the gender an adjective or participle shows', () => {
    assert.equal(formGender('restée'), 'F');
    assert.equal(formGender('resté'), 'M');
    assert.equal(formGender('hospitalisée'), 'F');
    assert.equal(formGender('stable'), 'epicene');
    assert.equal(formGender('rapide'), 'epicene');
    assert.equal(formGender('normo-tendue'), 'F', 'a compound agrees by its last part');
    assert.equal(formGender('fébriles'), undefined, 'a plural says nothing here');
    assert.equal(formGender('échographie'), undefined, 'not an adjective');
  });

  it('gives the form of the other gender, keeping a capital', () => {
    assert.equal(otherGenderForm('restée'), 'resté');
    assert.equal(otherGenderForm('admis'), 'admise');
    assert.equal(otherGenderForm('Restée'), 'Resté');
    assert.equal(otherGenderForm('normo-tendu'), 'normo-tendue');
    assert.equal(otherGenderForm('sous-jacent'), 'sous-jacente', 'a compound the Lefff knows whole');
    assert.equal(otherGenderForm('stable'), undefined);
  });

  it('knows the gender of nouns, clinical ones first', () => {
    assert.equal(nounGender('échographie'), 'F');
    assert.equal(nounGender('scanner'), 'M');
    assert.equal(nounGender('table'), 'F');
    assert.equal(nounGender('foie'), 'M');
    assert.equal(nounGender('xyzzy'), undefined);
  });

  it('answers nothing, never throws, for the names of object properties', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      assert.equal(nounGender(word), undefined, word);
      assert.equal(formGender(word), undefined, word);
      assert.equal(otherGenderForm(word), undefined, word);
    }
  });
});
