/**
 * Property-based checks of the engine (issue #7): arbitraries of note texts and the invariants
 * every `lint()` must keep, whatever the text. Shared by test/properties/engine.test.ts (4,000 runs
 * in all, inside `npm test`) and scripts/fuzz.mjs (100,000 runs, `npm run fuzz`), which imports the
 * compiled module from out/. Properties (a) to (f) are those of issue #7; (g) was added because
 * (d) cannot see a fix that converges on a wrong value ('-,5 mg' fixed into '0-,5 mg').
 *
 * A generated case is a `NoteCase`: the text, the lint options, and where the text came from. Cases
 * built on a note that must never be printed (a real case report) are `redacted`: they print as
 * their source name and the edits made to it, and violation messages then quote no text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { lintText } from '../../server/src/cli/lint-file.js';
import type { Finding, Fix, Range, TextEdit } from '../../server/src/findings.js';
import { applyEdits, selectFixEdits } from '../../server/src/fixes.js';
import { lintNote, type LintOptions, type RuleEntry } from '../../server/src/lint.js';
import { NoteMemo } from '../../server/src/note/memo.js';
import { parseAnnotated } from '../helpers/annotated.js';

// ---------------------------------------------------------------------------------------------
// Cases

/** An edit made by the generator to a base text: at an offset (modulo the text's length), delete, insert. */
export interface GeneratedEdit {
  at: number;
  remove: number;
  insert: string;
}

export class NoteCase implements fc.WithToStringMethod {
  constructor(
    /** 'generated', or the name of the base note ('examples/pneumopathie.txt', 'corpus:FR100003'). */
    readonly source: string,
    readonly text: string,
    readonly options: LintOptions,
    /** Never print the text: print the source and the edits only. */
    readonly redacted = false,
    readonly edits: GeneratedEdit[] = [],
  ) {}

  /** A stretch of the text for a violation message, or its offsets only when the case is redacted. */
  quote(range: Range): string {
    return this.redacted ? `[${range.start}, ${range.end})` : `[${range.start}, ${range.end}) ${JSON.stringify(this.text.slice(range.start, range.end))}`;
  }

  /** A fix for a violation message: its title quotes the note, so only when the case may be printed. */
  fixName(fix: Fix): string {
    return this.redacted ? 'fix' : `fix «${fix.title}»`;
  }

  [fc.toStringMethod](): string {
    const options = Object.keys(this.options).length ? `, options ${JSON.stringify(this.options)}` : '';
    if (this.redacted) return `NoteCase(${this.source} (${this.text.length} chars, text not shown), edits ${JSON.stringify(this.edits)}${options})`;
    return `NoteCase(${this.source}, ${JSON.stringify(this.text)}${options})`;
  }
}

