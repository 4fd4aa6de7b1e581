import { findDrug } from '../../knowledge/drugs.js';
import type { UnitPart } from '../../note/quantities.js';
import { docsPath, replace, type Report, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/error-prone';

/**
 * What a dose may be divided by and stay a dose: time ('/h', '/24 h'), body weight ('/kg'), body
 * surface ('/m²'). A unit per volume or per gram ('U/L', 'U/g Hb') is an enzyme activity measured
 * in a sample, not a dose.
 */
const isDosePer = (p: UnitPart) => p.atom.dimension === 'time' || p.atom.canonical === 'kg' || p.atom.dimension === 'area';

/**
 * Drugs dosed in units, named just before a bare 'U' ('insuline 10 U', 'Lantus 20 U'): without
 * one, 'lipase 180 U' is a laboratory value written short, not a dose. By name (folded text: no
 * accents), or by ATC class: insulins A10A, heparins B01AB, thrombolytic enzymes B01AD,
 * erythropoietins B03XA, oxytocin H01BB, botulinum toxin M03AX01.
 */
const DOSED_IN_UNITS = /(?:^|[^a-z\d])(?:insulines?|glargine|detemir|degludec|lispro|asparte|glulisine|heparines?|hnf|hbpm|epo|erythropoietine|oxytocine|ocytocine|toxine botulique)(?![a-z\d])/;
const ATC_DOSED_IN_UNITS = ['A10A', 'B01AB', 'B01AD', 'B03XA', 'H01BB', 'M03AX01'];
/** After 'IU', what makes it a count of urinary infections ('2 IU fébriles', 'IU à répétition'), not international units. */
const COUNTED_AFTER_IU = /^\s+(?:fébriles?|basses?|hautes?|récidivantes?|à\s+répétition|documentées?|par\s+an|sur\s+\d)/i;
/** Before 'cc', an engine ('scooter 125 cc', 'cylindrée de 50 cc'), folded. */
const ENGINE_BEFORE = /(?:scooter|moto|motocyclette|mobylette|cyclomoteur|quad|cylindree|moteur)[^.;]{0,12}$/;
/** An oral liquid, where 'cc' may be a coffee spoon (folded text). */
const ORAL_LIQUID = /sirop|suspension|buvable|cuill|c\.\s?a\s?c\.|pipette|dose-poids/;
/** How far before a bare 'U' the drug is looked for, within the sentence. */
const DRUG_WINDOW = 60;

/**
 * Unit notations on the ISMP list of error-prone abbreviations: 'U' for units (read as a 0 or a 4:
 * '10U' becomes 100), 'IU' (read as 'IV' or 10; English, left by machine translation) and 'cc'
 * (read as 'u', units). Written as French clinicians spell them out: 'UI' or 'unités', 'mL'.
 */
export const errorProne: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: "Notation d'unité source d'erreurs de dose",
    docs: docsPath(ID),
  },
  check(note, report) {
    let previousEnd = 0;
    for (const quantity of note.quantities) {
      const from = Math.max(previousEnd, quantity.range.start - DRUG_WINDOW);
      previousEnd = quantity.range.end;
      // A quoted report in English writes its doses as English does ('500 mg PO b.i.d.'): asked of a finding only.
      let foreign: boolean | undefined;
      const say = (r: Report) => {
        foreign ??= note.inForeignText(quantity.range.start);
        if (!foreign) report(r);
      };
      const { parts } = quantity.unit;
      const first = parts[0];
      const frequency = FREQUENCY_AFTER.exec(note.text.slice(quantity.range.end, quantity.range.end + 48));
      const key = frequency?.[1].toLowerCase().replace(/\./g, '');
      // 'qd' without points is also French shorthand for 'quand' ('1 g qd douleur'): only when nothing follows it in the clause.
      const followed = frequency && QUAND_AFTER.test(note.text.slice(quantity.range.end + frequency[0].length, quantity.range.end + frequency[0].length + 4));
      const known = key ? frequencyOf(key) : undefined;
      if (frequency && known && !(key === 'qd' && !frequency[1].includes('.') && followed)) {
        // A final point belongs to the abbreviation only when it has points inside ('q.d.', not 'qd.').
        const written = !frequency[1].endsWith('.') || frequency[1].slice(0, -1).includes('.') ? frequency[1] : frequency[1].slice(0, -1);
        const start = quantity.range.end + frequency.index + frequency[0].length - frequency[1].length;
        const [french, misread] = known;
        const fRange = { start, end: start + written.length };
        // 'q.d.' closing a sentence: its point is the sentence's too.
        const closes = written.endsWith('.') && /^[^\S\n]*(?:$|\n|\p{Lu})/u.test(note.text.slice(fRange.end, fRange.end + 3));
        const fixed = closes ? `${french}.` : french;
        say({
          range: fRange,
          message: `${q(written)} : abréviation latine de posologie${misread ? `, source d'erreurs (${misread})` : ''}. Écrire ${q(french)}.`,
          fixes: [replace(`Écrire ${q(french)}`, fRange, fixed)],
        });
      }
      if (!quantity.unit.known || !first || first.denominator || first.caseMismatch) continue;
      const range = quantity.unit.atomRange(first);
      const written = note.text.slice(range.start, range.end);
      // Made only for a report: most quantities have none.
      const quoted = () => q(`${quantity.numbers[quantity.numbers.length - 1].text} ${quantity.unit.text}`);
      if (written === 'U' && countsUnitsOfDrug(parts, note.foldedSlice(from, quantity.range.start)) && !note.analyteOf(quantity)) {
        say({
          range,
          message: `${quoted()} : « U » peut être lu « 0 » ou « 4 » (« 10U » lu « 100 »). Écrire « UI » (unités internationales) ou « unités ».`,
          // Which one depends on what is counted (insulin and heparin in UI, blood products in units): never applied unseen.
          fixes: [replace('Écrire « UI »', range, 'UI', false), replace('Écrire « unités »', range, 'unités', false)],
        });
      } else if (first.atom.english?.includes(written) && !COUNTED_AFTER_IU.test(note.text.slice(quantity.range.end, quantity.range.end + 24))) {
        const french = first.atom.canonical;
        say({
          range,
          message: `${quoted()} : « ${written} » est l'abréviation anglaise des unités internationales, qui peut être lue « IV » (intraveineux) ou « 10 ». Écrire ${q(french)}.`,
          fixes: [replace(`Écrire ${q(french)}`, range, french)],
        });
      } else if (written === 'cc' && !ENGINE_BEFORE.test(note.foldedSlice(Math.max(0, quantity.range.start - 24), quantity.range.start))) {
        // A syrup's 'cc' is also a spoonful (cuillère à café, about 5 mL): which one is meant, the writer says.
        const line = note.index.lines[note.index.lineAt(quantity.range.start)];
        const spoon = ORAL_LIQUID.test(note.foldedSlice(Math.max(from, line.start), Math.min(line.end, quantity.range.end + 40)));
        say({
          range,
          message: spoon
            ? `${quoted()} : pour un sirop, « cc » se lit aussi « cuillère à café » (environ 5 mL) ; écrire « mL » ou « cuillère à café ».`
            : `${quoted()} : « cc » peut être lu « u » (unités) ou « 0 ». Un centimètre cube est un millilitre : écrire « mL ».`,
          fixes: spoon ? [replace('Écrire « mL »', range, 'mL', false), replace('Écrire « cuillère à café »', range, 'cuillère à café', false)] : [replace('Écrire « mL »', range, 'mL')],
        });
      }
    }
  },
};

