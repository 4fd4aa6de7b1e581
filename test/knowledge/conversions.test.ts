import { strict as assert } from 'node:assert';
import ucum from '@lhncbc/ucum-lhc';
import { convert, MOLAR_MASS, UCUM_OF } from '../../server/src/knowledge/conversions.js';

const utils = ucum.UcumLhcUtils.getInstance();

describe('conversions knowledge', () => {
  it('converts every pair of units as NLM’s UCUM library does, by mass, by substance (with each molar mass) and by count', () => {
    const units = Object.keys(UCUM_OF);
    let checked = 0;
    for (const analyte of [...Object.keys(MOLAR_MASS), 'platelets']) {
      for (const from of units) {
        for (const to of units) {
          const ours = convert(2.5, from, to, analyte);
          if (ours === undefined) continue;
          const molecularWeight = MOLAR_MASS[analyte];
          const theirs = molecularWeight ? utils.convertUnitTo(UCUM_OF[from], 2.5, UCUM_OF[to], { molecularWeight }) : utils.convertUnitTo(UCUM_OF[from], 2.5, UCUM_OF[to]);
          assert.equal(theirs.status, 'succeeded', `${from} → ${to}: ${theirs.msg.join(' ')}`);
          assert.ok(Math.abs(ours / theirs.toVal! - 1) < 1e-9, `${analyte} ${from} → ${to}: ${ours} against ${theirs.toVal}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 300, `${checked} conversions checked`);
  });

  it('converts glucose and creatinine between mass and substance, and nothing without a molar mass', () => {
    assert.ok(Math.abs(convert(0.54, 'g/L', 'mmol/L', 'glucose')! - 2.997) < 0.01);
    assert.ok(Math.abs(convert(106, 'µmol/L', 'mg/L', 'creatinine')! - 11.99) < 0.01);
    // Haemoglobin per haem: 12,1 g/dL is 7,5 mmol/L.
    assert.ok(Math.abs(convert(12.1, 'g/dL', 'mmol/L', 'hemoglobin')! - 7.51) < 0.01);
    assert.equal(convert(4, 'mmol/L', 'mg/L', 'potassium'), undefined);
    assert.equal(convert(4, 'mmol/L', 'G/L', 'glucose'), undefined);
  });
});
