/**
 * Units written in French case notes.
 *
 * Sources: UCUM codes from the Unified Code for Units of Measure (Regenstrief Institute,
 * https://ucum.org), checked against NLM's @lhncbc/ucum-lhc in test/knowledge/units.test.ts;
 * French written forms from the SI brochure (BIPM, 9th edition) and common French clinical usage
 * ('UI' for international units, 'G/L' for 10^9 per litre in haematology, 'SA' for weeks of
 * amenorrhoea).
 */

import { englishUnitWord } from './english.js';

export type Dimension =
  | 'mass'
  | 'volume'
  | 'length'
  | 'area'
  | 'pressure'
  | 'temperature'
  | 'amount'
  | 'activity'
  | 'count'
  | 'time'
  | 'beats'
  | 'percent'
  | 'radiation'
  | 'energy'
  | 'dose-form'
  | 'other';

export interface UnitAtom {
  /** The form the project writes (fix target). */
  canonical: string;
  /** Every accepted written form (case-sensitive). */
  forms: string[];
  /** UCUM code. */
  ucum: string;
  dimension: Dimension;
  /** A symbol that French typography separates from its number ('400 mg'); false for '%', '°'. */
  spaced: boolean;
  /** Used to express a drug dose (the ISMP notation rules apply). */
  dose?: boolean;
  /** A plain French word ('jours'): never a case or spelling slip candidate. */
  word?: boolean;
  /** A unit French notes should not use ('lb', '°F', unit/imperial): read only as written ('LB' is lymphocytes B), never offered in completion. */
  foreign?: boolean;
  /** English forms ('IU'), read so that unit/error-prone asks for the French one; never a fix's target. */
  english?: string[];
  /** Only a unit when a denominator follows ('G/L', 'batt/min'): 'G' or 'T' alone is not. */
  perOnly?: boolean;
}

const a = (
  canonical: string,
  forms: string[],
  ucum: string,
  dimension: Dimension,
  extra: Partial<Pick<UnitAtom, 'spaced' | 'dose' | 'word' | 'perOnly' | 'foreign' | 'english'>> = {},
): UnitAtom => ({ canonical, forms: [canonical, ...forms], ucum, dimension, spaced: true, ...extra });

