/**
 * What the note says about its patient: sex (from the strongest cues, each kept with its range),
 * ages stated. Read by the gender rules and, later, the dates rules.
 */
import type { Range } from '../findings.js';
import { ANIMALS, CARERS, RELATIVES } from '../knowledge/gender.js';
import { frontMatter } from './front-matter.js';
import { numberBefore, numberInWords } from './number-words.js';
import { anchored, type AnchoredPattern } from './text.js';

export type Sex = 'male' | 'female';

/** How messages name each sex ('la note décrit un homme'). */
export const SEX_LABEL: Record<Sex, string> = { male: 'un homme', female: 'une femme' };

/** Below this, the note does not say clearly enough who the patient is to judge its words. */
export const MIN_SEX_CONFIDENCE = 0.5;

export interface Evidence<T> {
  value: T;
  range: Range;
  /** 3: an identity statement ('Homme de 67 ans', 'de sexe féminin'); 2: a title ('Mme'); 1: agreement ('âgée de'). */
  strength: number;
  /** The cue as written. */
  text: string;
}

export interface PatientProfile {
  sex?: Sex;
  /** 0 (no cue, or as many for each sex) to 1 (every cue agrees). */
  sexConfidence: number;
  sexEvidence: Evidence<Sex>[];
  /** Cues that disagree with `sex`. */
  conflicting: Evidence<Sex>[];
  /** The sex was stated by the author (front matter or configuration), not inferred. */
  stated?: boolean;
  /** The note tells of more than one person (a mother and her newborn, twins): no single patient sex. */
  severalPeople: boolean;
  ages: Evidence<number>[];
}

export function emptyPatient(): PatientProfile {
  return { sexConfidence: 0, sexEvidence: [], conflicting: [], severalPeople: false, ages: [] };
}

interface Cue {
  /** A pattern on the lower-cased text at word starts, or a regex on the text as written (titles) with the text it cannot match without. */
  re: AnchoredPattern | { regex: RegExp; hint: string[] };
  strength: number;
  sex: (m: RegExpExecArray) => Sex | undefined;
  /** Only where a sentence, a line or a labelled field opens ('Patient : fille de 6 ans'). */
  opening?: true;
  /** Said of a child at birth ('Nouveau-né : garçon'): once an adult patient is named, the patient's baby. */
  newborn?: true;
}

/** What a newborn is said to be, before its sex ('Le nouveau-né est un garçon'): a birth cue. */
const NEWBORN_IS_BEFORE = /(?:nouveau-né|bébé|nourrisson|enfant)\s+(?:est|était)\s+$/iu;

/** Cues that name an adult: a child's sex told after them is not the patient's ('Mme B., 32 ans, G3P2. Nouveau-né : garçon'). */
const ADULT = /^(?:(?:une?\s+)?(?:femme|homme)|mme|madame|mademoiselle|mlle|monsieur|m\.|mr)(?![\p{L}])/iu;

const byWord = (w: string): Sex | undefined => {
  const x = w.toLowerCase();
  if (/^(homme|garçon|patient|monsieur|m\.|mr\.?|masculin|petit garçon|jeune homme|nourrisson|âgé|né|admis|hospitalisé)$/.test(x)) return 'male';
  if (/^(femme|fille|fillette|jeune fille|patiente|madame|mme|mlle|mademoiselle|féminin|âgée|née|admise|hospitalisée|adressée|suivie)$/.test(x)) return 'female';
  return undefined;
};

