/**
 * Conversions between the units one measure is written in ('g/L' ↔ 'mmol/L' of glucose, 'g/dL' ↔
 * 'g/L' of haemoglobin, 'G/L' ↔ '/mm³' of platelets): each unit's factor to its kind's base (grams
 * per litre for a mass concentration, moles per litre for a substance's, per litre for a count),
 * and the molar masses that link mass and substance.
 *
 * Sources: the factors follow UCUM's definitions of its prefixes and units (https://ucum.org),
 * checked against NLM's @lhncbc/ucum-lhc in test/knowledge/conversions.test.ts; the molar masses
 * are computed from the IUPAC standard atomic weights (glucose C6H12O6, creatinine C4H7N3O, urea
 * CH4N2O, testosterone C19H28O2; calcium and phosphorus as elements; haemoglobin per haem, the
 * tetramer's 64 458 / 4, as its mmol/L are counted).
 */

type Kind = 'mass' | 'substance' | 'count';

/** Canonical unit (as clinlint writes it) → its kind and its factor to the kind's base. */
const BASE: Record<string, { kind: Kind; factor: number }> = {
  'g/L': { kind: 'mass', factor: 1 },
  'g/dL': { kind: 'mass', factor: 10 },
  'mg/mL': { kind: 'mass', factor: 1 },
  'mg/L': { kind: 'mass', factor: 1e-3 },
  'mg/dL': { kind: 'mass', factor: 1e-2 },
  'µg/mL': { kind: 'mass', factor: 1e-3 },
  'µg/L': { kind: 'mass', factor: 1e-6 },
  'ng/mL': { kind: 'mass', factor: 1e-6 },
  'ng/L': { kind: 'mass', factor: 1e-9 },
  'mol/L': { kind: 'substance', factor: 1 },
  'mmol/L': { kind: 'substance', factor: 1e-3 },
  'µmol/L': { kind: 'substance', factor: 1e-6 },
  'nmol/L': { kind: 'substance', factor: 1e-9 },
  'G/L': { kind: 'count', factor: 1e9 },
  'T/L': { kind: 'count', factor: 1e12 },
  '/mm³': { kind: 'count', factor: 1e6 },
  '/µL': { kind: 'count', factor: 1e6 },
};

/** Molar masses (g/mol) of the measures written both by mass and by substance, by analyte id (knowledge/analytes.ts). */
export const MOLAR_MASS: Readonly<Record<string, number>> = {
  glucose: 180.16,
  creatinine: 113.12,
  urea: 60.06,
  calcium: 40.08,
  phosphate: 30.97,
  testosterone: 288.42,
  hemoglobin: 16114.5,
};

/** `value` in `from` converted to `to` for the analyte `analyteId`, or undefined when the two units do not convert (or need a molar mass it lacks). */
export function convert(value: number, from: string, to: string, analyteId: string): number | undefined {
  const a = BASE[from];
  const b = BASE[to];
  if (!a || !b) return undefined;
  if (a.kind === b.kind) return (value * a.factor) / b.factor;
  const molarMass = MOLAR_MASS[analyteId];
  if (molarMass === undefined) return undefined;
  if (a.kind === 'mass' && b.kind === 'substance') return (value * a.factor) / molarMass / b.factor;
  if (a.kind === 'substance' && b.kind === 'mass') return (value * a.factor * molarMass) / b.factor;
  return undefined;
}

/** The units `convert` knows, in UCUM's spelling (for the test against ucum-lhc). */
export const UCUM_OF: Readonly<Record<string, string>> = {
  'g/L': 'g/L', 'g/dL': 'g/dL', 'mg/mL': 'mg/mL', 'mg/L': 'mg/L', 'mg/dL': 'mg/dL', 'µg/mL': 'ug/mL', 'µg/L': 'ug/L', 'ng/mL': 'ng/mL', 'ng/L': 'ng/L',
  'mol/L': 'mol/L', 'mmol/L': 'mmol/L', 'µmol/L': 'umol/L', 'nmol/L': 'nmol/L', 'G/L': '10*9/L', 'T/L': '10*12/L', '/mm³': '/mm3', '/µL': '/uL',
};