export const UNIT_ATOMS: UnitAtom[] = [
  // mass
  a('mg', [], 'mg', 'mass', { dose: true }),
  a('g', [], 'g', 'mass', { dose: true }),
  a('kg', [], 'kg', 'mass'),
  // Imperial units, in notes translated from English: unit/imperial converts them.
  a('lb', ['lbs'], '[lb_av]', 'mass', { foreign: true }),
  // 'pesait 154 livres': 'pounds' translated word for word (unit/imperial asks for a weight around it).
  a('livres', ['livre'], '[lb_av]', 'mass', { word: true, foreign: true }),
  a('grammes', ['gramme', 'milligrammes', 'milligramme'], 'g', 'mass', { word: true }),
  a('kilos', ['kilo', 'kilogrammes', 'kilogramme'], 'kg', 'mass', { word: true }),
  a('µg', ['μg', 'mcg', 'ug'], 'ug', 'mass', { dose: true }),
  a('ng', [], 'ng', 'mass'),
  a('pg', [], 'pg', 'mass'),
  // volume
  a('L', ['l'], 'L', 'volume'),
  a('mL', ['ml'], 'mL', 'volume', { dose: true }),
  a('dL', ['dl'], 'dL', 'volume'),
  a('cL', ['cl'], 'cL', 'volume'),
  a('µL', ['μL', 'µl', 'μl', 'uL'], 'uL', 'volume'),
  a('fL', ['fl'], 'fL', 'volume'),
  a('cm³', ['cm3', 'cc'], 'cm3', 'volume'),
  a('mm³', ['mm3'], 'mm3', 'volume'),
  // length and area
  a('mm', [], 'mm', 'length'),
  a('cm', [], 'cm', 'length'),
  a('m', [], 'm', 'length'),
  a('µm', ['μm', 'um'], 'um', 'length'),
  a('nm', [], 'nm', 'length'),
  a('m²', ['m2'], 'm2', 'area'),
  a('cm²', ['cm2'], 'cm2', 'area'),
  a('mm²', ['mm2'], 'mm2', 'area'),
  // pressure
  a('mmHg', [], 'mm[Hg]', 'pressure'),
  a('cmH₂O', ['cmH2O', 'cm H2O'], 'cm[H2O]', 'pressure'),
  // Blood gases and elastometry in SI units ('PaO2 9,2 kPa', 'élasticité 6,2 kPa').
  a('kPa', [], 'kPa', 'pressure'),
  // temperature
  a('°C', ['° C'], 'Cel', 'temperature', { spaced: false }),
  a('°F', ['° F'], '[degF]', 'temperature', { spaced: false, foreign: true }),
  a('°', [], 'Cel', 'temperature', { spaced: false }),
  // amount of substance
  a('mol', [], 'mol', 'amount'),
  a('mmol', [], 'mmol', 'amount'),
  a('µmol', ['μmol', 'umol'], 'umol', 'amount'),
  a('nmol', [], 'nmol', 'amount'),
  a('pmol', [], 'pmol', 'amount'),
  a('mEq', ['mEq', 'meq'], 'meq', 'amount'),
  a('mOsm', ['mosm'], 'mosm', 'amount'),
  // Molar concentrations of the laboratory and of pharmacology ('bicarbonate 24 mM', 'IC50 de 50 nM'): not lengths.
  a('mM', [], 'mmol/L', 'amount'),
  a('µM', ['μM', 'uM'], 'umol/L', 'amount'),
  a('nM', [], 'nmol/L', 'amount'),
  a('pM', [], 'pmol/L', 'amount'),
  // activities ('IU', English, in notes translated by machine)
  a('UI', [], '[iU]', 'activity', { dose: true, english: ['IU'] }),
  a('mUI', [], 'm[iU]', 'activity', { english: ['mIU'] }),
  a('kUI', [], 'k[iU]', 'activity', { english: ['kIU'] }),
  a('MUI', [], '10*6.[iU]', 'activity', { dose: true, english: ['MIU'] }),
  a('U', [], 'U', 'activity'),
  a('mU', [], 'mU', 'activity'),
  a('kU', [], 'kU', 'activity'),
  // Allergen-specific IgE ('IgE anti-Ara h 2 : 0,35 kUA/L'): kilo-units of allergen, arbitrary units in UCUM.
  a('kUA', [], "k[arb'U]", 'activity'),
  // Millions of units ('pénicilline G 5 MU'): known, so that 'MU' is never taken for 'mU' in the wrong case.
  a('MU', [], '10*6.U', 'activity', { dose: true }),
  // counts (French haematology: G/L = 10^9/L, T/L = 10^12/L)
  a('G', [], '10*9', 'count', { perOnly: true }),
  a('T', [], '10*12', 'count', { perOnly: true }),
  a('éléments', ['elements', 'élts'], '{elements}', 'count', { word: true }),
  a('cellules', [], '{cells}', 'count', { word: true }),
  // time
  a('s', ['sec'], 's', 'time', { spaced: false }),
  a('min', ['mn'], 'min', 'time', { spaced: false }),
  a('h', [], 'h', 'time', { spaced: false }),
  a('heures', ['heure'], 'h', 'time', { word: true }),
  a('minutes', ['minute'], 'min', 'time', { word: true }),
  a('secondes', ['seconde'], 's', 'time', { word: true }),
  a('j', ['jr', 'jrs'], 'd', 'time', { spaced: false }),
  a('jours', ['jour'], 'd', 'time', { word: true }),
  a('sem', [], 'wk', 'time', { spaced: false }),
  a('semaines', ['semaine'], 'wk', 'time', { word: true }),
  a('mois', [], 'mo', 'time', { word: true }),
  a('ans', ['an', 'années', 'année'], 'a', 'time', { word: true }),
  a('SA', [], 'wk', 'time'),
  // beats and rates
  a('bpm', [], '{beats}/min', 'beats'),
  a('batt', ['battements', 'pulsations', 'puls'], '{beats}', 'beats', { word: true, perOnly: true }),
  // percent
  a('%', [], '%', 'percent', { spaced: false }),
  // radiation and imaging
  a('Gy', [], 'Gy', 'radiation', { dose: true }),
  a('cGy', [], 'cGy', 'radiation'),
  a('mGy', [], 'mGy', 'radiation'),
  a('mSv', [], 'mSv', 'radiation'),
  a('MBq', [], 'MBq', 'radiation'),
  a('UH', [], "[hnsf'U]", 'other'),
  // Sound levels of audiometry and of noise at work ('perte de 40 dB', '91 dB(A)').
  a('dB', [], 'dB', 'other'),
  a('Hz', [], 'Hz', 'other'),
  a('kHz', [], 'kHz', 'other'),
  // energy
  a('kcal', [], 'kcal', 'energy'),
  // dose forms
  a('cp', ['cps', 'comprimés', 'comprimé'], '{tablet}', 'dose-form', { word: true, dose: true }),
  a('gélules', ['gélule'], '{capsule}', 'dose-form', { word: true, dose: true }),
  a('gouttes', ['goutte', 'gttes'], '[drp]', 'dose-form', { word: true, dose: true }),
  a('bouffées', ['bouffée'], '{puff}', 'dose-form', { word: true, dose: true }),
  a('ampoules', ['ampoule', 'amp'], '{ampule}', 'dose-form', { word: true, dose: true }),
  a('sachets', ['sachet'], '{sachet}', 'dose-form', { word: true, dose: true }),
  a('paquets-années', ['paquets-année', 'paquet-année', 'PA'], '{pack-year}', 'other', { word: true }),
];

