import type { Range } from '../../findings.js';
import { MONTH_NAMES } from '../../knowledge/calendar.js';
import { ENGLISH, englishPhraseAt, frenchFor, isEnglishWord } from '../../knowledge/english.js';
import { hashText, MISSPELT_EPONYMS, vocabularyWith, type Vocabulary } from '../../knowledge/spelling.js';
import type { DateMention } from '../../note/dates.js';
import { foreignQuotations, isReferenceLine, REFERENCE } from '../../note/foreign.js';
import type { NoteModel } from '../../note/model.js';
import { crosses, inRanges, isDigit, isLetter, opensSentence, type Line } from '../../note/text.js';
import { q } from '../format.js';
import { docsPath, replace, type Report, type Rule } from '../rule.js';

const ID = 'spelling/unknown-word';

interface Options extends Record<string, unknown> {
  /** Words accepted in this configuration (.clinlintrc.json). */
  words?: string[];
  maxSuggestions?: number;
}

/** Suggestions are searched for this many distinct words per note at most: a note of gibberish stays linear. */
const MAX_WORDS_WITH_SUGGESTIONS = 100;

/** Addresses, paths, identifiers, markup, bytes that were not text: nothing a dictionary can judge. */
const CODE_LIKE = /\uFFFD|@|:\/\/|^www\.|\p{L}\[|[\p{L}\d]\.[\p{L}]{2,}[./]?\S|[\p{L}\d]_[\p{L}\d]|[=\\{}<>|`~^$]|\p{Ll}\p{Lu}|\p{L}\.\p{L}\./u;
/** Elisions, stripped before the word is looked up. */
const ELISION = /^(?:[ldjmnstcç]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu)['’]/i;
/** Words after which a capitalised word is a name: 'M. Durand', 'Dr Martin'. */
const HONORIFICS = new Set(['m', 'mme', 'mmes', 'mlle', 'mlles', 'mr', 'dr', 'drs', 'pr', 'prs', 'me', 'docteur', 'professeur', 'madame', 'monsieur', 'st', 'ste', 'saint', 'sainte']);
/** The accented lower-case letters a capital written without its accent may stand for. */
const UNACCENTED_CAPITALS: Record<string, string[]> = { E: ['é', 'è', 'ê'], A: ['à', 'â'], I: ['î'], O: ['ô'], U: ['û'], C: ['ç'] };
/** Latin of clinical writing, and a few English test names, accepted only in their phrase ('in situ', 'et al.', 'up and go'). */
const SET_PHRASES = [
  'in situ', 'in vivo', 'in vitro', 'in utero', 'in extenso', 'in fine', 'in toto', 'ex vivo', 'ex vitro', 'ex situ', 'et al', 'per os', 'per se',
  'de novo', 'ad hoc', 'ad integrum', 'ad vitam', 'a priori', 'a posteriori', 'a minima', 'a maxima', 'post-mortem', 'post mortem', 'grosso modo',
  'sine qua non', 'statu quo', 'ab initio', 'primum movere', 'restitutio ad integrum', 'situs inversus', 'status epilepticus', 'status asthmaticus',
  'lupus pernio', 'lupus vulgaris', 'herpes zoster', 'angor pectoris', 'pectus excavatum', 'pectus carinatum', 'genu valgum', 'genu varum',
  'genu recurvatum', 'hallux valgus', 'foetor hepaticus', 'fœtor hepaticus', 'tinea corporis', 'tinea capitis', 'tinea pedis',
  'pityriasis versicolor', 'spina bifida occulta', 'spina bifida', 'abruptio placentae', 'hyperemesis gravidarum', 'primum non nocere',
  'cor pulmonale', 'delirium tremens', 'ulcus cruris', 'lichen plan', 'lichen planus', 'molluscum contagiosum',
  'condylomata acuminata', 'placenta praevia', 'placenta previa', 'placenta accreta', 'placenta increta', 'placenta percreta',
  'acanthosis nigricans', 'pyoderma gangrenosum', 'livedo reticularis', 'lichen sclerosus', 'genu superius', 'genu inferius', 'vs',
  // English names of tests and positions that French notes keep as they are.
  'timed up and go', 'get up and go', 'up and go', 'beach chair', 'beach-chair', 'bladder scan', 'bladder-scan',
  // English names of signs, tests and tools kept as they are ('delta brush' on the EEG, 'blood patch').
  'delta brush', 'extreme delta brush', 'blood patch', 'breath test', 'breath-test', 'back-table', 'back table', 'back-up',
  'head impulse test', 'stroke unit', 'drug-eluting', 'drug eluting', 'flare', 'wild-type', 'wild type', 'driving pressure',
  'watch and wait', 'odds ratio', 'hazard ratio', 'binge drinking', 'crush syndrome', 'buddy taping', 'drug holiday',
  'lung-rads', 'vena contracta', 'fissula ante fenestram', 'kissing balloon', 'crazy paving', 'tree-in-bud', 'tree in bud', 'fast-track', 'fast track',
  'cone beam', 'cone-beam', 'cup/disc', 'cup-disc', 'cgh-array', 'cgh array', 'snp-array', 'snp array', 'syndrome overlap', 'overlap syndrome', 'press-fit', 'press fit',
];
// Without the u flag (slow in V8): \\b reads ASCII word characters either way.
const SET_PHRASE_RE = new RegExp(`\\b(?:${[...SET_PHRASES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
/** The words of those phrases: a line is searched for them only when one of its unknown words is one. */
const SET_PHRASE_WORDS = new Set(SET_PHRASES.flatMap((p) => p.split(/[ -]/)));
const setPhraseWordCache = new Map<string, boolean>();
/** Is a part of `word` one of SET_PHRASE_WORDS? Remembered per word: notes repeat their unknown words. */
function holdsSetPhraseWord(word: string): boolean {
  let holds = setPhraseWordCache.get(word);
  if (holds === undefined) {
    holds = word.toLowerCase().split(/['’-]/).some((w) => SET_PHRASE_WORDS.has(w));
    if (setPhraseWordCache.size >= 50_000) setPhraseWordCache.clear();
    setPhraseWordCache.set(word, holds);
  }
  return holds;
}

/**
 * A word the French dictionary, the medical lexicon, the glossary, the drug list and the user's
 * dictionary all lack: a slip ('hémoragie'), or a word to add to the dictionary.
 */
export const unknownWord: Rule<Options> = {
  meta: {
    id: ID,
    family: 'spelling',
    defaultSeverity: 'info',
    fixable: false,
    title: 'Mot inconnu du dictionnaire',
    docs: docsPath(ID),
    options: {
      type: 'object',
      properties: {
        words: { type: 'array', items: { type: 'string' }, description: 'Mots acceptés en plus du dictionnaire.' },
        maxSuggestions: { type: 'integer', minimum: 0, maximum: 10, description: 'Nombre maximal de corrections proposées par mot.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxSuggestions: 3 },
  },
  check(note, report, options) {
    const vocabulary = vocabularyWith(note.userDictionary, options.words);
    const maxSuggestions = options.maxSuggestions ?? 3;
    const suggestions = new Map<string, string[]>();
    const suggestFor = (word: string) => {
      let list = suggestions.get(word);
      if (!list) {
        list = suggestions.size < MAX_WORDS_WITH_SUGGESTIONS && maxSuggestions > 0 ? vocabulary.suggest(word, maxSuggestions) : [];
        suggestions.set(word, list);
      }
      return list;
    };
    // Not in an English reference ('The Lancet, December 2019'), read on the date's line.
    for (const date of note.dates) {
      if (!date.english || note.inForeignText(date.range.start)) continue;
      const before = note.text.slice(Math.max(0, date.range.start - 60), date.range.start);
      if (!ENGLISH_AROUND.test(before.slice(before.lastIndexOf('\n') + 1))) report(englishDate(date));
    }
    /** The end of the last English phrase reported: its other words are in it. */
    let phraseEnd = -1;
    for (const { range, word } of unknownWords(note, vocabulary)) {
      if (range.start < phraseEnd) continue;
      const english = englishAt(note.text, range, word);
      if (english) {
        report(english);
        phraseEnd = english.range.end;
        continue;
      }
      report({
        range,
        message: `Mot inconnu du dictionnaire : ${q(word)}.`,
        // Searched when asked for (a quick fix, the json output): the search costs a millisecond a word.
        fixes: () => suggestFor(word).map((s) => replace(`Remplacer par ${q(s)}`, range, s, false)),
        data: { word },
      });
    }
  },
};

/**
 * An English word left by a translation ('chest', 'follow-up'), with the French clinicians write:
 * offered, never applied by --fix (the French word may need another article or agreement).
 */
function englishAt(text: string, range: Range, word: string): Report | undefined {
  // Glued to an apostrophe: a French word that lost a letter ('lymph'dème'), not English.
  if (/['’]/.test(text[range.end] ?? '')) return undefined;
  // A phrase ('chest pain', 'day 3'): translated whole, from this word or from the one before,
  // which may be a French word too ('white blood cells').
  let before = range.start;
  while (before > 0 && range.start - before < 3 && (text[before - 1] === ' ' || text[before - 1] === '\u00a0')) before--;
  let previous = before;
  while (previous > 0 && before - previous < 12 && /\p{L}/u.test(text[previous - 1])) previous--;
  for (const start of previous < before ? [range.start, previous] : [range.start]) {
    const phrase = englishPhraseAt(text.slice(start, start + 40));
    if (phrase && start + phrase[0].length > range.start) return englishReport(text, { start, end: start + phrase[0].length }, [phrase[1]], "de l'anglais");
  }
  // 'follow-up', 'work-up': the word with what the hyphen joins to it.
  const joined = /^-\p{L}+/u.exec(text.slice(range.end, range.end + 12));
  const compound = joined ? { start: range.start, end: range.end + joined[0].length } : undefined;
  const compoundFrench = compound && frenchFor(text.slice(compound.start, compound.end));
  const french = compoundFrench || frenchFor(word);
  return french && englishReport(text, compoundFrench ? compound! : range, french, 'un mot anglais');
}

/** The report of English at `at`, with its French forms, capitalised where a sentence opens (not 'J3'). */
function englishReport(text: string, at: Range, french: string[], what: string): Report {
  const written = text.slice(at.start, at.end);
  const capital = opensSentence(text, at.start);
  const forms = french.map((f) => (capital && !/^J\d/.test(f) ? f[0].toUpperCase() + f.slice(1) : f));
  return {
    range: at,
    message: `${q(written)} est ${what} ; en français : ${forms.map(q).join(' ou ')}.`,
    fixes: forms.map((f) => replace(`Écrire ${q(f)}`, at, f, false)),
    data: { word: written },
  };
}

/** English function words before a date: a reference's, not the note's. */
const ENGLISH_AROUND = /(?<![\p{L}])(?:The|the|of|and|in|et al)(?![\p{L}])/u;


/** 'March 3, 2020' → '3 mars 2020': a month name the spell check reads as a name, being capitalised. */
function englishDate(date: DateMention): Report {
  const french = [date.day === 1 ? '1er' : date.day, MONTH_NAMES[date.month! - 1], date.year].filter((part) => part !== undefined).join(' ');
  return {
    range: date.range,
    message: `${q(date.text)} est une date écrite en anglais ; en français : ${q(french)}.`,
    fixes: [replace(`Écrire ${q(french)}`, date.range, french, false)],
    data: { word: date.text },
  };
}

interface Token {
  range: Range;
  text: string;
  /** Does a sentence start here (first word of the note, of a paragraph, after '.', '!', '?', ':')? */
  sentenceStart: boolean;
  /** The word before, lower-cased, if on the same line. */
  previous?: string;
  /** Is a hyphen written against it ('latéro- cervical', a compound broken at the line's end)? */
  hyphenated: boolean;
  /** The word before is a genus ('Escherichia coli', 'S. aureus'): a Latin word here is its species. */
  afterGenus: boolean;
  /** Among capitalised words inside a sentence ('National Institute of Health Stroke Score'): a name's. Asked of few words. */
  inTitle: () => boolean;
}

const ENGLISH_WORD = 1;
/** A word with a lower-case letter: prose, not an abbreviation or a number. */
const PROSE = 2;
/** Prose that no list has as written: judged in context afterwards. */
const CANDIDATE = 4;
/**
 * What each written word is (ENGLISH_WORD | PROSE | CANDIDATE), remembered: notes repeat their
 * words, each is judged once. Read straight from the note's text (an open-addressing table keyed
 * by a hash of the characters): a word seen before costs no new string and no Map look-up (about
 * an eighth of the spell check's time on the corpus). The words seen are kept as characters in
 * one array, compared in place: a string per word, compared with startsWith, cost a quarter more
 * (2 ms a pass over the corpus).
 */
class WordKinds {
  /** Per slot, three numbers: the word's hash, where its characters start in `chars`, and its length << 3 | its kind (0: a free slot). */
  private slots = new Int32Array(0);
  private mask = 0;
  /** The characters of the words seen, one after the other. */
  private chars = new Uint16Array(0);
  private used = 0;
  private count = 0;

  constructor(private readonly vocabulary: Vocabulary) {
    this.reset(1 << 12);
  }

  private reset(size: number): void {
    this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
    this.chars = new Uint16Array(size * 8);
    this.used = 0;
    this.count = 0;
  }

  /** The kind of the word text[start, end). */
  kindAt(text: string, start: number, end: number): number {
    const h = hashText(text, start, end);
    const { slots, mask, chars } = this;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const lengthAndKind = slots[slot * 3 + 2];
      if (lengthAndKind === 0) break;
      if (slots[slot * 3] !== h || lengthAndKind >>> 3 !== length) continue;
      const at = slots[slot * 3 + 1];
      let k = 0;
      while (k < length && chars[at + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return lengthAndKind & 7;
    }
    const kind = kindOf(text.slice(start, end), this.vocabulary);
    // Bounded: past 100,000 words (a long session), start again; at half full, twice the room.
    if (this.count >= 100_000) this.reset(1 << 12);
    else if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.put(h, text, start, length, kind);
    return kind;
  }

  private put(h: number, text: string, start: number, length: number, kind: number): void {
    if (this.used + length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + length));
      chars.set(this.chars);
      this.chars = chars;
    }
    const at = this.used;
    for (let k = 0; k < length; k++) this.chars[at + k] = text.charCodeAt(start + k);
    this.used += length;
    this.place(h, at, (length << 3) | kind);
    this.count++;
  }

  private place(h: number, at: number, lengthAndKind: number): void {
    let slot = h & this.mask;
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 3] = h;
    this.slots[slot * 3 + 1] = at;
    this.slots[slot * 3 + 2] = lengthAndKind;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) this.place(old[i], old[i + 1], old[i + 2]);
  }
}

/** Per vocabulary (the built-in one, or with a workspace's words). */
const wordKinds = new WeakMap<Vocabulary, WordKinds>();

function wordKindsOf(vocabulary: Vocabulary): WordKinds {
  let kinds = wordKinds.get(vocabulary);
  if (!kinds) wordKinds.set(vocabulary, (kinds = new WordKinds(vocabulary)));
  return kinds;
}

function kindOf(word: string, vocabulary: Vocabulary): number {
  const lower = word.toLowerCase();
  let kind = ENGLISH.has(lower) ? ENGLISH_WORD : 0;
  if (word !== word.toUpperCase()) {
    kind |= PROSE;
    // Elided words ("l'adénopathie", "qu'il") are common: their bare word is looked up at once.
    const apostrophe = lower.search(/['’]/);
    const elided = apostrophe > 0 && apostrophe <= 6 && ELISION.test(lower) && vocabulary.lists(lower.slice(apostrophe + 1));
    if (!vocabulary.lists(lower) && !elided) kind |= CANDIDATE;
  }
  return kind;
}

type Unknown = { range: Range; word: string };

/** What the spell check makes of a line on its own (kept from one version of the note to the next). */
interface LineReading {
  /** Offsets (in the line) and texts of the words the lists do not have as written. */
  candidates: { start: number; word: string }[];
  words: number;
  /** English function words. */
  english: number;
  /** Words with a lower-case letter: the line's prose. */
  checked: number;
  /** The line judged as the start of a paragraph [1] or not [0], found on first use. */
  judged: [LineJudgement?, LineJudgement?];
}

/** A line's words judged in their context on the line. */
interface LineJudgement {
  /** Capitalised words inside a sentence: names, wherever else the note writes them. */
  names: string[];
  /** The words nothing knows (ranges in the line, or in the note when `base` was given), names not yet set aside. */
  unknown: Unknown[];
}

/** The reading of `line` of `text`, whose words are those of `words` (NoteModel.words) from index `first` on. */
function readLine(text: string, line: Line, words: Int32Array, first: number, kinds: WordKinds): LineReading {
  const reading: LineReading = { candidates: [], words: 0, english: 0, checked: 0, judged: [undefined, undefined] };
  for (let k = first; k < words.length && words[k] < line.end; k += 2) {
    const start = words[k];
    const end = words[k + 1];
    const kind = kinds.kindAt(text, start, end);
    reading.words++;
    if (kind & ENGLISH_WORD) reading.english++;
    if (kind & PROSE) reading.checked++;
    if (kind & CANDIDATE) reading.candidates.push({ start: start - line.start, word: text.slice(start, end) });
  }
  return reading;
}

/** A line whose candidate words are judged in context, at `base` in the note. */
interface LineInContext {
  lineText: string;
  base: number;
  startsParagraph: boolean;
  candidates: LineReading['candidates'];
}

function judgeLine(line: LineInContext, vocabulary: Vocabulary, skipped: Range[]): LineJudgement {
  const names: string[] = [];
  // (An English word a translation left is not a name: 'au Day 3'.)
  for (const c of line.candidates) if (isCapitalised(c.word) && !startsSentence(line.lineText, c.start, line.startsParagraph) && !frenchFor(c.word) && !vocabulary.nearMedicalWord(c.word) && !MISSPELT_EPONYMS.has(c.word.toLowerCase())) names.push(c.word);
  const unknown: Unknown[] = [];
  for (const t of tokensInContext(line, skipped, vocabulary)) unknown.push(...unknownParts(t, vocabulary));
  return { names, unknown };
}

/**
 * The words of the note that nothing knows, with their ranges. Most words are in the dictionary
 * as written: one look-up each; only the others are read in their context (sentence start,
 * surrounding address or code, quotation, Latin phrase) and through word formation. A line is read
 * on its own, then with the note's names; what a line gives on its own is kept from the note's
 * previous version (NoteModel.memoized) unless something the note skips (a comment, inline code)
 * crosses it.
 */
export function unknownWords(note: NoteModel, vocabulary: Vocabulary): Unknown[] {
  const text = note.text;
  const names = new Set<string>();
  const lines: { judgement: LineJudgement; base: number; checked: number }[] = [];
  const kinds = wordKindsOf(vocabulary);
  const words = note.words;
  /** Index in `words` of the first word of the line read (words of lines passed over are skipped). */
  let first = 0;
  let skipped: Range[] | undefined;
  let inFence = false;
  let previousLine = '';
  /** The headings' lines: the line after one starts a paragraph ('Évolution' then 'Rhabdomyolise modérée.'). */
  const headings = new Set(note.allSections.map((s) => note.index.lineAt(s.titleRange.start)));
  let lineNumber = -1;
  for (const line of note.index.lines) {
    const afterHeading = headings.has(lineNumber++);
    while (first < words.length && words[first] < line.start) first += 2;
    const lineText = text.slice(line.start, line.end);
    const previous = previousLine;
    previousLine = lineText;
    if (/^\s*(?:```|~~~)/.test(lineText)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const reading = note.memoized(kinds, lineText, () => readLine(text, line, words, first, kinds));
    // A line in English: two English function words, a tenth of its words or more.
    if (reading.candidates.length === 0 || (reading.english >= 2 && reading.english * 10 >= reading.words) || note.lineIsUpperCase(line.start)) continue;
    // A line of references ('Chest 2019;155:1009-18', 'Liver Int. 2021 Feb;41(2)', 'Smith J, et al.', a line under 'Références'), or of an English block quote: in their own language.
    if (isReferenceLine(lineText) || note.inForeignLine(line.start)) continue;
    const previousEnd = previous.trimEnd();
    const startsParagraph = previousEnd === '' || '.!?:…'.includes(previousEnd[previousEnd.length - 1]) || LIST_ITEM.test(previous) || afterHeading;
    skipped ??= note.notProse;
    let judgement: LineJudgement;
    let base = 0;
    if (crosses(skipped, line)) {
      judgement = judgeLine({ lineText, base: line.start, startsParagraph, candidates: reading.candidates }, vocabulary, skipped);
    } else {
      judgement = reading.judged[+startsParagraph] ??= judgeLine({ lineText, base: 0, startsParagraph, candidates: reading.candidates }, vocabulary, []);
      base = line.start;
    }
    for (const name of judgement.names) names.add(name);
    lines.push({ judgement, base, checked: reading.checked });
  }
  const out: Unknown[] = [];
  // The unit of a quantity ('25 mg/sem', '12 g/dll'): the unit rules judge those.
  const isUnit = (u: Unknown, base: number) => note.quantities.length > 0 && inRanges(note.unitRanges, u.range.start + base);
  for (const { judgement, base, checked } of lines) {
    // A capitalised word at a sentence's start is a name when the note also writes it inside one.
    const found = names.size ? judgement.unknown.filter((u) => !(isCapitalised(u.word) && names.has(u.word))) : judgement.unknown;
    // A line where most words are unknown is not French prose (a reference, a foreign quotation).
    if (found.length >= 3 && found.length * 3 > checked) continue;
    for (const u of found) if (!isUnit(u, base)) out.push(base ? { range: { start: u.range.start + base, end: u.range.end + base }, word: u.word } : u);
  }
  return out;
}

/** The candidate words of a line that are worth judging, with what the judgement needs to know. */
function tokensInContext({ lineText, base, startsParagraph, candidates }: LineInContext, skipped: Range[], vocabulary: Vocabulary): Token[] {
  const setPhrases: Range[] = [];
  if (candidates.some((c) => holdsSetPhraseWord(c.word))) {
    SET_PHRASE_RE.lastIndex = 0;
    for (let m = SET_PHRASE_RE.exec(lineText); m; m = SET_PHRASE_RE.exec(lineText)) setPhrases.push({ start: m.index, end: m.index + m[0].length });
  }
  // Found when a word to judge is in parentheses or quotes: few are.
  let foreign: Range[] | undefined;
  const foreignAt = (at: number) => {
    foreign ??= [...foreignQuotations(lineText, (w) => vocabulary.knows(w)), ...foreignParentheses(lineText, vocabulary)];
    return foreign.some((r) => at >= r.start && at < r.end);
  };
  const inside = (ranges: Range[], at: number) => ranges.some((r) => at >= r.start && at < r.end);
  const quoted = QUOTES_OR_PARENTHESES.test(lineText);
  // Citations inside a line of prose ('(Rev Prat 2019;12:45)', 'Martin et al.'): searched only in a line that has one.
  let citations: Range[] | undefined;
  const cited = (at: number) => {
    if (!citations) {
      citations = [];
      const add = (re: RegExp) => {
        for (const m of lineText.matchAll(re)) citations!.push({ start: m.index, end: m.index + m[0].length });
      };
      if (lineText.includes('et al.')) add(AUTHORS_ET_AL);
      if (REFERENCE.test(lineText)) add(CITED_IN_PARENTHESES);
    }
    return inside(citations, at);
  };
  const tokens: Token[] = [];
  for (const { start, word } of candidates) {
    // A unit or a word glued to a number ('10mg', 'J15', 'x3'): the unit rules judge those.
    if (/\p{N}/u.test(word) || (/\d\s?$/.test(lineText.slice(Math.max(0, start - 2), start)) && word.length <= 5)) continue;
    if (inside(setPhrases, start) || inRanges(skipped, base + start) || (quoted && foreignAt(start)) || cited(start)) continue;
    if (inCodeLikeChunk(lineText, start, word.length)) continue;
    tokens.push({
      range: { start: base + start, end: base + start + word.length },
      text: word,
      sentenceStart: startsSentence(lineText, start, startsParagraph),
      previous: wordBefore(lineText, start),
      afterGenus: afterGenus(lineText, start, startsParagraph, vocabulary),
      hyphenated: lineText[start + word.length] === '-' || lineText[start - 1] === '-',
      inTitle: () => capitalisedNeighbour(lineText, start, word.length, startsParagraph),
    });
  }
  return tokens;
}

/** Is the word before (not opening the sentence) or after the one at `start` capitalised? */
function capitalisedNeighbour(lineText: string, start: number, length: number, startsParagraph: boolean): boolean {
  // The word before, over a linking word ('Health Stroke', 'Institute of Health').
  let end = start;
  for (let hops = 0; hops < 2; hops++) {
    while (end > 0 && isBlank(lineText[end - 1])) end--;
    let from = end;
    while (from > 0 && end - from < 30 && isLetter(lineText[from - 1])) from--;
    const word = lineText.slice(from, end);
    if (word === '' || from === end) break;
    if (!LINKING.has(word)) {
      if (isCapitalised(word) && !startsSentence(lineText, from, startsParagraph)) return true;
      break;
    }
    end = from;
  }
  const after = WORD_AFTER.exec(lineText.slice(start + length, start + length + 40));
  return after !== null && isCapitalised(after[1]);
}

/** The words that link the words of a title ('Institute of Health'). */
const LINKING = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'et']);
/** The next word, over a linking word. */
const WORD_AFTER = new RegExp(`^\\s+(?:(?:${[...LINKING].join('|')})\\s+)?(\\p{L}+)`, 'u');

/** No prose word runs this long without a space: past it, a run of characters is code or data. */
const MAX_CHUNK = 120;

/**
 * Is the word inside an address, a path, an identifier, markup? Judged on the run of non-blank
 * characters holding it, read at most MAX_CHUNK characters each way (a long run is not prose).
 */
function inCodeLikeChunk(lineText: string, start: number, length: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_CHUNK && !isBlank(lineText[from - 1])) from--;
  let to = start + length;
  while (to < lineText.length && to - start < MAX_CHUNK && !isBlank(lineText[to])) to++;
  if ((from > 0 && !isBlank(lineText[from - 1])) || (to < lineText.length && !isBlank(lineText[to]))) return true;
  return CODE_LIKE.test(lineText.slice(from, to));
}

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f';

/** The word just before `start` on its line, lower-cased, past spaces and points ('M. Durand' → 'm'). */
function wordBefore(lineText: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && start - end < 4 && (isBlank(lineText[end - 1]) || lineText[end - 1] === '.')) end--;
  let from = end;
  while (from > 0 && end - from < 12 && isLetter(lineText[from - 1])) from--;
  return from < end ? lineText.slice(from, end).toLowerCase() : undefined;
}

/** A species name in binomial nomenclature: Latin, lower case, unaccented ('freundii', 'henselae', 'stercoralis', 'necrophorum'). */
const SPECIES = /^[a-z]{3,}(?:ii|i|ae|is|us|um|a|ensis|oides|orum|ium)$/;
/** A genus's Latin ending ('Brucella', 'Staphylococcus', 'Mycobacterium', 'Enterobacter', 'Pseudomonas', 'Clostridioides'). */
const LATIN_GENUS = /(?:a|us|um|er|as|es|on)$/;

/**
 * Is the word before `start` a genus, so that a Latin word at `start` is its species ('Citrobacter
 * freundii', 'S. aureus')? An initial with its point, or a capitalised word inside a sentence, or
 * one the lists do not have or only the medical lexicon has (not 'Elle' opening a sentence).
 */
function afterGenus(lineText: string, start: number, startsParagraph: boolean, vocabulary: Vocabulary): boolean {
  let end = start;
  if (end > 0 && isBlank(lineText[end - 1])) end--;
  if (end >= 2 && lineText[end - 1] === '.' && /\p{Lu}/u.test(lineText[end - 2]) && !isLetter(lineText[end - 3])) return true;
  let from = end;
  while (from > 0 && end - from < 24 && isLetter(lineText[from - 1])) from--;
  const genus = lineText.slice(from, end);
  if (genus.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(genus)) return false;
  // At a sentence's start, a Latin genus the medical lexicon has ('Hémocultures : Brucella melitensis').
  const lower = genus.toLowerCase();
  return !startsSentence(lineText, from, startsParagraph) || !vocabulary.knows(lower) || (LATIN_GENUS.test(lower) && vocabulary.isMedical(lower));
}

/** Characters between a word and what comes before it that say nothing of a sentence's start. */
const OPENERS = new Set([' ', '\t', '\u00a0', '\u202f', '«', '»', '"', '“', '”', "'", '‘', '’', '(', '[', '*', '_', '#', '>', '-']);

/**
 * Does the word at `start` open a sentence: the first of its line (when the line starts a
 * paragraph or a list item), or after '.', '!', '?', ':', '…' or a list marker? Read backwards
 * over the few characters before it (a regex over the line's head for each word was quadratic).
 */
function startsSentence(lineText: string, start: number, startsParagraph: boolean): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.has(lineText[i])) i--;
  if (i < 0) return startsParagraph || LIST_ITEM.test(lineText);
  // Not after a title's initials ('Dr C. Lenoir', 'Pr J.-M. Durand'): the name goes on.
  if (lineText[i] === '.' && (AFTER_TITLE_INITIALS.test(lineText.slice(Math.max(0, i - 24), i + 1)) || listedInitial(lineText, i))) return false;
  if ('.!?:…'.includes(lineText[i])) return true;
  // A numbered item ('12)') or a bullet alone before the word.
  return i < 4 && /^\s*(?:[*+•]|\d+[.)])$/.test(lineText.slice(0, i + 1));
}

const LIST_ITEM = /^\s*(?:#|[-*+•]\s|\d+[.)]\s)/;

/**
 * Is the point at `point` a first name's initial that opens a line, an item of a list or a
 * person's mention ('Infirmières : C. Faure, P. Lenoir', 'IDE P. Lenoir', 'faits par P. Lenoir'), or
 * a table's cell: the name goes on, as after a title.
 */
function listedInitial(lineText: string, point: number): boolean {
  if (!isCapital(lineText[point - 1]) || isLetter(lineText[point - 2])) return false;
  let i = point - 2;
  while (i >= 0 && isBlank(lineText[i])) i--;
  // A cell of a table ('… administré<TAB>P. Lenoir', '| P. Lenoir |') opens as a line does.
  if (i < 0 || ',;:(|'.includes(lineText[i]) || lineText.slice(i + 1, point - 1).includes('\t')) return true;
  // Or after a word that names a person next ('et', 'par', 'IDE', 'interne': 'Soins faits par P. Lenoir').
  let from = i;
  while (from > 0 && isLetter(lineText[from - 1])) from--;
  return from < i + 1 && !isLetter(lineText[from - 1]) && PERSON_BEFORE.has(lineText.slice(from, i + 1).toLowerCase());
}
/** Words after which an initial opens a person's name (one word of letters: the loop above reads no hyphen). */
const PERSON_BEFORE = new Set(['et', 'par', 'avec', 'chez', 'pour', 'ide', 'idel', 'as', 'ash', 'interne', 'externe', 'infirmier', 'infirmière', 'kiné', 'cadre', 'docteur', 'professeur', 'madame', 'monsieur', 'mme', 'm']);

/** A title then initials, up to the point before a word: 'Dr C.', 'Pr J.-M.', 'Mme A.'. */
const AFTER_TITLE_INITIALS = /(?<![\p{L}])(?:Dr|Pr|Drs|Me|M|Mme|Mlle|Mr|Docteur|Professeur|Madame|Monsieur)\.?\s+(?:\p{Lu}\.-?)*\p{Lu}\.$/u;

const QUOTES_OR_PARENTHESES = /[«“"(]/;
/** In prose, a citation in parentheses ('(Rev Prat 2019;12:45)'), or the authors before 'et al.' ('Martin et al.'). */
const CITED_IN_PARENTHESES = /\([^()]{0,80}?(?:19|20)\d\d[^()]{0,40}\)/g;
const AUTHORS_ET_AL = /[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s[A-Z]{1,2}\.?)?\set al\./g;

/** Short words an acronym's letters skip ('thyroid stimulating hormone', 'tomographie par émission de positons'). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'with', 'de', 'du', 'des', 'la', 'le', 'les', 'par', 'à', 'en', 'et', 'd', 'l']);
const isCapital = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Parentheses that give a term in another language, written so on purpose:
 * - an acronym's expansion right after it, whose initials spell it: 'TSH (thyroid stimulating
 *   hormone)', 'PET (positron emission tomography)', half its words or more not French;
 * - a gloss of the term before: '(lung ultrasound)', '(acute respiratory distress syndrome,
 *   ARDS)', '(frailty syndrome)': English by a word the English lists know, no accented letter
 *   (in the corpus, two slips in one parenthesis were French: 'myélopéroxydase
 *   intracytoplsamique'), two words or more not French and no more than a third of them French,
 *   or two words, one not French; '(nausees, cephalees)', '(Klebsiela pneumoniea)', '(fiévre,
 *   frissons)' keep their slips; or an English phrase whole ('(chest pain)').
 * Read from each '(' (a regex tried at every capital of every line cost more than the rest of the
 * line's judgement).
 */
function foreignParentheses(lineText: string, vocabulary: Vocabulary): Range[] {
  const out: Range[] = [];
  for (let open = lineText.indexOf('('); open >= 0; open = lineText.indexOf('(', open + 1)) {
    const close = lineText.indexOf(')', open + 1);
    if (close < 0) break;
    const inner = lineText.slice(open + 1, close);
    if (inner.length < 3 || inner.length > 80 || inner.includes('(')) continue;
    const written = inner.split(/[^\p{L}'’-]+/u).filter((w) => /\p{Ll}/u.test(w));
    const prose = written.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()));
    const foreign = prose.filter((w) => !vocabulary.knows(w.toLowerCase().replace(/’/g, "'")) || frenchFor(w) !== undefined).length;
    const english = written.some(isEnglishWord);
    const phrase = englishPhraseAt(inner.trim());
    const gloss = english && !NOT_ASCII.test(inner) && ((foreign >= 2 && foreign * 3 >= prose.length * 2) || (prose.length === 2 && foreign === 1));
    if (gloss || (phrase && phrase[0].length === inner.trim().length)) {
      out.push({ start: open, end: close + 1 });
      continue;
    }
    // The acronym and its expansion both inside ('IMC (BMI, body mass index)').
    const glossed = /^([A-Z]{2,6}),\s*(\S.*)$/.exec(inner);
    if (glossed) {
      const words = glossed[2].split(/[^\p{L}]+/u).filter((w) => w !== '' && !ACRONYM_SKIPS.has(w.toLowerCase()));
      if (words.map((w) => w[0]).join('').toUpperCase() === glossed[1]) out.push({ start: open, end: close + 1 });
      continue;
    }
    // The acronym: two to six capitals right before, a space between at most.
    let end = open;
    if (lineText[end - 1] === ' ') end--;
    let start = end;
    while (start > 0 && end - start < 7 && isCapital(lineText[start - 1])) start--;
    if (end - start < 2 || end - start > 6 || isLetter(lineText[start - 1]) || isDigit(lineText[start - 1])) continue;
    const words = inner.split(/[^\p{L}]+/u).filter((w) => w !== '' && !ACRONYM_SKIPS.has(w.toLowerCase()));
    if (words.map((w) => w[0]).join('').toUpperCase() !== lineText.slice(start, end)) continue;
    // Foreign when half its words or more are not French, or English by its words ('MDRD (modification
    // of diet in renal disease)'): 'accident vasculair cérébral' keeps its slip.
    if (english || words.filter((w) => !vocabulary.knows(w.toLowerCase())).length * 2 >= words.length) out.push({ start: open, end: close + 1 });
  }
  return out;
}

/** The unknown words of a token: the whole, or the parts of a hyphenated compound that nothing knows. */
function unknownParts(t: Token, vocabulary: Vocabulary): Unknown[] {
  let start = t.range.start;
  let word = t.text.replace(/’/g, "'");
  if (t.previous && HONORIFICS.has(t.previous) && /^\p{Lu}/u.test(word)) return [];
  const elision = ELISION.exec(word);
  if (elision) {
    start += elision[0].length;
    word = word.slice(elision[0].length);
    if (vocabulary.lists(word.toLowerCase())) return [];
  }
  if (t.afterGenus && SPECIES.test(word) && !vocabulary.nearMedicalWord(word)) return [];
  const parts = word.includes('-') || word.includes("'") ? word.split(/['-]/) : [word];
  // A compound name ('Guillain-Barré', 'Saint-Étienne').
  if (parts.filter(isCapitalised).length >= 2) return [];
  const out: { range: Range; word: string }[] = [];
  let offset = start;
  parts.forEach((part, i) => {
    const partStart = offset;
    offset += part.length + 1;
    if (part.length < 2 || part === part.toUpperCase()) return; // An initial, an abbreviation.
    if (/\p{Lu}/u.test(part.slice(1))) return; // 'pT', 'McBurney', 'ypN': an inner capital.
    const capitalised = isCapitalised(part);
    // A capitalised word inside a sentence is a name (at a sentence start, when the note also
    // writes it inside one: unknownWords sets those aside).
    // Not a medical word's misspelling ('Klebsiela'): names are not one letter from the lexicon's words;
    // nor an eponym's known misspelling after 'de' ('syndrome de Reynaud').
    if (capitalised && !(t.sentenceStart && (i === 0 || elision)) && ((!frenchFor(part) && !frenchFor(word)) || t.previous === 'de' || t.previous === 'of' || t.inTitle()) && !vocabulary.nearMedicalWord(part) && !(t.previous === 'de' && MISSPELT_EPONYMS.has(part.toLowerCase()))) return;
    const lowerPart = part.toLowerCase();
    if (vocabulary.knows(lowerPart)) return;
    // A combining form before another part ('clinico-biologique'), or written apart ('hémi thorax', 'latéro- cervical').
    if ((i < parts.length - 1 || t.hyphenated) && vocabulary.isCombiningForm(lowerPart)) return;
    if (parts.length === 1 && vocabulary.isDetachedCombiningForm(lowerPart)) return;
    // Capitals often go without their accent: 'Etat', 'Electromyogramme'.
    if (capitalised && UNACCENTED_CAPITALS[part[0]]?.some((a) => vocabulary.knows(a + lowerPart.slice(1)))) return;
    out.push({ range: { start: partStart, end: partStart + part.length }, word: part });
  });
  return out;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}