/** Applies generated edits one after the other, offsets taken modulo the current length. */
export function applyGeneratedEdits(text: string, edits: GeneratedEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(Math.min(out.length, at + e.remove));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (written for this project)

const SECTION_TITLES = [
  'Anamnèse', 'Antécédents', 'Antécédents familiaux', 'Mode de vie', 'Allergies', 'Traitement habituel',
  'Histoire de la maladie', 'Examen physique', 'Examen clinique', 'Examens complémentaires', 'Biologie',
  'Imagerie', 'Anatomopathologie', 'Diagnostic', 'Traitement', 'Évolution', 'Évolution et traitement',
  'Conclusion', 'Discussion', 'Motif de consultation', "MOTIF D'HOSPITALISATION", 'Cas clinique', 'Observation 2',
];

const SUBJECTS = [
  'Homme de 67 ans', 'Femme de 45 ans', 'Patiente de 72 ans', 'Patient de 54 ans', 'Un garçon de 8 ans',
  'Une fillette de 3 ans', 'M. Dupont', 'Mme Martin', 'Monsieur Durand', 'Madame Leroy', 'Mlle Petit',
  'La patiente', 'Le patient', 'Il', 'Elle', 'il', 'elle', 'Ils', 'sa mère', 'son fils âgé de 12 ans',
  'le deuxième patient', 'Sa femme', 'Dr Martin', 'le Pr Calmette',
];

const PREDICATES = [
  'est resté stable', 'est restée stable', 'a été opéré', 'a été opérée', 'a été admis', 'a été admise',
  'a été hospitalisé', 'a été hospitalisée', 'est né en 1950', 'est née le 3 mars 1950', 'a été mis sous imatinib 400mg/j',
  'présente une ménopause précoce', 'a un PSA à 4 ng/mL', 'a une grossesse évolutive', 'a une hypertrophie prostatique',
  'pèse 78 Kg', 'mesure 1,74 m', 'est ex-fumeur (30 paquets-années)', 'est décédée', 'est apyrétique',
  'a été réopérée', 'a bénéficié d’une gastrectomie', 'a été transférée en réanimation', 'est allergique à la pénicilline',
];

const WORDS = [
  'hémoglobine', 'Hb', 'créatinine', 'kaliémie', 'natrémie', 'CRP', 'glycémie', 'plaquettes', 'leucocytes',
  'température', 'FC', 'FR', 'PA', 'TA', 'SpO2', 'poids', 'taille', 'IMC', 'âge', 'albumine', 'lactates',
  'imatinib', 'paracétamol', 'metformine', 'amoxicilline', 'prednisone', 'enoxaparine', 'aspirine', 'glivec',
  'biopsie', 'scanner', 'IRM', 'TDM', 'chimiothérapie', 'radiothérapie', 'récidive', 'décès', 'gastrectomie',
  'intervention chirurgicale', 'Puis', 'Dans les suites', 'Deux mois plus tard', 'En mars 2015,', 'Après',
  "À l'admission", 'en postopératoire', 'puis', 'depuis', 'pendant', 'sans', 'pas de', 'prévue', 'à',
  'de', 'et', 'le', 'la', 'les', 'un', 'une', 'avec', 'sous', 'par', 'mesurant', 'Masse', 'Nodule de',
  'Tumeur classée T4N0M1b', 'ECOG 1', 'score de Glasgow 15/15', 'score 12/15', 'G8 14/17', 'vitamine B12',
  'T°', 'apyrexie', 'fièvre à', 'toux', 'dyspnée', 'la lésion', 'elle mesure', 'il y a', 'hier',
  "aujourd'hui", 'J3', 'J+3', 'à M6', 'à 28 SA', 'au 4e jour', 'pT2cN0R0', 'âgé de', 'âgée de', 'ans',
];

const UNITS = [
  'mg', 'MG', 'Mg', 'g', 'kg', 'Kg', 'KG', 'kgs', 'mgr', 'mg/kg/j', 'mg/kg', 'mg/j', 'g/j', 'mg/24 heures', 'mg/24h',
  'g/L', 'g/l', 'g/dl', 'g/dL', 'mmol/L', 'mmol/l', 'µmol/L', 'µmol/l', 'umol/l', 'mmHg', 'mmhg', 'MMHG', 'mmHgg',
  'cm', 'mm', 'cms', 'm', '°C', '° C', '°', '%', 'UI', 'UI/j', 'UI/kg', 'mL', 'ml', 'ML', 'L', 'l', 'G/L', 'T/L',
  'bpm', 'batt/min', '/min', 'cp', 'gél', 'SA', 'ans', 'h', 'min', 'j', 'jours', 'mois', 'ng/mL', 'mUI/L',
  'x 10^9/L', '× 10⁹/L', 'kg/m²', 'kg/m2', 'mL/min/1,73 m²', 'cc', 'CC', 'µg', 'mcg', 'U', 'meq/l', 'mEq/L', 'Gy',
];

const IDENTIFIERS = [
  'M. Dupont', 'Dr Martin', 'Mme Le Gall', 'Dupont et al.', 'Centre hospitalier Dr Schaffner', '1 85 05 78 006 084 36',
  '185057800608436', '06 12 34 56 78', '+33 6 12 34 56 78', 'jean.dupont@chu-exemple.fr', 'née le 12/03/1950',
  'né le 3 mars 1950', 'date de naissance : 3 mars 1950', 'IPP : 1234567', 'n° de dossier 987654', '@', 'a@b.fr',
];

const DIRECTIVES = [
  '<!-- clinlint-disable unit/spacing -->', '<!-- clinlint-disable-next-line -- raison -->', '<!-- clinlint-enable -->',
  '<!-- clinlint-disable-line unit -- raison à préciser -->', '<!-- clinlint-disable', '<!-- clinlint-enable unit/* -->',
  '<!-- clinlint-disable gender/patient-agreement, unit/case -- relu -->', '-->', '<!--',
];

const FRONT_MATTERS = ['---\ndate: 2021-03-04\n---\n', '---\ndiffusion: interne\n---\n', '---\ndate: 2010-13-45\ntitre: x\n---\n', '---\n', '\uFEFF---\ndate: 1999-12-31\n---\n'];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'sept.', 'fév'];

/** Characters that break naive code: controls, lone surrogates, emoji, BOM, odd spaces, case-changing letters. */
const SPECIAL_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029',
  '\ud800', '\udbff', '\udc00', '\udfff', '😀', '👩‍⚕️', '🇫🇷', '𝟏', '\uFEFF', '\u00a0', '\u202f', '\u2009', '\u200b', '\u200d',
  '\u0301', 'e\u0301', 'İ', 'ß', 'ẞ', 'Σ', 'ﬁ', '\u202e', '１２', '٣', '²', '³', '½', '×', '·', '−', '–', '—', '…',
  '«', '»', '’', '"', "'", '(', ')', '[', ']', '/', '\\', '*', '#', '##', '**', '.', ',', ';', ':', '?', '!', '^',
  '\r\n', '\r', '\n', '\n\n', ' ', '  ',
];

const SEPARATORS = [' ', ' ', ' ', '', '\u00a0', '\u202f', '  ', '\t'];

// ---------------------------------------------------------------------------------------------
// Arbitraries

const pick = (values: readonly string[]) => fc.constantFrom(...values);

