import type { UnitBounds } from '../../knowledge/analytes.js';
import { ANALYTE_BY_ID, boundsFor, sameKind } from '../../knowledge/analytes.js';
import { sameItem } from '../../note/analytes.js';
import { convert } from '../../knowledge/conversions.js';
import { doseBounds, DOSE_RANGES } from '../../knowledge/doses.js';
import { findDrug } from '../../knowledge/drugs.js';
import type { NoteModel } from '../../note/model.js';
import type { Quantity, UnitPart } from '../../note/quantities.js';
import { fold, lastStop } from '../../note/text.js';
import { docsPath, replace, type Report, type Rule } from '../rule.js';
import { frenchNumber, q } from '../format.js';

const ID = 'unit/implausible';

/** A temperature of something else than the patient: water of a burn, a bath, the weather, a sample, an oven. */
const NOT_BODY_TEMPERATURE = /(?<![\p{L}])(?:eau|bain|brûl\p{L}*|liquide|huile|vapeur|conserv\p{L}*|congel\p{L}*|four|stérilis\p{L}*|chauff\p{L}*|incub\p{L}*|réfrigér\p{L}*|ambiante?|extérieure?|dehors|azote|formol|cuisson|soudure|métal|sauna|hammam|radiofréquence|ablation|sonde)(?![\p{L}])/iu;
/** The body's temperature named ('température rectale dans le bain glacé', 'de la patiente à la sortie du sauna'). */
const BODY_SITE = /(?<![\p{L}])(?:rectale|centrale|corporelle|tympanique|axillaire|buccale|œsophagienne|vésicale|du\s+patient|de\s+la\s+patiente)(?![\p{L}])/iu;
/** Between a named temperature and its value: the weather's, a room's or a bath's ('température extérieure à -10 °C'), not 'sous couverture chauffante à 48 °C'. */
const NOT_BODY_NAMED = /(?<![\p{L}])(?:extérieure?|ambiante?|dehors|bain|eau|pièce|sauna|hammam|habitacle|voiture|four|boisson|air|liquide|huile|étuve|glacière|réfrigérateur|frigo|congélateur|couveuse|incubateur|transport|conservation|stockage)(?![\p{L}])/iu;

function sentenceAround(note: NoteModel, quantity: Quantity): string {
  const line = note.index.lines[note.index.lineAt(quantity.range.start)];
  return note.text.slice(Math.max(line.start, quantity.range.start - 120), Math.min(line.end, quantity.range.end + 60));
}

const within = (v: number, b: UnitBounds) => v >= b.min && v <= b.max;
/** 'entre 15 et 300/min', 'entre 35 et 42 °C'. */
const boundsText = (b: UnitBounds) => `entre ${frenchNumber(b.least ?? b.min)} et ${frenchNumber(b.max)}${b.unit.startsWith('/') ? '' : ' '}${b.unit}`;