// Relatives and carers: a cue right after one of these is about someone else ('sa mère, Mme X',
// 'son fils âgé de 12 ans', 'père d'une fille de 12 ans', 'le plus jeune, âgé de 3 ans'). 'Femme',
// 'fille' and 'enfant' name the patient too ('une femme âgée de 70 ans', 'l'enfant L., âgée de
// 3 ans'): only after a possessive are they someone else.
const PATIENT_TOO = ['femme', 'fille', 'enfant'];
// Lower-cased, as the text SOMEONE_ELSE_BEFORE reads ('IDE').
const OTHERS = [...RELATIVES.filter((r) => !PATIENT_TOO.includes(r)), ...CARERS].join('|').toLowerCase();
/** A number between the possessive and the relatives ('ses deux enfants', 'ses 3 fils'). */
const COUNT = '(?:deux|trois|quatre|cinq|six|sept|huit|\\d{1,2})\\s+';
const SOMEONE_ELSE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:sa|son|ses|leur|leurs|la|le|une|un)\\s+(?:${COUNT})?(?:${OTHERS})s?|l['’](?:${OTHERS})s?|(?:sa|son|ses|leur|leurs)\\s+(?:${COUNT})?(?:${PATIENT_TOO.join('|')})s?|le\\s+plus\\s+(?:jeune|âgé)|l['’]aînée?|le\\s+cadet|la\\s+cadette)(?![\\p{L}])[^.;]{0,45}` +
    `|(?:${OTHERS})\\s+(?:de|d['’])[^.;]{0,40}|(?:accouchement|accouchée?|césarienne|naissance|enceinte|grossesse)(?:\\s+(?:ce\\s+jour|hier|le\\s+\\d{1,2}(?:[/.]\\d{1,4}){0,2}|à\\s+(?:terme|\\d{2}\\s?sa)))?\\s+(?:de|d['’]|pour)[^.;]{0,12}|enfants?\\s*[:(][^.;]{0,60})$`,
  'u',
);
/** A relative's or carer's word opening the clause ('Donneur décédé âgé de 58 ans'). */
const SOMEONE_ELSE_OPENS = new RegExp(`^\\s*(?:${OTHERS})s?(?![\\p{L}])[^.;]{0,30}$`, 'u');
/** A possessive right before ('sa femme âgée de 38 ans'); in its case: 'SA' may be initials. */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:[sS](?:a|on|es)|[lL]eurs?|[vV]otre)\s+$/u;

export const RELATIVE_WORDS = RELATIVES.join('|');
const CARER_WORDS = CARERS.join('|');
/**
 * After a title and its name: a couple's other title, a doctor's ('Mme le Dr'), or a relative or a
 * carer in apposition or joined ('M. et Mme', ', sa fille,', ', 60 ans, sa mère', ' (psychologue)',
 * ', l'infirmière de nuit', 'et son fils').
 */
const TITLE_THEN_RELATIVE = new RegExp(
  `^(?:et\\s+(?:M\\.|Mme|Mr|Monsieur|Madame)|(?:le|la)\\s+(?:Dr|[Dd]octeure?|Pr|[Pp]rofesseure?)(?![\\p{L}])|(?:(?:de|du|le|la)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+|(?=[,(]))){0,2}(?:,\\s*(?:âgée?\\s+de\\s+)?\\d{1,3}\\s*ans)?(?:,\\s*(?:qui\\s+est\\s+)?|\\(\\s*|et\\s+|qui\\s+est\\s+)(?:(?:sa|son|ses|leur|le|la|l['’]|notre|votre)\\s*(?:${RELATIVE_WORDS}|${CARER_WORDS})|(?:${RELATIVE_WORDS})\\s+(?:de|du|d['’])|(?:${CARER_WORDS})(?![\\p{L}])))`,
  'u',
);
/** A line labelled with a carer's role before a title ('IBODE : Mme C.', 'Aide : M. D.'), lower-cased. */
const CARER_LABEL_BEFORE = new RegExp(`(?:^|\\n)[^\\S\\n]*(?:[-*•][^\\S\\n]*)?(?:${CARER_WORDS.toLowerCase()}|aide)s?[^\\S\\n]*:[^\\S\\n]*$`, 'u');
/** Before a title: a spouse's or a companion's words ('mariée à M. D.', 'accompagnée de Mme D.'), or a couple ('M. et Mme'). */
const SPOUSE_BEFORE = /(?:mariée?|épouse|époux|veuve|veuf|compagne|compagnon|accompagnée?|(?:M\.|Mr|Monsieur|Mme|Madame)\s+et)(?:\s+(?:à|de|par))?$/iu;

function titleOfSomeoneElse(text: string, start: number, end: number): boolean {
  return (
    TITLE_THEN_RELATIVE.test(text.slice(end, end + 60).trimStart()) ||
    SPOUSE_BEFORE.test(text.slice(Math.max(0, start - 24), start).trimEnd()) ||
    CARER_LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start).toLowerCase())
  );
}

/** Is the cue at `index` about a relative or a carer, not the patient? */
function aboutSomeoneElse(text: string, from: number, index: number): boolean {
  // Neither pattern reads over a point or a semicolon: the clause before is enough.
  let start = index;
  for (const limit = Math.max(from, index - 60); start > limit && text[start - 1] !== '.' && text[start - 1] !== ';'; ) start--;
  if (index - start < 3) return false;
  const before = text.slice(start, index);
  const lower = before.toLowerCase();
  return SOMEONE_ELSE_BEFORE.test(lower) || POSSESSIVE_BEFORE.test(before) || SOMEONE_ELSE_OPENS.test(lower);
}

/** Nouns for the patient that do not say the sex: a masculine participle after them agrees with the noun. */
const EPICENE = 'enfant|nourrisson|bébé|nouveau-né|sujet|individu';
/** The words that say who the patient is, as an anchor: found fast, the cue read around them. */
export const PERSON = ['homme', 'femme', 'garçon', 'fille', 'patient'];
/** After a number of years, what makes it a length of time, not an age ('la patiente 3 ans plus tard'). */
const LATER = 'plus\\s+tard|plus\\s+tôt|après|apres|auparavant|avant';
const CUES: Cue[] = [
  // 'Homme de 67 ans', 'patiente âgée de 45 ans', and the hospital note's 'Femme, 32 ans', 'Patient 45 ans' (not 'le patient 3 ans plus tard').
  { re: anchored(PERSON, String.raw`(homme|femme|garçon|fillette|jeune fille|jeune homme|patient|patiente)(?:\s+(?:de\s+\d+(?:\s*(?:ans|mois|semaines|jours)|(?!\d|[,.]\d|\s\d|\s*(?:k?g|grammes?|kilos?|cm|mm)(?![a-zà-öø-ÿœæ])))|âgée?\s+de\s+\d+(?:\s*(?:ans|mois))?|ag[ée]e?\s+de\s+\d+(?:\s*ans)?|de\s+(?:trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?)(?![a-zà-öø-ÿœæ\d]))|(?:\s*,)?\s*\d{1,3}\s*ans(?![a-zà-öø-ÿœæ\d])(?!\s+(?:${LATER})(?![a-zà-öø-ÿœæ\d])))`, 8), strength: 3, sex: (m) => byWord(m[1]) },
  // 'Fille de 6 ans, suivie pour…' opening a sentence or a line ('il a une fille de 5 ans' is his daughter).
  { re: anchored(['fille'], String.raw`(fille)(?:\s+de\s+\d+|\s+âgée\s+de\s+\d+|(?:\s*,\s*|\s+)\d{1,2}\s*ans(?![a-zà-öø-ÿœæ\d]))`, 0), strength: 3, sex: (m) => byWord(m[1]), opening: true },
  { re: anchored(['sexe'], /(?:de\s+)?sexe\s+(masculin|féminin)(?![a-zà-öø-ÿœæ\d])/.source, 12), strength: 3, sex: (m) => byWord(m[1]) },
  { re: anchored(PERSON, /(?:un|une)\s+(homme|femme|garçon|fillette|jeune fille|jeune homme|patient|patiente)(?![a-zà-öø-ÿœæ\d])/.source, 18), strength: 2, sex: (m) => byWord(m[1]) },
  // A sex given alone after the child it is said of ('Enfant : L., fille, née à 31 SA', 'Nouveau-né (garçon)'); not in a list of the patient's children ('deux enfants (garçon, fille)').
  {
    re: anchored(['enfant', 'nourrisson', 'bébé', 'nouveau-né'], String.raw`(?:enfant|nourrisson|bébé|nouveau-né)(?![a-zà-öø-ÿœæ])[^;\n]{0,24}?[,:(]\s{0,3}(fille|garçon)(?=\s*(?:[,.;)]|$))`, 0),
    strength: 2,
    sex: (m) => byWord(m[1]),
    newborn: true,
  },
  // Not a doctor's initial ('Dr M. Garnier', 'Pr M. Durand').
  { re: { regex: /(?<![\p{L}])(?<!(?:Dr|Pr|Docteur|Professeur)\.?\s{1,2})(M\.|Mr\.?|Monsieur)\s+(?=\p{Lu})/gu, hint: ['M.', 'Mr', 'Monsieur'] }, strength: 2, sex: () => 'male' },
  { re: { regex: /(?<![\p{L}])(Mme|Madame|Mlle|Mademoiselle)(?![\p{L}])/gu, hint: ['Mme', 'Madame', 'Mlle', 'Mademoiselle'] }, strength: 2, sex: () => 'female' },
  { re: anchored(['patient'], /(?:le|du|au|ce|notre)\s+(patient)(?![a-zà-öø-ÿœæ\d])|(?:la|cette|notre)\s+(patiente)(?![a-zà-öø-ÿœæ\d])/.source, 12), strength: 1, sex: (m) => byWord(m[1] ?? m[2]) },
  // 'âgé' after a noun that does not say the sex ('un enfant âgé de 6 mois, de sexe féminin') agrees with the noun, not the patient.
  { re: anchored(['âgé', 'né'], String.raw`((?<!(?:${EPICENE}),? )(?:âgé|né)(?!e)|âgée|née)\s+(?:de\s+\d+(?:\s*ans)?|en\s+\d+|le\s+\d+)`, 0), strength: 1, sex: (m) => byWord(m[1]) },
  // After such a noun, a feminine participle says the sex ('Enfant de 3 ans, née à terme', 'Nourrisson, admise pour …').
  { re: anchored(['enfant', 'nourrisson', 'bébé'], String.raw`(?:enfant|nourrisson|bébé)(?:\s+de\s+\d{1,2}\s*(?:ans|mois|semaines|jours))?(?:\s*,)?\s+(née|âgée|admise|hospitalisée|adressée|suivie)(?![a-zà-öø-ÿœæ\d])`, 0), strength: 1, sex: (m) => byWord(m[1]) },
];

/**
 * A case of a series: 'Cas 1', 'Observation n° 2', 'Cas clinique II', 'Le deuxième patient', at
 * the start of a line or sentence (lower-cased text). The ordinal form is found from its ordinal.
 */
const CASE_HEADER = /(?:cas|observation)\s*(?:clinique\s*)?(?:n\s?°\s?|no\.?\s?|numéro\s?)?(\d{1,2}|[ivx]{1,4})(?![a-zà-ÿ\d])/g;
/** A bed of a ward round or an on-call log, labelled ('Lit 12 :', 'Chambre 204 -', 'Box 3 :'): [1] its number. Several patients when two beds differ. */
const BED_HEADER = /(?:lit|chambre|box)\s+(?:n\s?°\s?)?(\d{1,4}[a-z]?)\s*[:–—-]/g;
const ORDINAL_CASE_HEADER = anchored(['premi', 'deuxi', 'second', 'troisi', 'quatri'], '(?:le|la)\\s+(premier|première|deuxième|second|seconde|troisième|quatrième)\\s+(?:patient|patiente|cas|malade)(?![a-zà-ÿ])', 4);
/** A case header opens a line or a sentence. */
const HEADER_BEFORE = /(?:^|[\n.:;])\s{0,3}$/;
/** An obstetric note tells of a mother and a child (or twins): no single patient sex. */
const TWINS = ['jumeaux', 'jumelles', 'triplés'];
const BIRTH = ['parturiente', 'accouchement', 'accouché', 'césarienne', 'grossesse', 'gestation'];
const CHILD = ['nouveau-né', 'nouveau-nés', 'bébé', 'fœtus', 'foetus', 'mort-né'];
/** One of these words, whole, found from the word itself. */
const anyOf = (words: string[]): AnchoredPattern => anchored(words, `(?:${words.join('|')})(?![a-zà-öø-ÿœæ\\d])`, 0);
const [TWIN_WORD, BIRTH_WORD, CHILD_WORD] = [anyOf(TWINS), anyOf(BIRTH), anyOf(CHILD)];
/**
 * A line that heads one member of a couple (a fertility or a sexual-health consultation: 'Madame',
 * 'Monsieur :', '**Conjoint**', 'Bilan masculin'): [1] the word. Alone on its line (checked by
 * coupleHeadings).
 */
const COUPLE_HEADING = anchored(
  ['madame', 'monsieur', 'conjoint', 'partenaire', 'compagn', 'épou', 'bilan'],
  String.raw`(madame|monsieur|conjointe?|partenaire|compagnon|compagne|épouse|époux|bilan\s+(?:masculin|féminin|de\s+la\s+femme|de\s+l['’]homme))[ \t*_]*(?::[ \t]*)?(?=\n|$)`,
  0,
);
/** Is the note's stretch [from, to) headed by parts on each member of a couple (a 'Madame' and a 'Monsieur' line, or a partner's)? */
function coupleHeadings(text: string, matches: RegExpExecArray[], from: number, to: number): boolean {
  const heads = new Set<string>();
  for (const m of matches) {
    if (m.index < from || m.index >= to || !/^[ \t#*_>-]*$/.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index))) continue;
    const word = m[1];
    if (word !== 'madame' && word !== 'monsieur') return true;
    heads.add(word);
  }
  return heads.size === 2;
}

/** A title and a name introduced with an age ('Madame V., 88 ans', 'Monsieur V. (91 ans)'): [1] the title, [2] the name. */
const TITLED_WITH_AGE = /(?<![\p{L}])(M\.|Mr\.?|Monsieur|Mme|Madame)\s(\p{Lu}[\p{L}'’-]*)\.?\s?[,(]\s?(?:âgée?\s+de\s+)?\d{1,3}\s?ans/gu;

/**
 * Does the note's stretch [from, to) introduce a couple, each with an age where a line or a
 * sentence opens, under one name ('Madame V., 88 ans, chute à domicile.' then 'Monsieur V., 91
 * ans, déshydraté.')? Two patients, not one patient and a relative.
 */
function coupleIntroduced(text: string, part: string, from: number): boolean {
  const names: Record<Sex, Set<string>> = { male: new Set(), female: new Set() };
  for (const m of part.matchAll(TITLED_WITH_AGE)) {
    if (opensAt(text, from + m.index)) names[/^M(?:me|adame)$/.test(m[1]) ? 'female' : 'male'].add(m[2]);
  }
  return [...names.male].some((name) => names.female.has(name));
}

const AGE = /\b(\d{1,3})\s+ans\b/g;

/**
 * Ages in words, as dictated notes write them ('homme de soixante-sept ans', 'âgée de septante-huit
 * ans'): each 'ans' after a word, its number read back from it; as AGE's matches ([0] the age, [1]
 * its number).
 */
function agesInWords(part: string): RegExpExecArray[] {
  const lower = part.toLowerCase();
  const out: RegExpExecArray[] = [];
  // Offsets must carry over ('İ' lowers to two units): such a text keeps its ages in digits.
  if (lower.length !== part.length) return out;
  for (let at = lower.indexOf(' ans'); at >= 0; at = lower.indexOf(' ans', at + 4)) {
    if (/[a-zà-öø-ÿœæ]/.test(lower[at + 4] ?? '') || !/[a-zà-öø-ÿœæ]/.test(lower[at - 1] ?? '')) continue;
    const number = numberBefore(lower, at);
    if (number?.value === undefined) continue;
    out.push(Object.assign([part.slice(number.start, at + 4), part.slice(number.start, at)], { index: number.start }) as unknown as RegExpExecArray);
  }
  return out;
}

/** Before an age, the person it is said of ('âgée de', 'homme de', 'Elle a' opening a sentence). */
const AGE_PERSON_BEFORE = /(?:âgée?|homme|femme|patiente?|garçon|fille|enfant)\s+(?:de\s+)?$|(?:^|[.;:]\s*)(?:il|elle)\s+a\s+$/i;
/** Before 'un garçon de 8 ans', 'une fille de 5 ans': the patient's children ('il a une fille', 'deux enfants :'). */
const HAS_CHILD_BEFORE = /(?:(?:^|\s)(?:a|avait|ont|avaient|avec|mère|père|dont|élève)(?:\s+(?:déjà|aussi|également|seule?|encore))?\s+(?:de\s+)?(?:un|une|deux|trois)\s+|enfants?\s*[:(]\s*(?:un|une)\s+|(?:,|et)\s+(?:un|une)\s+)$/i;
/** After an age: the relative it is said of ('…, 58 ans, son épouse'). */
const RELATIVE_APPOSED_AFTER = new RegExp(`^\\s*,\\s*(?:sa|son|ses|leur)\\s+(?:${RELATIVE_WORDS})(?![\\p{L}])`, 'iu');
/** Or a title and a name in apposition ('Mme R., 31 ans', 'M. Durand, 52 ans', 'Mme D. (45 ans)'). */
const AGE_TITLE_BEFORE = /(?<![\p{L}])(?:M\.|Mr\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)?\s*[,(]\s*$/u;
/** Words that introduce the patient ('Il s'agit d'une fille de 5 ans', 'Une fille de 5 ans est admise', 'le cas d'une fille'). */
const PATIENT_INTRODUCED = /(?:^|[.:;\n])[^\S\n]*(?:il\s+s['’]agit\s+d['’]|(?:le\s+)?cas\s+d['’]|nous\s+rapportons\s+le\s+cas\s+d['’])?une\s+$/i;
/** Does a sentence, a line or a labelled field open at `at`: the text's start, a line break, a stop or a colon before it, past spaces? */
function opensAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || '.:;\n\r'.includes(text[i]);
}
/** After 'il a N ans': what makes it a length ('de suivi', 'd'évolution'). */
const LENGTH_OF_AFTER = /^\s*(?:de|d['’])/i;
const LATER_AFTER = new RegExp(`^\\s+(?:${LATER})(?![\\p{L}])`, 'u');

/** Other people a note tells of, as a regex source for lower-cased text: relatives, carers, a colleague, a pet. */
export const OTHER_PEOPLE = [...RELATIVES, ...CARERS, ...ANIMALS, 'parents', 'collègue', 'jumeau', 'jumelle'].join('|').toLowerCase();

/**
 * Words of a clause about another person's life or a thing's, not the patient's: a relative ('son
 * père, déporté en 1943', 'sa mère, opérée en 1958'), the family, a building or a product ('la
 * maison, construite en 1930', 'chlorpromazine, commercialisée en 1952'). Source text for a regex
 * with the u and i flags.
 */
export const ANOTHER_LIFE =
  String.raw`(?:son|sa|ses|leur|leurs|un|une|des|deux|trois)\s+(?:frères?|sœurs?|soeurs?|fils|filles?|enfants?)|mère|père|parents?|époux|épouse|mari|conjointe?|grands?-\p{L}+|oncle|tante|cousine?|famille|familia\p{L}*|donneur|donneuse|embryon|maison|immeuble|logement|usine|entreprise|bâtiment|construite?s?|bâtie?s?|fondée?s?|inaugurée?s?|commercialisée?s?|mise?s?\s+sur\s+le\s+marché`;

/** The matches of an anchored pattern in the lower-cased text, in order (NoteModel.anchoredPatternMatches). */
export type AnchoredSearch = (pattern: AnchoredPattern) => RegExpExecArray[];

/**
 * The patient of `within` (the whole note, or one case of a series); offsets are the note's.
 */
export function buildPatientProfile(text: string, within: Range, isFamilySection: (offset: number) => boolean, search: AnchoredSearch): PatientProfile {
  const profile = emptyPatient();
  const evidence: Evidence<Sex>[] = [];
  const { start: from, end: to } = within;
  const whole = from === 0 && to === text.length;
  const part = whole ? text : text.slice(from, to);
  const births: Evidence<Sex>[] = [];
  for (const { re, strength, sex: sexOf, opening, newborn } of CUES) {
    let matches: Iterable<RegExpExecArray>;
    if ('anchor' in re) matches = search(re).filter((m) => m.index >= from && m.index + m[0].length <= to);
    else if (re.hint.some((h) => part.includes(h))) matches = [...part.matchAll(re.regex)].map((m) => ((m.index += from), m));
    else continue;
    for (const m of matches) {
      const sex = sexOf(m);
      if (!sex || isFamilySection(m.index)) continue;
      if (opening && !opensAt(text, m.index) && !PATIENT_INTRODUCED.test(text.slice(Math.max(from, m.index - 24), m.index))) continue;
      if (aboutSomeoneElse(text, from, m.index)) continue;
      // A title naming a relative: a couple ('M. et Mme D.'), an apposition ('Mme D., sa fille'),
      // a spouse ('mariée à M. D.'), a companion ('Mme B. et son fils').
      if (!('anchor' in re) && titleOfSomeoneElse(text, m.index, m.index + m[0].length)) continue;
      if (/^(?:femme)$/i.test(m[1] ?? '') && /\bsage-$/i.test(text.slice(Math.max(from, m.index - 5), m.index))) continue;
      (newborn || NEWBORN_IS_BEFORE.test(text.slice(Math.max(from, m.index - 30), m.index)) ? births : evidence).push({ value: sex, range: { start: m.index, end: m.index + m[0].trimEnd().length }, strength, text: text.slice(m.index, m.index + m[0].trimEnd().length).trim() });
    }
  }
  const firstAdult = evidence.filter((e) => ADULT.test(e.text)).reduce((at, e) => Math.min(at, e.range.start), Infinity);
  for (const b of births) if (b.range.start < firstAdult) evidence.push(b);
  evidence.sort((a, b) => a.range.start - b.range.start);
  // 'un homme' and 'homme de 34 ans' are one cue: overlapping cues of one sex merge, strongest kept.
  const merged: Evidence<Sex>[] = [];
  for (const e of evidence) {
    const last = merged[merged.length - 1];
    if (last && last.value === e.value && e.range.start < last.range.end) {
      const range = { start: last.range.start, end: Math.max(last.range.end, e.range.end) };
      merged[merged.length - 1] = { value: e.value, range, strength: Math.max(last.strength, e.strength), text: text.slice(range.start, range.end) };
    } else {
      merged.push(e);
    }
  }
  profile.sexEvidence = merged;
  const holds = (pattern: AnchoredPattern) => search(pattern).some((m) => m.index >= from && m.index < to);
  // A newborn's sex told after the adult patient's ('Mme D., 31 ans. Nouveau-né : garçon'): two people.
  // A couple's note, a part on each ('Madame' … 'Monsieur'): two people.
  // A couple introduced under one name, each with an age ('Madame V., 88 ans' … 'Monsieur V., 91 ans'): two people.
  profile.severalPeople =
    holds(TWIN_WORD) || (holds(BIRTH_WORD) && holds(CHILD_WORD)) || births.some((b) => b.range.start > firstAdult) || coupleHeadings(text, search(COUPLE_HEADING), from, to) || coupleIntroduced(text, part, from);
  // The first cue weighs three times: case notes open by saying who the patient is, and a later
  // slip must not outvote it.
  const score = { male: 0, female: 0 };
  merged.forEach((e, i) => (score[e.value] += e.strength * (i === 0 ? 3 : 1)));
  const total = score.male + score.female;
  if (total > 0 && score.male !== score.female) {
    profile.sex = score.male > score.female ? 'male' : 'female';
    profile.sexConfidence = Math.abs(score.male - score.female) / total;
    profile.conflicting = merged.filter((e) => e.value !== profile.sex);
  }
  for (const m of [...part.matchAll(AGE), ...agesInWords(part)].sort((a, b) => a.index - b.index)) {
    const value = /^\d/.test(m[1]) ? Number(m[1]) : numberInWords(m[1]);
    if (value === undefined) continue;
    const window = Math.max(0, m.index - 36);
    const before = part.slice(window, m.index);
    const titled = AGE_TITLE_BEFORE.exec(before);
    const person = AGE_PERSON_BEFORE.exec(before) ?? titled;
    // A relative's or a carer's title ('Mme L., 60 ans, sa mère'); a child the patient has ('il a une fille de 5 ans').
    if (titled && titleOfSomeoneElse(text, from + window + titled.index, from + m.index + m[0].length)) continue;
    if (person && !titled && HAS_CHILD_BEFORE.test(before.slice(0, person.index))) continue;
    // 'Elle a 10 ans de suivi', 'il a 3 ans d'avance': a length, not her age.
    if (person && /a\s+$/.test(person[0]) && LENGTH_OF_AFTER.test(part.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // An age in apposition to a relative ('Mme D., âgée de 58 ans, son épouse').
    if (person && RELATIVE_APPOSED_AFTER.test(part.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // 'père d'une fille de 12 ans': the age of someone else.
    if (person && !LATER_AFTER.test(part.slice(m.index + m[0].length, m.index + m[0].length + 20)) && !aboutSomeoneElse(text, from, from + window + person.index)) {
      profile.ages.push({ value, range: { start: m.index + from, end: m.index + from + m[0].length }, strength: 3, text: part.slice(m.index, m.index + m[0].length) });
    }
  }
  return profile;
}

/** One patient of the note and the stretch of text about them. */
export interface PatientSegment {
  range: Range;
  profile: PatientProfile;
}

/**
 * The note's patients: one for the whole note, or one per case when the note is a series
 * ('Cas 1 … Cas 2 …'), each profile built from its own case's text.
 */
export function buildPatientSegments(
  text: string,
  lower: string,
  isFamilySection: (offset: number) => boolean,
  search: AnchoredSearch,
  stated?: Evidence<Sex>,
): PatientSegment[] {
  return splitSegments(text, lower, isFamilySection, search).map((segment) => (stated ? { ...segment, profile: withStatedSex(segment.profile, stated) } : segment));
}

function splitSegments(text: string, lower: string, isFamilySection: (offset: number) => boolean, search: AnchoredSearch): PatientSegment[] {
  const starts: number[] = [];
  let secondCase = false;
  const headers = [...lower.matchAll(CASE_HEADER), ...search(ORDINAL_CASE_HEADER)].sort((a, b) => a.index - b.index);
  let end = 0;
  for (const m of headers) {
    if (m.index < end || !HEADER_BEFORE.test(lower.slice(Math.max(0, m.index - 4), m.index))) continue;
    end = m.index + m[0].length;
    starts.push(m.index);
    const number = m[1];
    if (starts.length === 1 && m.index > 0 && !['1', '01', 'i', 'premier', 'première'].includes(number)) secondCase = true;
  }
  if (starts.length === 0 || (starts.length === 1 && !secondCase)) starts.length = 0;
  // 'Observation 2' with no 'Observation 1' before it: the first case opens the note.
  const bounds = [0, ...(starts.length <= 1 ? starts : starts.slice(1)), text.length];
  const segments: PatientSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const range = { start: bounds[i], end: bounds[i + 1] };
    segments.push({ range, profile: buildPatientProfile(text, range, isFamilySection, search) });
  }
  // Beds of a ward round or an on-call log, two numbers at least ('Lit 12 — patiente de 81 ans' …
  // 'Lit 7 — patient de 59 ans', then back to the first): patients told in turn, several people.
  if (segments.length === 1) {
    const beds = [...lower.matchAll(BED_HEADER)].filter((m) => HEADER_BEFORE.test(lower.slice(Math.max(0, m.index - 4), m.index)));
    if (new Set(beds.map((m) => m[1])).size >= 2) segments[0].profile.severalPeople = true;
  }
  return segments;
}

const SEX_VALUE = /^(homme|femme|masculin|féminin|m|f|h)$/i;

/**
 * The sex the author states: a front-matter line ('sexe: femme') wins over the configuration
 * (`patient.sex`); either wins over the note's words.
 */
export function statedSex(text: string, configured: 'homme' | 'femme' | undefined): Evidence<Sex> | undefined {
  const head = frontMatter(text);
  const line = head?.fields.get('sexe') ?? head?.fields.get('sex');
  if (line && SEX_VALUE.test(line.value)) {
    const value: Sex = /^(homme|masculin|m|h)$/i.test(line.value) ? 'male' : 'female';
    return { value, range: line.range, strength: 4, text: text.slice(line.range.start, line.range.end) };
  }
  if (configured) return { value: configured === 'homme' ? 'male' : 'female', range: { start: 0, end: 0 }, strength: 4, text: `patient.sex : ${configured}` };
  return undefined;
}

function withStatedSex(profile: PatientProfile, stated: Evidence<Sex>): PatientProfile {
  return {
    ...profile,
    sex: stated.value,
    sexConfidence: 1,
    stated: true,
    sexEvidence: [stated, ...profile.sexEvidence.filter((e) => e.range.start >= stated.range.end || stated.range.end === 0)],
    conflicting: profile.sexEvidence.filter((e) => e.value !== stated.value),
  };
}