/** A number as notes write it: '400', '2,5', '2.5', ',5', '5,0', '1 500', '1.500', '0,25', '-3'. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 2000 }).map(String),
  fc.tuple(fc.nat({ max: 300 }), pick([',', '.']), fc.stringMatching(/^\d{1,3}$/)).map(([i, sep, f]) => `${i}${sep}${f}`),
  fc.tuple(pick([',', '.']), fc.stringMatching(/^\d{1,2}$/)).map(([sep, f]) => `${sep}${f}`),
  fc.tuple(fc.nat({ max: 50 }), pick([',0', '.0', ',00', '.000'])).map(([i, z]) => `${i}${z}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), pick([' ', '.', '\u00a0', '\u202f']), fc.stringMatching(/^\d{3}$/)).map(([a, sep, b]) => `${a}${sep}${b}`),
  fc.nat({ max: 99 }).map((n) => `-${n}`),
  pick(['0', '00', '007', '1e3', '10^9', '4,2 x 10^9', '99999999999999999999', '1,2,3', '1..2']),
);

/** A number with its unit: '400mg', '2,5 mg/kg/j', '78 Kg', '39,4°C'. */
export const quantityText: fc.Arbitrary<string> = fc.tuple(numberText, pick(SEPARATORS), pick(UNITS)).map(([n, s, u]) => `${n}${s}${u}`);

/** Ratios, sizes and dates: '120/80 mmHg', '3,7 x 3,4 cm', '3,7 x 3,4 x 3,4 x 3 cm', '14/13/2010'. */
export const compoundQuantityText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.nat({ max: 250 }), fc.nat({ max: 250 }), pick([' mmHg', 'mmHg', ' mmhg', '', ' cmHg'])).map(([a, b, u]) => `${a}/${b}${u}`),
  fc
    .tuple(fc.array(numberText, { minLength: 2, maxLength: 5 }), pick([' x ', 'x', ' × ', ' X ', '*']), pick(SEPARATORS), pick(['cm', 'mm', 'mg', 'cm3', 'ml', 'm', 'cms', 'kg']))
    .map(([ns, x, s, u]) => `${ns.join(x)}${s}${u}`),
  fc.tuple(numberText, pick([' cm x ', 'cm x ', ' mm x ']), numberText, pick([' mm', ' cm', 'mm'])).map(([a, x, b, u]) => `${a}${x}${b}${u}`),
  dateText(),
);

/** Dates, valid or not, and time expressions: '14/13/2010', '3 mars 2010', 'du 3 au 5 mars 2010'. */
export function dateText(): fc.Arbitrary<string> {
  const day = fc.integer({ min: 0, max: 40 });
  const month = fc.integer({ min: 0, max: 14 });
  const year = fc.oneof(fc.integer({ min: 1890, max: 2040 }), fc.integer({ min: 0, max: 99 }));
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return fc.oneof(
    fc.tuple(day, month, year, pick(['/', '.', '-'])).map(([d, m, y, s]) => `${pad(d)}${s}${pad(m)}${s}${y}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.tuple(fc.integer({ min: 1, max: 31 }), pick(MONTHS), year).map(([d, m, y]) => `le ${d} ${m} ${y}`),
    fc.tuple(pick(MONTHS), fc.integer({ min: 1950, max: 2040 })).map(([m, y]) => `en ${m} ${y}`),
    fc.tuple(fc.integer({ min: 1950, max: 2040 }), month, day).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), pick(MONTHS), year).map(([a, b, m, y]) => `du ${a} au ${b} ${m} ${y}`),
    fc.tuple(fc.integer({ min: 1950, max: 2040 }), fc.integer({ min: 1950, max: 2040 })).map(([a, b]) => `entre ${a} et ${b}`),
    fc.tuple(pick(MONTHS), fc.integer({ min: 1990, max: 2030 })).map(([m, y]) => `de ${m} ${y} à aujourd'hui`),
    fc.tuple(fc.integer({ min: 0, max: 30 }), pick(['ans', 'mois', 'jours', 'semaines', 'heures'])).map(([n, u]) => `il y a ${n} ${u}`),
    fc.tuple(pick(['deux', 'trois', '6', 'quelques', 'plusieurs']), pick(['mois', 'ans', 'jours'])).map(([n, u]) => `${n} ${u} plus tard`),
    pick(['hier', "aujourd'hui", 'le lendemain', 'J0', 'J+3', 'J-2', 'à M6', 'à 28 SA', 'au 4e jour', 'en 2011', 'en 1850', 'le 29 février 2019', 'le 31/04/2012', 'à 11h30', 'en 2099']),
  );
}

/** One phrase of clinical French. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(WORDS), weight: 6 },
  { arbitrary: pick(SUBJECTS), weight: 2 },
  { arbitrary: pick(PREDICATES), weight: 2 },
  { arbitrary: quantityText, weight: 5 },
  { arbitrary: compoundQuantityText, weight: 3 },
  { arbitrary: dateText(), weight: 2 },
  { arbitrary: pick(IDENTIFIERS), weight: 1 },
  { arbitrary: pick(DIRECTIVES), weight: 1 },
);

/** A sentence: 'Homme de 67 ans, elle est restée stable sous imatinib 400mg/j.' */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(pick(SUBJECTS), fc.array(fc.tuple(pick([' ', ', ', ' ', ' ; ', ' : ']), fragment), { minLength: 1, maxLength: 8 }), pick(['.', '.', '.', ';', '', ' ?', '…', '. ']))
  .map(([subject, rest, end]) => subject + rest.map(([sep, f]) => sep + f).join('') + end);

/** A section title as notes write them: 'Biologie', '## Biologie', '**Biologie**', 'BIOLOGIE :'. */
export const sectionTitle: fc.Arbitrary<string> = fc
  .tuple(pick(SECTION_TITLES), pick(['', '', '# ', '## ', '### ', '**', '1. ', 'I - ']), pick(['', '', ' :', ':']), fc.boolean())
  .map(([title, mark, colon, upper]) => {
    const t = upper ? title.toUpperCase() : title;
    return mark === '**' ? `**${t}**${colon}` : `${mark}${t}${colon}`;
  });

/** A whole note: optional front matter, sections of sentences, in lines. */
export const clinicalNote: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(pick(FRONT_MATTERS), { freq: 6 }),
    fc.array(fc.tuple(sectionTitle, fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 3 })), { minLength: 0, maxLength: 6 }),
    fc.array(sentence, { maxLength: 3 }),
  )
  .map(([front, sections, loose]) => {
    const body = sections.map(([title, paragraphs]) => [title, ...paragraphs.map((p) => p.join(' '))].join('\n')).join('\n\n');
    return (front ?? '') + [loose.join(' '), body].filter(Boolean).join('\n\n') + '\n';
  });