const SUGGESTED = new Set(['µg', 'mg', 'g', 'UI', 'MUI']);
/** The amounts a dose is written in, as mg or UI. */
const AMOUNTS: Record<string, { unit: 'mg' | 'UI'; factor: number }> = {
  µg: { unit: 'mg', factor: 0.001 },
  mg: { unit: 'mg', factor: 1 },
  g: { unit: 'mg', factor: 1000 },
  kg: { unit: 'mg', factor: 1e6 },
  mUI: { unit: 'UI', factor: 0.001 },
  UI: { unit: 'UI', factor: 1 },
  kUI: { unit: 'UI', factor: 1000 },
  MUI: { unit: 'UI', factor: 1e6 },
};
const DRUG_NAMES = DOSE_RANGES.flatMap((d) => d.names.map((name) => ({ name: fold(name), range: d })));
const DRUG_RE = new RegExp(
  `(?<![\\p{L}])(${DRUG_NAMES.map((d) => d.name).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** A value no living patient has (vitals, common labs, ages), and drug doses off by a factor 1000. */
export const implausible: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Valeur impossible chez un patient vivant',
    docs: docsPath(ID),
  },
  check(note, report) {
    const previous: PreviousDose = { end: 0 };
    note.quantities.forEach((quantity, i) => checkConversion(note, quantity, note.quantities[i + 1], report));
    for (const quantity of note.quantities) {
      if (quantity.unit.canonical === 'SA') checkDaysOfTerm(note, quantity, report);
      const drug = quantity.unit.known && !checkMeasure(note, quantity, report) ? checkDose(note, quantity, previous, report) : undefined;
      previous.end = quantity.range.end;
      previous.drug = drug;
    }
    checkBodyMassIndex(note, report);
  },
};

/** How far (in characters, on the same line) a weight and a height are read around a body mass index. */
const BMI_REACH = 160;

/**
 * A body mass index given with the weight and height it comes from ('poids 70 kg, taille 1,75 m,
 * IMC 35 kg/m²') must be weight / height², give or take its rounding: otherwise one of the three
 * is wrong. Only one weight and one height near it, each possible for a person, and no other
 * mass in kg ('70 kg (90 kg il y a un an)': which one the index comes from is not said).
 */
/** Before a mass, what makes it a change of weight: an arrow, a sign apart, 'prise de', 'perte de' (a sign written on the number is read with it). */
const WEIGHT_CHANGE_BEFORE = /(?:[+↑↓↗↘]|(?<![\d\s])-|(?:prise|perte|gain)\s+de)\s*$/u;

function checkBodyMassIndex(note: NoteModel, report: (r: Report) => void): void {
  const measures: { quantity: Quantity; id: string; value: number }[] = [];
  // A change of weight is no weight ('(+3 kg en 6 mois)', 'perte de 5 kg').
  const kilograms = note.quantities.filter(
    (x) => x.unit.canonical === 'kg' && !/^[+−-]/.test(x.numbers[0].text) && !WEIGHT_CHANGE_BEFORE.test(note.text.slice(Math.max(0, x.range.start - 12), x.range.start)),
  );
  for (const quantity of note.quantities) {
    if (quantity.kind !== 'single' || quantity.comparator || quantity.numbers.length !== 1) continue;
    const id = note.analyteOf(quantity)?.analyte.id;
    if (id === 'weight' || id === 'height' || id === 'bmi') measures.push({ quantity, id, value: quantity.numbers[0].value });
  }
  // Both lists are in text order: what lies within reach of an index is read from there only
  // (a note of many indexes stays linear).
  const around = <T>(list: T[], start: (x: T) => number, at: number, line: number): T[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start(list[mid]) < at - BMI_REACH) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && start(list[i]) <= at + BMI_REACH; i++) if (note.index.lineAt(start(list[i])) === line) out.push(list[i]);
    return out;
  };
  for (const bmi of measures) {
    if (bmi.id !== 'bmi' || bmi.value < 6 || bmi.value > 200) continue;
    const at = bmi.quantity.range.start;
    const line = note.index.lineAt(at);
    const near = around(measures, (m) => m.quantity.range.start, at, line);
    const weights = near.filter((m) => m.id === 'weight');
    const heights = near.filter((m) => m.id === 'height');
    const masses = around(kilograms, (x) => x.range.start, at, line);
    if (weights.length !== 1 || heights.length !== 1 || masses.length !== 1) continue;
    const [weight, height] = [weights[0], heights[0]];
    const metres = height.value * (height.quantity.unit.canonical === 'cm' ? 0.01 : 1);
    if (weight.value < 1 || weight.value > 400 || metres < 0.4 || metres > 2.5) continue;
    const computed = weight.value / (metres * metres);
    if (Math.abs(computed - bmi.value) <= Math.max(1.5, 0.1 * bmi.value)) continue;
    const written = (m: { quantity: Quantity }) => note.text.slice(m.quantity.range.start, m.quantity.range.end);
    report({
      range: bmi.quantity.range,
      message: `IMC ${q(written(bmi))} : ${q(written(weight))} pour ${q(written(height))} font un IMC de ${frenchNumber(Math.round(computed * 10) / 10)} kg/m² ; l'une des trois valeurs est fausse ?`,
      related: [
        { range: weight.quantity.range, message: `Poids : ${q(written(weight))}` },
        { range: height.quantity.range, message: `Taille : ${q(written(height))}` },
      ],
    });
  }
}