/**
 * Latin dosing frequencies of English prescriptions, after a dose ('5 mg b.i.d.', '400 mg q.d.',
 * 'p.o. t.i.d.', '2,5 mg – comprimé – b.i.d.', '50 mg x1 PRN', Québec's '5 mg 2 co PO q6h', '5 mg PO
 * DIE'): on the ISMP list ('q.d.' read as 'q.i.d.', 'q.o.d.' as 'q.d.'), and foreign to
 * French notes, where translations leave them.
 */
const FREQUENCIES: Record<string, [french: string, misread?: string]> = {
  qd: ['1 fois par jour', '« q.d. » est lu « q.i.d. », quatre fois par jour'],
  // Latin 'die', once a day, as Québec prescriptions write it ('5 mg PO DIE').
  die: ['1 fois par jour'],
  bid: ['2 fois par jour'],
  tid: ['3 fois par jour'],
  qid: ['4 fois par jour', '« q.i.d. » est lu « q.d. », une fois par jour'],
  qod: ['1 jour sur 2', '« q.o.d. » est lu « q.d. », chaque jour'],
  qhs: ['au coucher', '« q.h.s. » est lu « q.h. », toutes les heures'],
  hs: ['au coucher', '« h.s. » est aussi lu « demi-dose »'],
  prn: ['si besoin'],
};
/** Its French: from the table, or 'q8h' → 'toutes les 8 heures'. */
function frequencyOf(key: string): [french: string, misread?: string] | undefined {
  if (Object.hasOwn(FREQUENCIES, key)) return FREQUENCIES[key];
  const hours = /^q(\d{1,2})h$/.exec(key);
  return hours ? [Number(hours[1]) === 1 ? 'toutes les heures' : `toutes les ${Number(hours[1])} heures`] : undefined;
}
const FREQUENCY_AFTER =
  /^[^\S\n]*(?:(?:p\.?o\.?|per os|iv|PO|IV|cps?|co\.?|comprimés?|gélules?|\d{1,2}|[x×]\s?\d|[–—-])[^\S\n]+){0,4}([qbtQBT]\.?(?:[ioIO]\.?)?[dD]\.?|[qQ]\.?[hH]\.?[sS]\.?|[qQ]\d{1,2}[hH]|[pP]\.?[rR]\.?[nN]\.?|h\.s\.|die|DIE)(?![\p{L}\d])/u;

/** A word or a value after 'qd': the French 'quand' ('qd douleur', 'qd EVA > 3'). */
const QUAND_AFTER = /^[^\S\n]*[\p{L}\d>]/u;

/** A rate per time, weight or surface ('U/kg/h'), or a bare 'U' after a drug dosed in units in the same sentence. */
function countsUnitsOfDrug(parts: readonly UnitPart[], before: string): boolean {
  if (parts.length > 1) return parts.slice(1).every(isDosePer);
  const sentence = before.slice(before.lastIndexOf('. ') + 1);
  if (DOSED_IN_UNITS.test(sentence)) return true;
  return sentence.split(/[^a-z\d-]+/).some((word) => findDrug(word)?.atc.some((code) => ATC_DOSED_IN_UNITS.some((c) => code.startsWith(c))));
}
