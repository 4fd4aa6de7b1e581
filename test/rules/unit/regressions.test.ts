/** Slips and non-slips found by reading the rules' output on real-looking notes. */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/lint.js';

const found = (text: string) => lint(text).map((f) => `${f.ruleId}@${text.slice(f.range.start, f.range.end)}`);

describe('unit rules: regressions', () => {
  it('binds a measure named at the very start of the note', () => {
    assert.deepEqual(found('Hémoglobine 12 g/L.'), ['unit/implausible@12 g/L']);
    assert.deepEqual(found('Hémoglobine 12,0 g/dL.'), []);
  });

  it('reads a number after a year and a comma', () => {
    assert.deepEqual(found('Depuis mars 2015, 400mg par jour.'), ['unit/spacing@400mg']);
    assert.deepEqual(found('Nodule de 15 mm en 2019, 40 x 38 x 30 x 20 mm en 2021.'), ['unit/dimensions@40 x 38 x 30 x 20 mm']);
  });

  it('leaves concentrations and 24-hour urine values to the lab rules', () => {
    assert.deepEqual(found('Bilan : albumine 35,0 g/L, protéinurie 1,0 g/24 h, diurèse 1,0 L/24 h.'), []);
  });

  it('does not take the water of a burn for the patient', () => {
    assert.deepEqual(found("Brûlure par de l'eau à 70 °C."), []);
    assert.deepEqual(found('Lors de l’examen, 62 °C au thermomètre.'), ['unit/implausible@62 °C']);
  });

  it('judges doses per day and keeps the denominator in the suggestion', () => {
    const [f] = lint('Imatinib 400 g/j.');
    assert.equal(f.ruleId, 'unit/implausible');
    assert.match(f.message, /«\u00a0400 mg\/j\u00a0» \?/);
  });

  it('does not split a number written with two conventions', () => {
    assert.deepEqual(found('Hb 10.2 g/dL, 1 000.5 mg.'), ['unit/decimal-separator@10.2']);
  });

  it('fixes the case of a unit without changing its spelling', () => {
    assert.equal(lint('Injection de 10 CC.')[0].fixes[0].edits[0].newText, 'cc');
  });
});