const PATIENT_OPENINGS = {
  male: ['Homme de 67 ans', 'Patient de 54 ans', 'M. Dupont, 45 ans,', 'Monsieur Durand, 80 ans,', 'Un garçon de 8 ans', 'Le patient, âgé de 30 ans,', 'Nous rapportons le cas d’un homme de 52 ans'],
  female: ['Femme de 45 ans', 'Patiente de 72 ans', 'Mme Martin, 38 ans,', 'Madame Leroy, 61 ans,', 'Une fillette de 3 ans', 'La patiente, âgée de 29 ans,', 'Nous rapportons le cas d’une femme de 52 ans'],
};
const MENTIONS = ['il', 'elle', 'Il', 'Elle', 'le patient', 'la patiente', 'Le patient', 'La patiente', 'ce patient', 'cette patiente', 'de la patiente', 'du patient', 'au patient', 'ELLE', 'LA PATIENTE', 'Celle-ci', 'sa mère', 'son frère', 'Le Dr Martin', 'la masse', 'elle-même'];
const COPULAS = ['est', 'a été', 'était', 'est restée', 'reste', "s'est", 'ne fut pas', 'est ensuite', 'a été rapidement', 'est cliniquement', 'avait été'];
const PARTICIPLES = [
  'resté', 'restée', 'opéré', 'opérée', 'admis', 'admise', 'hospitalisé', 'hospitalisée', 'sorti', 'sortie', 'né', 'née', 'décédé', 'décédée',
  'suivi', 'suivie', 'traité', 'traitée', 'mis', 'mise', 'transféré', 'transférée', 'revenu', 'revenue', 'stable', 'apyrétique', 'asymptomatique',
  'hypertendu', 'hypertendue', 'normo-tendu', 'normo-tendue', 'enceinte', 'ménopausée', 'guéri', 'guérie', 'perdu', 'perdue', 'RESTÉE', 'Admise', 'vivant', 'vivante',
];
const TAILS = ['stable', 'sous imatinib 400mg/j', 'de vue', 'en réanimation', 'en mars 2010', 'le 12/03/2021', 'à J3', 'cliniquement', 'depuis 2 ans', 'sans récidive', ''];

/** A story about one patient: the opening gives the sex, later mentions and participles agree or not. */
export const patientStory: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('male' as const, 'female' as const),
    fc.array(
      fc.oneof(
        { arbitrary: fc.tuple(pick(MENTIONS), pick(COPULAS), pick(PARTICIPLES), pick(TAILS)).map((parts) => parts.filter(Boolean).join(' ')), weight: 4 },
        { arbitrary: fc.tuple(pick(MENTIONS), pick(PREDICATES)).map((parts) => parts.join(' ')), weight: 2 },
        { arbitrary: fc.tuple(pick(['Bilan : ', 'Elle présente une ', 'Antécédent de ', 'Pas de ']), pick(['ménopause', 'grossesse', 'prostatectomie', 'hystérectomie', 'PSA 4 ng/mL', 'orchite', 'césarienne', 'G2P1', 'verge'])).map(([a, b]) => a + b), weight: 1 },
        { arbitrary: sentence, weight: 1 },
        { arbitrary: sectionTitle.map((t) => `\n${t}\n`), weight: 1 },
      ),
      { minLength: 1, maxLength: 10 },
    ),
    pick(['. ', '.\n', ', ', ' ; ', '. Puis ']),
  )
  .chain(([sex, rest, sep]) => pick(PATIENT_OPENINGS[sex]).map((opening) => `${opening} ${rest.join(sep)}.`));

/** Tokens of every kind, glued or spaced at random: text no author writes, that must not break the engine. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: fragment, weight: 4 }, { arbitrary: pick(SPECIAL_CHARS), weight: 3 }, { arbitrary: pick(SECTION_TITLES), weight: 1 }), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Short strings over the characters quantities, units and dates are made of: the scanner's corner cases. */
export const quantitySoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...'0123456789,,.. \u00a0\u202fmgkLlxX×*/%°CµHUIjhd-+^²³\nMGKcsrSAeE:;()'), weight: 6 },
      { arbitrary: pick(UNITS), weight: 2 },
      { arbitrary: pick(['10^9', 'J3', 'ans', 'de', 'à', 'T4N0M1b', 'PA', 'Hb', 'poids', 'imatinib', 'né en']), weight: 1 },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Any code point, lone surrogates included, weighted towards what the engine reads. */
const anyChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: pick(SPECIAL_CHARS), weight: 2 },
  { arbitrary: fc.constantFrom(...'0123456789,./x% \nmgLkcHéèàç°µ'), weight: 4 },
);

export const unicodeText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: anyChar, maxLength: 200 }));

/** Lines of 10,000 characters: a short piece repeated (generating 10,000 random characters would be slow). */
export const longLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fragment, pick(SPECIAL_CHARS), fc.string({ unit: anyChar, minLength: 1, maxLength: 8 })), fc.oneof(fc.constant(''), sentence), fc.integer({ min: 9_990, max: 10_010 }))
  .map(([piece, around, length]) => {
    const sep = /\s$/.test(piece) ? '' : ' ';
    const line = (piece + sep).repeat(Math.ceil(length / (piece.length + sep.length))).slice(0, length);
    return `${around}\n${line}\n${around}`;
  });

/** Per '\n' of a text, a line ending from the list (cycled): LF, CRLF and CR mixed. */
export function mixLineEndings(text: string, endings: string[]): string {
  let i = 0;
  return text.replace(/\n/g, () => endings[i++ % endings.length]);
}

export const insertion: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fragment, weight: 4 },
  { arbitrary: pick(SPECIAL_CHARS), weight: 3 },
  { arbitrary: fc.string({ unit: anyChar, maxLength: 4 }), weight: 2 },
  { arbitrary: sectionTitle.map((t) => `\n${t}\n`), weight: 1 },
);

export const generatedEdits = (maxLength: number): fc.Arbitrary<GeneratedEdit[]> =>
  fc.array(
    fc.record({
      at: fc.nat({ max: 1_000_000 }),
      remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
      insert: fc.oneof(fc.constant(''), insertion),
    }),
    { minLength: 1, maxLength },
  );

/** Lint options: mostly the defaults; sometimes a stated sex, a reference date, rule options. */
export const lintOptions: fc.Arbitrary<LintOptions> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 6 },
  {
    arbitrary: fc.record(
      {
        patient: fc.record({ sex: fc.constantFrom('homme' as const, 'femme' as const) }),
        referenceDate: fc.constantFrom('2021-03-04', '2010-01-01', '1990-06-15', '2030-12-31', 'pas une date', '2021-02-30'),
        rules: fc.record(
          {
            'unit/spacing': fc.constantFrom<RuleEntry>(['warning', { space: 'insecable' }], ['warning', { convention: 'note' }], 'error'),
            'unit/decimal-separator': fc.constantFrom<RuleEntry>(['warning', { convention: 'note' }], ['warning', { allowPoint: true }]),
            'gender/*': fc.constantFrom<RuleEntry>('off', 'info'),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    weight: 1,
  },
);

export interface BaseNote {
  name: string;
  text: string;
  /** A note that must never be printed (real case reports). */
  redacted?: boolean;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The project's own notes: test fixtures (marks and reviewer comments removed) and examples/. */
export function projectNotes(): BaseNote[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(`${ROOT}${dir}`).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(`${ROOT}${path}`).isDirectory()) walk(path);
      else if (/\.(txt|md|note)$/.test(name)) files.push(path);
    }
  };
  walk('test/fixtures');
  walk('examples');
  return files.map((path) => ({ name: path, text: parseAnnotated(readFileSync(`${ROOT}${path}`, 'utf8')).text }));
}

/** A base note with a few random edits (insertions, deletions, replacements at random offsets). */
export function editedNotes(bases: BaseNote[]): fc.Arbitrary<NoteCase> {
  return fc
    .tuple(fc.constantFrom(...bases), generatedEdits(6), lintOptions)
    .map(([base, edits, options]) => new NoteCase(base.name, applyGeneratedEdits(base.text, edits), options, base.redacted ?? false, edits));
}

/**
 * Every kind of input, weighted. The generated families may then get mixed line endings or a BOM.
 * `extraBases` adds notes to edit (scripts/fuzz.mjs passes the corpus, redacted).
 */
export function noteCases(extraBases: BaseNote[] = []): fc.Arbitrary<NoteCase> {
  const generated = fc
    .tuple(
      fc.oneof(
        { arbitrary: clinicalNote, weight: 6 },
        { arbitrary: patientStory, weight: 4 },
        { arbitrary: tokenSoup, weight: 4 },
        { arbitrary: quantitySoup, weight: 2 },
        { arbitrary: unicodeText, weight: 3 },
        { arbitrary: fc.tuple(clinicalNote, generatedEdits(8)).map(([t, e]) => applyGeneratedEdits(t, e)), weight: 4 },
        { arbitrary: longLine, weight: 1 },
      ),
      fc.option(fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 6 }), { freq: 3 }),
      fc.option(fc.constant('\uFEFF'), { freq: 15 }),
      lintOptions,
    )
    .map(([text, endings, bom, options]) => new NoteCase('generated', (bom ?? '') + (endings ? mixLineEndings(text, endings) : text), options));
  const families: fc.WeightedArbitrary<NoteCase>[] = [
    { arbitrary: generated, weight: 7 },
    { arbitrary: editedNotes(projectNotes()), weight: 3 },
  ];
  if (extraBases.length) families.push({ arbitrary: editedNotes(extraBases), weight: 3 });
  return fc.oneof(...families);
}