/** Between a value and its conversion: an opening parenthesis ('glycémie 0,54 g/L (3 mmol/L)'), maybe 'soit' or '='. */
const CONVERSION_BETWEEN = /^\s?\(\s?(?:soit\s+|=\s?)?$/;

/**
 * A measure and its value in another unit in parentheses that do not agree ('glycémie 0,54 g/L
 * (30 mmol/L)': 0,54 g/L of glucose is 3 mmol/L): one of the two is wrong. A fifth apart at most
 * is rounding.
 */
function checkConversion(note: NoteModel, quantity: Quantity, next: Quantity | undefined, report: (r: Report) => void): void {
  if (!next || quantity.kind !== 'single' || next.kind !== 'single' || next.range.start - quantity.range.end > 10) return;
  if (!CONVERSION_BETWEEN.test(note.text.slice(quantity.range.end, next.range.start)) || note.text[next.range.end] !== ')') return;
  const mention = note.analyteOf(quantity);
  const from = mention?.caseSlipFor ?? quantity.unit.canonical;
  const to = next.unit.canonical;
  if (!mention || from === to || !mention.analyte.bounds.some((b) => b.unit === to)) return;
  const converted = convert(quantity.numbers[0].value, from, to, mention.analyte.id);
  const written = next.numbers[0].value;
  if (converted === undefined || written <= 0 || (converted / written >= 0.8 && converted / written <= 1.25)) return;
  const shown = converted >= 10 ? Math.round(converted) : Math.round(converted * 10) / 10;
  report({
    range: { start: quantity.range.start, end: next.range.end + 1 },
    message: `${capitalise(mention.analyte.label)} ${q(note.text.slice(quantity.range.start, next.range.end + 1))} : ${q(note.text.slice(quantity.range.start, quantity.range.end))} correspond à ${frenchNumber(shown)} ${to}, non à ${q(note.text.slice(next.range.start, next.range.end))} ; l'une des deux valeurs est fausse ?`,
  });
}

/** The days after a term's weeks ('32 SA + 4 j'). */
const DAYS_OF_TERM_AFTER = /^ ?\+ ?(\d{1,2}) ?(?:jours?|jrs?|j)(?![a-zà-öø-ÿœæ])/i;

/** A term of more than six days past its weeks ('32 SA + 9 j'): the week is over, the weeks or the days are wrong. */
function checkDaysOfTerm(note: NoteModel, quantity: Quantity, report: (r: Report) => void): void {
  const m = DAYS_OF_TERM_AFTER.exec(note.text.slice(quantity.range.end, quantity.range.end + 12));
  const days = m ? Number(m[1]) : 0;
  if (!m || days < 7 || quantity.kind !== 'single') return;
  const weeks = quantity.numbers[0].value;
  if (!Number.isInteger(weeks)) return;
  const range = { start: quantity.range.start, end: quantity.range.end + m[0].length };
  const carried = days % 7 === 0 ? `${weeks + days / 7} SA` : `${weeks + Math.floor(days / 7)} SA + ${days % 7} j`;
  report({
    range,
    message: `Terme ${q(note.text.slice(range.start, range.end))} : après les semaines, les jours vont de 0 à 6 ; ${q(carried)} ? Ou une erreur sur les jours.`,
    fixes: [replace(`Écrire ${q(carried)}`, range, carried, false)],
  });
}

/** Vital signs and labs. Returns true when the quantity was judged as a measure. */
function checkMeasure(note: NoteModel, quantity: Quantity, report: (r: Report) => void): boolean {
  const mention = note.analyteOf(quantity);
  const unit = quantity.unit.canonical;
  // A pair of mmHg with no word is a blood pressure, unless the words before name other pressures
  // ('PIO 18/22 mmHg', 'PVC/PAPO 8/12 mmHg', 'gradient moyen/maximal 40/64 mmHg').
  if (unit === 'mmHg' && quantity.kind === 'ratio') {
    const line = note.index.lines[note.index.lineAt(quantity.range.start)];
    const before = note.foldedSlice(Math.max(line.start, quantity.range.start - 60), quantity.range.start);
    if (OTHER_PRESSURES.test(before.slice(lastStop(before) + 1))) return false;
  }
  const analyte = mention?.analyte ?? (unit === 'mmHg' && quantity.kind === 'ratio' ? ANALYTE_BY_ID.get('blood-pressure') : undefined);
  const written = note.text.slice(quantity.range.start, quantity.range.end);
  if (!analyte) {
    // '°C' with no word before it: almost always the patient's temperature in a case note;
    // only values far above life are flagged (storage temperatures are low, not high).
    if (unit === '°C' && quantity.numbers.some((n) => n.value > 46.5 && n.value < 120) && !NOT_BODY_TEMPERATURE.test(sentenceAround(note, quantity))) {
      report({ range: quantity.range, message: `Température de ${q(written)} : valeur impossible chez un patient vivant.` });
      return true;
    }
    return false;
  }
  // A negative pressure is a circuit's or a drain's ('pression artérielle de ligne à -180 mmHg' in dialysis), never the blood's;
  // 'tension oculaire à 6 mmHg' is the eye's.
  if (analyte.id === 'blood-pressure' && (quantity.numbers.some((n) => n.value < 0) || (mention && OTHER_PRESSURES.test(note.foldedSlice(mention.cueRange.start, quantity.range.start))))) return false;
  // 'température extérieure à -10 °C', 'température du bain à 60 °C': not the patient's.
  if (analyte.id === 'temperature' && mention) {
    const gap = note.text.slice(mention.cueRange.start, quantity.range.start);
    if (NOT_BODY_NAMED.test(gap) && !BODY_SITE.test(gap)) return false;
  }
  const related = mention ? [{ range: mention.cueRange, message: `Mesure : ${mention.analyte.label}` }] : [];
  if (analyte.ratio && quantity.kind === 'ratio' && quantity.numbers.length === 2) {
    const [first, second] = quantity.numbers;
    if (first.value < second.value) {
      const swapped = `${second.text}/${first.text}`;
      report({
        range: quantity.range,
        message: `${capitalise(analyte.label)} ${q(written)} : la systolique (premier chiffre) doit dépasser la diastolique ; valeurs inversées ?`,
        fixes: [replace(`Inverser : ${q(swapped)}`, { start: first.range.start, end: second.range.end }, swapped, false)],
        related,
      });
      return true;
    }
    // 'TA 12/8 mmHg': centimetres of mercury, as French bedside speech says them, under a millimetre unit.
    const centimetres = unit === 'mmHg' && within(first.value * 10, analyte.ratio.first) && within(second.value * 10, analyte.ratio.second);
    for (const [n, b] of [[first, analyte.ratio.first], [second, analyte.ratio.second]] as const) {
      if (!within(n.value, b)) {
        const tenfold = [first, second].map((x) => frenchNumber(Math.round(x.value * 100) / 10)).join('/');
        report({
          range: n.range,
          message: centimetres
            ? `${capitalise(analyte.label)} ${q(written)} : ${q(n.text)} est impossible en mmHg ; valeurs en cmHg (soit ${q(`${tenfold} mmHg`)}) ?`
            : `${capitalise(analyte.label)} ${q(written)} : ${q(n.text)} est impossible (attendu ${boundsText(b)}).`,
          fixes: centimetres ? [replace(`Écrire ${q(tenfold)} (mmHg)`, { start: first.range.start, end: second.range.end }, tenfold, false)] : [],
          related,
        });
        return true;
      }
    }
    return true;
  }
  const bounds = mention?.bounds ?? boundsFor(analyte, unit);
  if (!bounds) return false;
  for (const n of quantity.numbers) {
    // 'leucocytes 11.000/mm³': a point that groups thousands, as some notes write them.
    if (within(n.value, bounds) || (n.thousands !== undefined && within(n.thousands, bounds))) continue;
    // The unit meant: of the same kind first ('glycémie 5,6 mol/L' is in mmol/L, not g/L).
    const fitting = analyte.bounds.filter((b) => b !== bounds && b.unit !== '°' && b.unit !== bounds.unit && within(n.value, { ...b, min: b.least ?? b.min }));
    const other = fitting.find((b) => sameKind(b.unit, bounds.unit)) ?? fitting[0];
    const message = other
      ? `${capitalise(analyte.label)} ${q(written)} : valeur impossible en ${bounds.unit}, plausible en ${other.unit} ; erreur d'unité ?`
      : `${capitalise(analyte.label)} ${q(written)} : valeur impossible ${analyte.impossible ?? 'chez un patient vivant'} (attendu ${boundsText(bounds)}).`;
    report({
      range: quantity.range,
      message,
      fixes: other ? [replace(`Remplacer l'unité par ${q(other.unit)}`, quantity.unit.range, other.unit, false)] : [],
      related,
    });
    return true;
  }
  return true;
}

type DrugName = (typeof DRUG_NAMES)[number];
const DRUG_FIRST_WORDS = new Set(DRUG_NAMES.map((d) => d.name.split(' ')[0]));
/** What splits a folded text into the words drug names are made of ('5-fu', 'vitamine b1'). */
const NOT_NAME_CHAR = /[^a-z0-9-]+/;

/** Before a pair of mmHg: pressures other than the arterial one, or a sphincter's at rest and squeezing ('repos/contraction'). */
const OTHER_PRESSURES = /(?<![a-z])(?:pio|to|tonus|oculaires?|intraoculaire|gradient|pvc|papo|pod|pap|capillaire|veineuse|intracranienne|sphincter|repos|contraction)(?![a-z])/;

/** Words of a poisoning, a cumulative dose or a local route, in the sentence of a dose (folded text). */
const NOT_A_DAILY_DOSE =
  /(?<![a-z])(?:ingestions?|ingere(?:e|s|es)?|ingurgite\w*|intoxication|intoxiquee?|surdosage|overdose|tentative\s+de\s+suicide|autolyse|absorption\s+volontaire|avale\w*|cumulee?s?|intravitreen\w*|intra-vitreen\w*|intracamerul\w*|intrathecal\w*|intraventriculaire|intra-articulaire|intralesionnel\w*|sous-conjonctival\w*|collyres?|topique|pommade|creme|en\s+local)(?![a-z])/;

/** Does the stretch between a drug and its dose (folded text) name another drug ('remplacée par flécaïnide')? */
function namesAnotherDrug(gap: string, drug: DrugName): boolean {
  for (const word of gap.split(/[^a-z-]+/)) {
    const named = word.length >= 5 ? findDrug(word) : undefined;
    // Not its own brand ('bisoprolol (Cardensiel) 2,5 g/j').
    if (named && !drug.range.names.some((n) => fold(n) === fold(named.inn))) return true;
  }
  return false;
}

/** 'de' and the word after a dose (folded text), and the next word for two-word names ('acide tranexamique'). */
const DRUG_AFTER = /^\s*(?:de\s+|d['’]\s*)([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/;
/** What is consumed besides medicines, named after an amount ('sous méthadone, 5 g de cannabis par jour', '80 g d'alcool'), folded. */
const SUBSTANCES = new Set(['cannabis', 'alcool', 'cocaine', 'heroine', 'crack', 'ketamine', 'mdma', 'ecstasy', 'amphetamine', 'amphetamines', 'methamphetamine', 'tabac', 'resine', 'herbe', 'cafeine', 'cafe', 'vin', 'biere', 'whisky', 'sucre']);

/** Is 'de' or 'd'' the next word after `at` (checked on the text before any regex: most doses have none)? */
function followedByDe(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  return text[i] === 'd' && (text[i + 1] === 'e' || text[i + 1] === "'" || text[i + 1] === '’');
}

/** The quantity before the one judged: where it ends, and the drug whose dose it was. */
interface PreviousDose {
  end: number;
  drug?: DrugName;
}

/** Between two doses of one drug ('noradrénaline 0,15 µg/kg/min, augmentée à 3 µg/kg/min', '2 g puis 1 g'). */
const SAME_DRUG_AGAIN = /^[\s,]*(?:puis|(?:puis\s+)?(?:augmentee?s?|diminuee?s?|majoree?s?|reduite?s?|portee?s?|passee?s?|baissee?s?)(?:\s+(?:a|jusqu'a))?|jusqu'a)\s*$/;

/**
 * 'imatinib 400 g': a dose 1000 times off for a common drug, judged against the drug named before
 * it (or after it, or the one of the dose before); returns that drug, if the quantity is its dose.
 */
function checkDose(note: NoteModel, quantity: Quantity, previous: PreviousDose, report: (r: Report) => void): DrugName | undefined {
  // A dose: a mass or international units, possibly per day, per kg or per m² ('400 mg', '2 g/24 h', '5 mg/kg', '375 mg/m²', '4000 UI').
  const { parts } = quantity.unit;
  const first = parts[0];
  const amount = first && !first.denominator ? AMOUNTS[first.atom.canonical] : undefined;
  const per = parts.find((p) => p.denominator && (p.atom.canonical === 'kg' || p.atom.canonical === 'm²'))?.atom.canonical as 'kg' | 'm²' | undefined;
  // Per a volume with its count ('4000 UI/0,4 mL', '500 mg/5 mL'): the amount in a syringe or a spoon, a dose too.
  const judged = (p: UnitPart, i: number) => i === 0 || p.atom.dimension === 'time' || p.atom.canonical === per || (p.atom.dimension === 'volume' && p.count !== undefined);
  if (!amount || quantity.kind !== 'single' || !parts.every(judged)) return undefined;
  const factor = amount.factor;
  const lineStart = note.index.lines[note.index.lineAt(quantity.range.start)].start;
  const from = Math.max(lineStart, previous.end, quantity.range.start - 64);
  const raw = note.foldedSlice(from, quantity.range.start);
  const window = raw.slice(lastStop(raw, '.;') + 1);
  let drug: DrugName | undefined;
  let drugEnd = 0;
  // The names' regex (hundreds of them) only where one of their first words is written.
  if (window.split(NOT_NAME_CHAR).some((w) => DRUG_FIRST_WORDS.has(w))) {
    DRUG_RE.lastIndex = 0;
    for (let m = DRUG_RE.exec(window); m; m = DRUG_RE.exec(window)) {
      drug = DRUG_NAMES.find((d) => d.name === m![1]);
      drugEnd = m.index + m[0].length;
    }
  }
  // The drug named after its dose ('20 g d'aspirine', '120 g de morphine'): that one, or another drug's dose.
  const after = followedByDe(note.text, quantity.range.end) ? DRUG_AFTER.exec(note.foldedSlice(quantity.range.end, quantity.range.end + 40)) : null;
  if (after) {
    const named = DRUG_NAMES.find((d) => d.name === after[1] || (after[2] !== undefined && d.name === `${after[1]} ${after[2]}`));
    if (named) {
      drug = named;
      drugEnd = window.length;
    } else if (findDrug(after[1]) || SUBSTANCES.has(after[1])) return undefined;
  }
  // Another drug named between the one found and the dose ('digoxine remplacée par flécaïnide 100 mg'): that one's dose.
  if (drug && drugEnd < window.length && namesAnotherDrug(window.slice(drugEnd), drug)) return undefined;
  // The same drug's dose again, right after its previous one.
  if (!drug && previous.drug && from === previous.end && SAME_DRUG_AGAIN.test(window)) {
    drug = previous.drug;
    drugEnd = window.length;
  }
  // 'colchicine arrêtée, fébuxostat 80 mg': the dose of another drug, one the list lacks.
  if (!drug || !sameItem(window.slice(drugEnd))) return undefined;
  // A poisoning, a cumulative dose, a local route: amounts no daily dose bounds ('ingestion de 30 g
  // de paracétamol', 'dose cumulée de 800 g', 'vancomycine intravitréenne 1 mg/0,1 mL').
  if (NOT_A_DAILY_DOSE.test(fold(sentenceAround(note, quantity)))) return undefined;
  const bounds = doseBounds(drug.range, amount.unit, per);
  if (!bounds) return undefined;
  const n = quantity.numbers[0];
  // A rate is counted over a day ('5 g/h' of morphine is 120 g a day): the list's doses are daily at most.
  const scale = perDay(parts);
  // In mg or UI (the bounds' unit), a day's worth for a rate.
  const dose = n.value * factor * scale;
  // A dose of nothing is told on purpose (a dose held, a pump stopped: 'insuline 0 UI non administrée'), never a unit's slip.
  if (dose === 0) return drug;
  const [least, most] = bounds;
  const { weeklyUpToMg } = drug.range;
  // Within a factor 20 of the drug's doses (10 per kg or m², the patient's size already counted): not a thousandfold slip.
  const margin = per ? 10 : 20;
  const possible = (amountOf: number) => amountOf >= least / margin && amountOf <= most * margin;
  // 'paracétamol 1,000 mg' is 1 000 mg if the comma groups thousands: unit/ambiguous-separator says so.
  if (n.thousands !== undefined && possible(n.thousands * factor) && !possible(dose)) return drug;
  const written = note.text.slice(quantity.range.start, quantity.range.end);
  // A dose written per day ('40 g/j', '800 mg/kg/j') or as a rate ('80 mg/kg/h' is 1 920 mg/kg a
  // day), within the thousandfold margin but far beyond the drug's largest daily dose: a tenfold
  // slip, or an hour for a day, as harmful ('paracétamol 40 g/j' for 4 g/j). Not per m²: a
  // course's dose, not a day's.
  if (per !== 'm²' && possible(dose) && dose > most * DAILY_EXCESS && (writtenPerDay(parts) || scale > 1)) {
    report({
      range: quantity.range,
      message: `Dose ${ofDrug(drug.range.names[0])} invraisemblable : ${q(written)}${scale > 1 ? `, soit ${formatMg(dose, amount.unit)}${per ? '/kg' : ''} par jour` : ''}, plus de ${DAILY_EXCESS} fois sa dose quotidienne maximale (${formatMg(most, amount.unit)}${per ? '/kg' : ''}).`,
    });
    return drug;
  }
  if (possible(dose)) {
    if (!per && amount.unit === 'mg' && weeklyUpToMg !== undefined && dose <= weeklyUpToMg && takenDaily(note, quantity)) {
      report({
        range: quantity.range,
        message: `${capitalise(drug.range.names[0])} ${q(written)} écrit en prise quotidienne : à cette dose, il se prend une fois par semaine, et la prise chaque jour est une erreur grave connue. Vérifier le rythme.`,
      });
    }
    return drug;
  }
  // The unit meant, among those doses are written in ('kg', 'kUI', 'mUI' are not).
  const better = Object.entries(AMOUNTS).find(([unit, a]) => a.unit === amount.unit && SUGGESTED.has(unit) && n.value * a.factor * scale >= least && n.value * a.factor * scale <= most);
  report({
    range: quantity.range,
    message: `Dose ${ofDrug(drug.range.names[0])} invraisemblable : ${q(written)}${better ? ` ; ${q(`${n.text} ${better[0]}${quantity.unit.text.slice(first.text.length)}`)} ?` : '.'}`,
    fixes: better ? [replace(`Remplacer l'unité par ${q(better[0])}`, quantity.unit.atomRange(first), better[0], false)] : [],
  });
  return drug;
}

/** 'de méthadone', 'd'aspirine', 'd'héparine': the drug's name after 'de', elided before a vowel or a mute h. */
function ofDrug(name: string): string {
  return /^[aeiouyàâéèêëîïôûh]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** How many times the largest daily dose a dose written per day may be before it is a slip. */
const DAILY_EXCESS = 5;

/** Is the dose's unit per day ('g/j', 'mg/24 h', 'UI/jour')? */
function writtenPerDay(parts: Quantity['unit']['parts']): boolean {
  return parts.some((p) => p.denominator && p.atom.dimension === 'time' && p.atom.ucum === 'd' && (p.count ?? 1) === 1) || parts.some((p) => p.denominator && p.atom.ucum === 'h' && p.count === 24);
}

/** A daily dose in its bounds' unit, as a note writes it ('4 g', '2 000 UI'). */
function formatMg(value: number, unit: 'mg' | 'UI'): string {
  return unit === 'mg' && value >= 1000 ? `${(value / 1000).toLocaleString('fr-FR')} g` : `${value.toLocaleString('fr-FR')} ${unit}`;
}

/** Administrations a day of a rate's time unit ('/min': 1440, '/24 h': 1); 1 without one (a single dose). */
const PER_DAY: Record<string, number> = { s: 86400, min: 1440, h: 24, d: 1, wk: 1 / 7 };

function perDay(parts: Quantity['unit']['parts']): number {
  let scale = 1;
  for (const p of parts) if (p.denominator && p.atom.dimension === 'time') scale *= (PER_DAY[p.atom.ucum] ?? 1) / (p.count ?? 1);
  return scale;
}

/**
 * Per day after a dose: '15 mg/j' (its unit), 'par jour', '1 fois par jour', '4 comprimés par
 * jour', '1 cp/j', 'x 1/j', '1x/j', 'tous les jours', 'quotidien', a posology by moments of the
 * day ('1-0-0').
 */
const DAILY_AFTER =
  /^(?:(?:en\s+)?(?:\d+\s*(?:x|×|fois|cps?|comprimés?|gélules?|prises?)\s*)?(?:par\s+jour|\/\s*(?:j|jour|24\s*h)(?![\p{L}]))|(?:\d+\s*)?(?:x|×)\s*\d+\s*\/\s*(?:j|jour)(?![\p{L}])|tous\s+les\s+jours|chaque\s+jour|quotidien|\d+(?:[.,]\d+)?-\d+(?:[.,]\d+)?-\d+(?:[.,]\d+)?(?![\d-]))/iu;
/**
 * What a medication list writes between a dose and its rhythm: dashes, bars and commas, the form
 * ('cp', '4 cp'), the route ('per os', 'SC'), the tablets in parentheses ('(4 comprimés de
 * 2,5 mg)'), the moment ('le matin').
 */
const BEFORE_RHYTHM =
  /^(?:\s+|[–—,;:|-]|\([^()\n]{0,40}\)|(?:\d+\s*)?(?:cps?|comprimés?|gélules?|per\s+os|po|voie\s+orale|orale?|sc|im|iv|sous-cutanée?|intramusculaire|(?:le\s+)?(?:matin|midi|soir))\.?(?![\p{L}]))/iu;
/** A weekly rhythm ('1 fois par semaine', '1 fois/sem', 'hebdomadaire', 'le lundi'). */
const WEEKLY = /(?<![\p{L}])(?:semaines?|sem|hebdo\p{L}*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu;

/**
 * Is the dose written daily? Not when a weekly rhythm goes with it: before it in its sentence ('Le
 * lundi : méthotrexate 15 mg 1-0-0'), between it and its rhythm ('(1 fois par semaine, le samedi)
 * 1-0-0'), after that rhythm in its clause ('1-0-0 le lundi', '1-0-0 une fois par semaine'), or in its table row
 * (a 'lundi' column); a weekly word later in the sentence is another treatment's or a check's
 * ('1 fois par jour, contrôle NFS toutes les semaines').
 */
function takenDaily(note: NoteModel, quantity: Quantity): boolean {
  const per = quantity.unit.parts.find((p) => p.denominator);
  if (per) return per.atom.canonical === 'j' || per.atom.canonical === 'jours' || (per.atom.canonical === 'h' && per.count === 24);
  const line = note.index.lines[note.index.lineAt(quantity.range.start)];
  const lineText = note.text.slice(line.start, line.end);
  const at = quantity.range.start - line.start;
  if (lineText.split('|').length > 3 && WEEKLY.test(lineText)) return false;
  const before = lineText.slice(0, at);
  if (WEEKLY.test(before.slice(lastStop(before) + 1))) return false;
  let after = lineText.slice(quantity.range.end - line.start, quantity.range.end - line.start + 90);
  for (let m = BEFORE_RHYTHM.exec(after); m; m = BEFORE_RHYTHM.exec(after)) {
    if (WEEKLY.test(m[0])) return false;
    after = after.slice(m[0].length);
  }
  const daily = DAILY_AFTER.exec(after);
  return daily !== null && !WEEKLY.test(after.slice(daily[0].length, daily[0].length + 40).split(/[,;.]/)[0]);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
