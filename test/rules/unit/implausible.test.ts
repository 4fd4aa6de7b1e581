import { strict as assert } from 'node:assert';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('unit/implausible', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/implausible.txt'), ['unit/implausible']);
  });

  it('says that low-dose methotrexate is weekly', () => {
    const [f] = lint('Polyarthrite rhumatoïde sous méthotrexate 15 mg/j.').filter((x) => x.ruleId === 'unit/implausible');
    assert.equal(f.message, 'Méthotrexate «\u00a015 mg/j\u00a0» chaque jour : à cette dose, il se prend une fois par semaine, et la prise quotidienne est une erreur grave connue. Vérifier le rythme.');
    assert.equal(f.severity, 'warning');
  });
});