// ---------------------------------------------------------------------------------------------
// Properties

/** Thrown by a check: what is wrong, with offsets and rule ids (and text only for printable cases). */
export class PropertyViolation extends Error {
  override name = 'PropertyViolation';
}

function violation(message: string): never {
  throw new PropertyViolation(message);
}

/** The engine entry used by the checks; a parameter so that the checks can be shown to fail on a broken engine. */
export type LintNoteFn = typeof lintNote;

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

/** (a) lint never throws, returns an array of well-formed findings, and no rule failed (lintNote swallows rule errors). */
export function checkNeverThrows(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  let result: ReturnType<LintNoteFn>;
  try {
    result = lintFn(c.text, c.options);
  } catch (e) {
    // The message of an engine error might quote the note: left out for redacted cases, the stack frames say where.
    const message = c.redacted ? '(message not shown)' : e instanceof Error ? e.message : String(e);
    const frames = e instanceof Error ? `\n${(e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 5).join('\n')}` : '';
    violation(`lint threw ${e instanceof Error ? e.name : typeof e}: ${message}${frames}`);
  }
  if (!Array.isArray(result.findings)) violation('lint did not return an array');
  if (result.ruleErrors.length) violation(`rules failed: ${result.ruleErrors.map((e) => `${e.ruleId}: ${c.redacted ? '(message not shown)' : e.message}`).join('; ')}`);
  for (const f of result.findings) {
    if (!/^[a-z]+\/[a-z-]+$/.test(f.ruleId) || typeof f.message !== 'string' || !f.message || !SEVERITIES.has(f.severity) || !Array.isArray(f.fixes) || !Array.isArray(f.related)) {
      violation(`malformed finding of ${String(f.ruleId)}`);
    }
  }
}

function checkRange(c: NoteCase, range: Range, what: string): void {
  const ok = range && Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= c.text.length;
  if (!ok) violation(`${what}: range ${JSON.stringify(range)} outside 0 ≤ start ≤ end ≤ ${c.text.length}`);
}

/**
 * Each fix object once, with the first finding that carries it: gender/patient-agreement offers one
 * 'all mentions' fix, with an edit per finding, on every finding (n findings share n edits).
 */
function distinctFixes(findings: Finding[]): { finding: Finding; fix: Fix; index: number }[] {
  const seen = new Set<Fix>();
  const out: { finding: Finding; fix: Fix; index: number }[] = [];
  for (const finding of findings) {
    finding.fixes.forEach((fix, index) => {
      if (seen.has(fix)) return;
      seen.add(fix);
      out.push({ finding, fix, index });
    });
  }
  return out;
}

/** (b) every finding range, fix edit range and related range lies inside the text, start ≤ end. */
export function checkRanges(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  const findings = lintFn(c.text, c.options).findings;
  for (const f of findings) {
    checkRange(c, f.range, `${f.ruleId} finding`);
    f.related.forEach((r, i) => checkRange(c, r.range, `${f.ruleId} at ${c.quote(f.range)}, related ${i}`));
  }
  for (const { finding: f, fix, index } of distinctFixes(findings)) {
    fix.edits.forEach((e, j) => checkRange(c, e.range, `${f.ruleId} at ${c.quote(f.range)}, fix ${index} edit ${j}`));
  }
}

/**
 * (c) the edits of one fix never overlap each other (every fix, preferred or not). Overlap as the
 * fixer sees it (server/src/fixes.ts): two edits share a start, or their ranges intersect.
 */
export function checkFixEditsDisjoint(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  for (const { finding: f, fix, index } of distinctFixes(lintFn(c.text, c.options).findings)) {
    // In start order, an edit overlaps an earlier one iff it shares its start or starts before the furthest end so far.
    const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    let furthest: TextEdit | undefined;
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i];
      const previous = sorted[i - 1];
      const other = previous && previous.range.start === e.range.start ? previous : furthest && e.range.start < furthest.range.end ? furthest : undefined;
      if (other) violation(`${f.ruleId} at ${c.quote(f.range)}: ${c.fixName(fix)} (fix ${index}) has overlapping edits ${c.quote(other.range)} and ${c.quote(e.range)}`);
      if (!furthest || e.range.end > furthest.range.end) furthest = e;
    }
  }
}

const hasPreferredFix = (f: Finding) => f.fixes.some((fix) => fix.preferred);

/** The CLI's bound on fixing passes (MAX_FIX_PASSES in server/src/cli/lint-file.ts, not exported). */
const FIX_PASSES = 10;

/**
 * (d) the CLI's --fix converges: after its bounded passes (lintText, MAX_FIX_PASSES), linting the
 * fixed text finds nothing that still has a preferred fix, i.e. nothing --fix would change again.
 */