const MOLAR_FORMS = new Set(['mM', 'µM', 'μM', 'uM', 'nM', 'pM']);

/** Written form → atom, exact case. */
export const ATOM_BY_FORM = new Map<string, UnitAtom>();
/** Lower-cased form → atom, only where the lower-cased form names one atom. */
export const ATOM_BY_FOLDED_FORM = new Map<string, UnitAtom>();

{
  const folded = new Map<string, Set<UnitAtom>>();
  for (const atom of UNIT_ATOMS) {
    for (const form of [...atom.forms, ...(atom.english ?? [])]) {
      ATOM_BY_FORM.set(form, atom);
      // A molar concentration is known as written only: 'MM', 'Mm' are millimetres in the wrong case.
      if (MOLAR_FORMS.has(form)) continue;
      const key = form.toLowerCase();
      const set = folded.get(key) ?? new Set<UnitAtom>();
      set.add(atom);
      folded.set(key, set);
    }
  }
  for (const [key, set] of folded) if (set.size === 1) ATOM_BY_FOLDED_FORM.set(key, [...set][0]);
}

/**
 * Misspelt units seen in notes and what they stand for. Plurals of symbols, doubled letters and
 * the old 'gr' for gram are added programmatically in `unknownUnitSuggestion`.
 */
const KNOWN_MISSPELLINGS: Record<string, string> = {
  mgr: 'mg',
  grs: 'g',
  gr: 'g',
  mmhgg: 'mmHg',
  mhg: 'mmHg',
  mmgh: 'mmHg',
  mmhq: 'mmHg',
  // Letters swapped ('FC 115 bmp').
  bmp: 'bpm',
  mlg: 'mg',
  mgl: 'mg/L',
  kgr: 'kg',
  cmm: 'cm',
  mmm: 'mm',
  mll: 'mL',
  mgg: 'mg',
  kgg: 'kg',
  umol: 'µmol',
  mmmol: 'mmol',
  mmoll: 'mmol/L',
  mmo: 'mmol',
  µmo: 'µmol',
  umo: 'µmol',
  mgrs: 'mg',
  kgrs: 'kg',
  ll: 'L',
  // 'Ul' ('UI' typed with an l; 'ul' in lower case is read as µL).
  ul: 'UI',
};

/** Symbols whose plural with -s, or doubled last letter, is a slip ('mgs', 'kgs', 'cms'). */
const PLURALISABLE = ['mg', 'kg', 'cm', 'mm', 'ml', 'mL', 'µg', 'g', 'dl', 'dL', 'mmHg', 'UI', 'mmol', 'µmol', 'L'];

/** The unit a misspelt word after a number most likely stands for, or undefined. */
export function unknownUnitSuggestion(word: string): string | undefined {
  // 'GR', 'GB': acronyms (globules rouges, blancs), not misspelt units.
  if (word.length <= 3 && word === word.toUpperCase()) return undefined;
  const lower = word.toLowerCase();
  const known = Object.hasOwn(KNOWN_MISSPELLINGS, lower) ? KNOWN_MISSPELLINGS[lower] : englishUnitWord(lower);
  if (known) return known;
  for (const symbol of PLURALISABLE) {
    const s = symbol.toLowerCase();
    if (lower === s + 's' || (s.length >= 2 && lower === s + s[s.length - 1])) return canonicalForm(symbol);
  }
  return undefined;
}

function canonicalForm(form: string): string {
  return (ATOM_BY_FORM.get(form) ?? ATOM_BY_FOLDED_FORM.get(form.toLowerCase()))?.canonical ?? form;
}
