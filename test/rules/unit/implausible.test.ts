import { strict as assert } from 'node:assert';
import { checkAnnotated, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('unit/implausible', () => {
  it('flags what the fixture marks, and nothing else', () => {
    checkAnnotated(fixtureText('unit/implausible.txt'), ['unit/implausible']);
  });

  it('gives the index a weight and a height make, pointing to both', () => {
    const [f] = lint('Poids 70 kg, taille 1,75 m, IMC 35 kg/m².').filter((x) => x.ruleId === 'unit/implausible');
    assert.equal(f.message, "IMC «\u00a035 kg/m²\u00a0» : «\u00a070 kg\u00a0» pour «\u00a01,75 m\u00a0» font un IMC de 22,9 kg/m² ; l'une des trois valeurs est fausse ?");
    assert.deepEqual(f.related.map((r) => r.message), ['Poids : «\u00a070 kg\u00a0»', 'Taille : «\u00a01,75 m\u00a0»']);
  });

  it('says that low-dose methotrexate is weekly', () => {
    const [f] = lint('Polyarthrite rhumatoïde sous méthotrexate 15 mg/j.').filter((x) => x.ruleId === 'unit/implausible');
    assert.equal(f.message, 'Méthotrexate «\u00a015 mg/j\u00a0» écrit en prise quotidienne : à cette dose, il se prend une fois par semaine, et la prise chaque jour est une erreur grave connue. Vérifier le rythme.');
    assert.equal(f.severity, 'warning');
  });

  it("offers another unit only where it gives a person's value: a height of 12,8 m is no 12,8 cm", () => {
    const [slip] = lint('Enfant de 8 ans, taille 12,8 m.').filter((x) => x.ruleId === 'unit/implausible');
    assert.equal(slip.message, 'Taille «\u00a012,8 m\u00a0» : valeur impossible chez un patient vivant (attendu entre 0,2 et 2,75 m).');
    assert.deepEqual(slip.fixes, []);
    const [unit] = lint('Adulte, taille 175 m.').filter((x) => x.ruleId === 'unit/implausible');
    assert.equal(unit.fixes[0].edits[0].newText, 'cm');
  });

  it('reads a blood pressure in cmHg under a mmHg unit, and offers it in mmHg without applying it', () => {
    const text = 'TA 13,5/8 mmHg.';
    const [f] = lint(text).filter((x) => x.ruleId === 'unit/implausible');
    assert.match(f.message, /en cmHg \(soit «\u00a0135\/80 mmHg\u00a0»\)/);
    assert.equal(f.fixes[0].preferred, false);
    assert.equal(f.fixes[0].edits[0].newText, '135/80');
    assert.equal(text.slice(f.fixes[0].edits[0].range.start, f.fixes[0].edits[0].range.end), '13,5/8');
  });

  it('reads a Markdown table of results, the unit in the cell after the value', () => {
    const text = '| Examen | Valeur | Unité |\n|---|---|---|\n| Kaliémie | 41 | mmol/L |\n| Natrémie | 138 | mmol/L |\n';
    const findings = lint(text).filter((x) => x.ruleId === 'unit/implausible');
    assert.deepEqual(findings.map((f) => text.slice(f.range.start, f.range.end)), ['41 | mmol/L']);
  });
});