export function checkFixesConverge(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  const fixed = lintFn === lintNote ? lintText(c.text, { options: c.options, fix: 'dry-run', quiet: false }).text : fixInPasses(c.text, c.options, lintFn);
  const left = lintFn(fixed, c.options).findings.filter(hasPreferredFix);
  if (left.length) {
    const after = new NoteCase(c.source, fixed, c.options, c.redacted);
    violation(`after --fix, still fixable: ${left.map((f) => `${f.ruleId} at ${after.quote(f.range)}`).join('; ')}${c.redacted ? '' : `\nfixed text: ${JSON.stringify(fixed)}`}`);
  }
}

/** The CLI's fixing loop (lintText) over another lint function, for the checks' own tests. */
function fixInPasses(text: string, options: LintOptions, lintFn: LintNoteFn): string {
  let current = text;
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const { edits } = selectFixEdits(lintFn(current, options).findings);
    const next = applyEdits(current, edits);
    if (edits.length === 0 || next === current) break;
    current = next;
  }
  return current;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Does an offset fall between the two halves of a surrogate pair (an edit there corrupts the character)? */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/**
 * (e) fixes change nothing outside their edits. In every --fix pass, with the edits the fixer
 * selects actually applied: the text before the first edit, between edits and after the last is
 * unchanged, each edit's new text stands at its place. And no fix edit (preferred or not) starts or
 * ends inside a surrogate pair: the stretches are equal as UTF-16, and with no pair cut at their
 * edges they are byte-identical once written as UTF-8.
 */
export function checkFixesKeepOtherText(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  let current = c.text;
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const here = new NoteCase(c.source, current, c.options, c.redacted);
    const findings = lintFn(current, c.options).findings;
    for (const { finding: f, fix } of distinctFixes(findings)) {
      for (const e of fix.edits) {
        if (splitsPair(current, e.range.start) || splitsPair(current, e.range.end)) violation(`pass ${pass + 1}: ${f.ruleId} ${c.fixName(fix)} edit ${here.quote(e.range)} splits a surrogate pair`);
      }
    }
    const { edits } = selectFixEdits(findings);
    if (edits.length === 0) return;
    const next = applyEdits(current, edits);
    const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
    let from = 0;
    let out = 0;
    const expect = (expected: string, what: string) => {
      if (next.slice(out, out + expected.length) !== expected) violation(`pass ${pass + 1}: ${what} changed (output offset ${out})`);
      out += expected.length;
    };
    for (const e of sorted) {
      if (e.range.start < from) violation(`pass ${pass + 1}: selected edits overlap at ${here.quote(e.range)}`);
      expect(current.slice(from, e.range.start), from === 0 ? `text before the first edit ${here.quote({ start: 0, end: e.range.start })}` : `text between edits ${here.quote({ start: from, end: e.range.start })}`);
      expect(e.newText, `new text of edit ${here.quote(e.range)}`);
      from = e.range.end;
    }
    expect(current.slice(from), `text after the last edit ${here.quote({ start: from, end: current.length })}`);
    if (out !== next.length) violation(`pass ${pass + 1}: fixed text is ${next.length - out} characters longer than its parts`);
    if (next === current) return;
    current = next;
  }
}

/** Where an edit of a fix stands against a number: outside it, inside it (the number's new text), or across its edge. */
function editAgainstNumber(e: TextEdit, n: Range): 'before' | 'after' | 'inside' | 'across' {
  // An insertion at the number's start belongs to it (',5' → '0,5'), unless it ends apart from it
  // ('2 weeks ago' → 'il y a 2 semaines'); one at its end does not ('400mg' → '400 mg').
  const gluedBefore = e.range.start === e.range.end && e.range.start === n.start && !/\s$/.test(e.newText);
  if (e.range.end <= n.start && !gluedBefore) return 'before';
  if (e.range.start >= n.end && !gluedBefore) return 'after';
  if (e.range.start >= n.start && e.range.end <= n.end) return 'inside';
  return 'across';
}

/**
 * (g) a preferred fix never changes what a number says. For every preferred fix that edits a number
 * of a quantity, applied alone: the engine reads, exactly where the rewritten number stands, a
 * number of the same value. A fix rewrites how a value is written ('2.5' → '2,5', ',5' → '0,5',
 * '-,5' → '-0,5', '5,0 mg' → '5 mg'), never the value, and never makes the number unreadable or
 * glues it to its neighbours. Each fix alone, so that one fix reshaping a quantity ('kgs' → 'kg'
 * lets the parser read further) does not stand for another's slip.
 */
export function checkFixesKeepValues(c: NoteCase, lintFn: LintNoteFn = lintNote): void {
  const { findings, model } = lintFn(c.text, c.options);
  const numbers = model.quantities.flatMap((q) => q.numbers);
  let judged = 0;
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!fix.preferred || judged >= MAX_FIXES_JUDGED) continue;
      const touched = numbers
        .map((n) => ({ n, where: fix.edits.map((e) => editAgainstNumber(e, n.range)) }))
        .filter(({ where }) => where.includes('inside') || where.includes('across'));
      // Each judged fix costs a lint: the first few of a note suffice, the runs vary the notes.
      if (touched.length === 0) continue;
      judged++;
      const fixed = applyEdits(c.text, fix.edits);
      const after = new NoteCase(c.source, fixed, c.options, c.redacted);
      const readAfter = lintFn(fixed, c.options).model.quantities.flatMap((q) => q.numbers);
      for (const { n, where } of touched) {
        const what = `${f.ruleId} ${c.fixName(fix)} on the number ${c.quote(n.range)}`;
        if (where.includes('across')) violation(`${what} edits across the number's edge`);
        const shift = fix.edits.filter((_, i) => where[i] === 'before').reduce((sum, e) => sum + e.newText.length - (e.range.end - e.range.start), 0);
        const inside = fix.edits.filter((_, i) => where[i] === 'inside').map((e) => ({ ...e, range: { start: e.range.start - n.range.start, end: e.range.end - n.range.start } }));
        const start = n.range.start + shift;
        const expected = { start, end: start + applyEdits(n.text, inside).length };
        const read = readAfter.find((m) => m.range.start === expected.start && m.range.end === expected.end);
        if (!read) violation(`${what}: the fixed text has no number at ${after.quote(expected)}`);
        if (read.value !== n.value) violation(`${what}: the number read ${n.value}, its fixed form ${after.quote(expected)} reads ${read.value}`);
      }
    }
  }
}

