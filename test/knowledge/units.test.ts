import { strict as assert } from 'node:assert';
import ucum from '@lhncbc/ucum-lhc';
import { UNIT_ATOMS } from '../../server/src/knowledge/units.js';
import { scanQuantities } from '../../server/src/note/quantities.js';
import { ANALYTES } from '../../server/src/knowledge/analytes.js';

const utils = ucum.UcumLhcUtils.getInstance();

describe('units knowledge', () => {
  it('gives every unit a UCUM code that NLM’s UCUM library accepts', () => {
    const invalid = UNIT_ATOMS.filter((a) => utils.validateUnitString(a.ucum).status !== 'valid').map((a) => `${a.canonical}: ${a.ucum}`);
    assert.deepEqual(invalid, []);
  });

  it('writes UCUM codes of compound units that the library accepts', () => {
    for (const text of ['2 mg/kg/j', '400 mg/24 heures', '60 mL/min/1,73 m²', '4,2 x 10^9/L', '72 bpm', '120/80 mmHg', '12 g/dL']) {
      const [q] = scanQuantities(text);
      assert.equal(utils.validateUnitString(q.unit.ucum!).status, 'valid', `${text} → ${q.unit.ucum}`);
    }
  });

  it('keeps plausibility bounds coherent across units of one analyte (UCUM conversion)', () => {
    // Upper bounds of one analyte, converted between mass-concentration units, agree within a factor 2.
    for (const analyte of ANALYTES) {
      const mass = analyte.bounds.filter((b) => /^(m?g|µg)\/(d?L)$/.test(b.unit));
      for (const a of mass) {
        for (const b of mass) {
          if (a === b) continue;
          const r = utils.convertUnitTo(a.unit.replace('µ', 'u'), a.max, b.unit.replace('µ', 'u'));
          assert.equal(r.status, 'succeeded');
          const ratio = (r.toVal as number) / b.max;
          assert.ok(ratio > 0.5 && ratio < 2, `${analyte.id}: ${a.max} ${a.unit} ≈ ${r.toVal} ${b.unit}, bound ${b.max}`);
        }
      }
    }
  });

  it('has no written form that two units share', () => {
    const seen = new Map<string, string>();
    for (const a of UNIT_ATOMS) for (const f of [...a.forms, ...(a.english ?? [])]) {
      assert.ok(!seen.has(f) || seen.get(f) === a.canonical, `${f}: ${seen.get(f)} and ${a.canonical}`);
      seen.set(f, a.canonical);
    }
  });
});
