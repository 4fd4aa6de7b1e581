import { strict as assert } from 'node:assert';
import { checkAnnotated, fixtureText } from '../helpers/annotated.js';
import { lint } from '../../server/src/lint.js';
import { nirKeyValid } from '../../server/src/knowledge/identifiers.js';

describe('privacy/identifier', () => {
  it('flags direct identifiers (invented ones), not initials, staging, citations, places or lab numbers', () => {
    checkAnnotated(fixtureText('privacy-identifier.txt'), ['privacy/identifier']);
  });

  it('checks the NIR key, Corsica included', () => {
    assert.equal(nirKeyValid('185057800608491'), true);
    assert.equal(nirKeyValid('185057800608400'), false);
    assert.equal(nirKeyValid('269052A00401228'), true);
  });

  it('offers a placeholder, never applied by --fix, and stays quiet in a note marked internal', () => {
    const [f] = lint('Adressé par le Dr Lefèvre.');
    assert.deepEqual([f.fixes[0].edits[0].newText, f.fixes[0].preferred], ['[NOM]', false]);
    assert.deepEqual(lint('---\ndiffusion: interne\n---\nAdressé par le Dr Lefèvre.').filter((x) => x.ruleId === 'privacy/identifier'), []);
  });
});