const MAX_FIXES_JUDGED = 6;

/**
 * The findings as one string, each distinct fix content written once and referred to by number
 * (written out in full, n findings sharing an n-edit fix would weigh n² edits).
 */
function fingerprint(findings: Finding[]): string {
  const written = new Map<Fix, number>();
  const contents = new Map<string, number>();
  const idOf = (fix: Fix) => {
    let id = written.get(fix);
    if (id === undefined) {
      const json = JSON.stringify(fix);
      id = contents.get(json) ?? contents.size;
      contents.set(json, id);
      written.set(fix, id);
    }
    return id;
  };
  const list = findings.map((f) => JSON.stringify({ ...f, fixes: f.fixes.map(idOf) }));
  return `${list.join('\n')}\n${[...contents.keys()].join('\n')}`;
}

/**
 * (f) lint is deterministic: the same text gives the same findings, whatever was linted before,
 * with or without a line memo of earlier versions (as the language server keeps): here the memo
 * has seen another note, then this one inside a longer text.
 */
export function checkDeterministic(c: NoteCase, other: NoteCase, lintFn: LintNoteFn = lintNote, memo = new NoteMemo()): void {
  const first = lintFn(c.text, c.options).findings;
  lintFn(other.text, { ...other.options, memo });
  lintFn(`${other.text}\n${c.text}`, { ...c.options, memo });
  const again = lintFn(c.text.slice(0, c.text.length), { ...c.options, memo }).findings;
  if (fingerprint(again) !== fingerprint(first)) {
    const key = (f: Finding) => `${f.ruleId} at ${c.quote(f.range)}`;
    violation(`findings differ on the second lint: first ${first.map(key).join('; ') || 'none'}, then ${again.map(key).join('; ') || 'none'}`);
  }
}

export interface EngineProperty {
  id: string;
  title: string;
  /** Share of `npm run fuzz`'s runs (the shares sum to 1). */
  share: number;
  property(cases: fc.Arbitrary<NoteCase>, lintFn?: LintNoteFn): fc.IProperty<[NoteCase] | [NoteCase, NoteCase]>;
}

const single = (check: (c: NoteCase, lintFn?: LintNoteFn) => void) => (cases: fc.Arbitrary<NoteCase>, lintFn?: LintNoteFn) =>
  fc.property(cases, (c) => check(c, lintFn)) as fc.IProperty<[NoteCase] | [NoteCase, NoteCase]>;

/**
 * The properties, with their share of the fuzzing runs: the fix properties (d, e, g) lint several
 * times per case and guard what --fix writes to disk, so they get more runs.
 */
export const ENGINE_PROPERTIES: EngineProperty[] = [
  { id: 'never-throws', title: '(a) lint never throws and returns an array of findings, no rule fails', share: 0.12, property: single(checkNeverThrows) },
  { id: 'ranges', title: '(b) finding, fix edit and related ranges: 0 ≤ start ≤ end ≤ text.length', share: 0.12, property: single(checkRanges) },
  { id: 'fix-edits-disjoint', title: '(c) the edits of one fix never overlap', share: 0.08, property: single(checkFixEditsDisjoint) },
  { id: 'fixes-converge', title: '(d) after --fix passes, nothing with a preferred fix is found again', share: 0.22, property: single(checkFixesConverge) },
  { id: 'fixes-keep-other-text', title: '(e) applied fixes leave the text outside their edits unchanged', share: 0.18, property: single(checkFixesKeepOtherText) },
  {
    id: 'deterministic',
    title: '(f) lint is deterministic (same input, same findings, with or without the line memo of earlier versions)',
    share: 0.13,
    property: (cases, lintFn) => fc.property(cases, cases, (a, b) => checkDeterministic(a, b, lintFn)) as fc.IProperty<[NoteCase] | [NoteCase, NoteCase]>,
  },
  { id: 'fixes-keep-values', title: '(g) a preferred fix never changes the value of a number', share: 0.15, property: single(checkFixesKeepValues) },
];

/** Splits a total number of runs between the properties by their shares (the remainder to the first ones). */
export function splitRuns(total: number, properties: EngineProperty[] = ENGINE_PROPERTIES): number[] {
  const runs = properties.map((p) => Math.floor(total * p.share));
  for (let i = 0, left = total - runs.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % runs.length, left--) runs[i]++;
  return runs;
}
