/**
 * The spell check's vocabulary: the French dictionary (npm dictionary-fr, Grammalecte's
 * "classique" Hunspell dictionary, MPL 2.0), expanded at build time by scripts/build-dictionary.mjs
 * into a flat sorted list (dist/dictionary/fr.json, with its LICENSE); the medical lexicon written
 * for clinlint (lexicon/*.txt, compiled beside it); the glossary's and the drug list's words; the
 * user's own words. Loaded on the first spell check, never at start-up.
 */
import { requireBuilt } from './built.js';
import { drugWords } from './drugs.js';
import { glossaryWords } from './glossary.js';
import { UNIT_ATOMS } from './units.js';


interface WordListFile {
  source: string;
  count: number;
  /** Lower-cased words, sorted by UTF-16 code units, joined by spaces. */
  words: string;
  /** Of those, the ones written only with a capital (names), in the same form (fr.json only). */
  names?: string;
  nameCount?: number;
}

/**
 * A word list built at build time: from the repository (out/ runs the engine from source), or, in
 * the bundled extension, from the `dictionary/` folder beside dist/server.mjs.
 */
function builtList(name: string): WordListFile {
  const list = requireBuilt<WordListFile>(`dictionary/${name}`);
  if (!list) throw new Error(`dictionnaire ${name} introuvable : lancez « npm run build »`);
  return list;
}

/** Bits per word of a list's filter (at least; rounded up to a power of two), and bits set per word. */
const FILTER_BITS_PER_WORD = 12;
const FILTER_HASHES = 4;
/** Look-ups after which a list builds its filter: a short session never pays for it, a long one soon gains. */
const FILTER_AFTER_LOOKUPS = 10_000;

/** The second hash of the last hashText() call (two numbers without allocating a pair). */
let secondHash = 0;

/**
 * Two 32-bit hashes of text[start, end), by code unit: FNV-1a, returned, and a multiplicative
 * one, left in `secondHash` (odd). A filter's bits are h1 + i·h2 (double hashing); the spell
 * check keys the words it has seen by h1.
 */
export function hashText(text: string, start: number, end: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x85ebca6b);
  }
  secondHash = (h2 ^ (h2 >>> 15)) | 1;
  return h1;
}

/**
 * A sorted word list kept as one string and the offsets of its words: a few MB for 450,000 words.
 * Suggestions try thousands of words that are not in it for each unknown word, and word formation
 * tries stems and prefixes: for them, a Bloom filter (about 30 ms to build for the dictionary, on
 * the first suggestion or after FILTER_AFTER_LOOKUPS look-ups) turns most away before the binary
 * search.
 */
export class SortedWords {
  private readonly starts: Uint32Array;
  private filter?: Int32Array;
  private filterMask = 0;
  private lookups = 0;

  /** `text`: the words joined by spaces; `count`: how many (the file says). */
  constructor(
    private readonly text: string,
    count: number,
  ) {
    const starts = new Uint32Array(text.length ? count : 0);
    let k = 0;
    if (starts.length) starts[k++] = 0;
    for (let i = text.indexOf(' '); i >= 0 && k < starts.length; i = text.indexOf(' ', i + 1)) starts[k++] = i + 1;
    this.starts = starts.subarray(0, k);
  }

  /** Builds the filter, once: has() then answers most absent words without searching. */
  useFilter(): void {
    if (this.filter) return;
    const count = this.starts.length;
    let bits = 32;
    while (bits < count * FILTER_BITS_PER_WORD) bits *= 2;
    const filter = new Int32Array(bits / 32);
    for (let i = 0; i < count; i++) {
      const h1 = hashText(this.text, this.starts[i], this.end(i));
      const h2 = secondHash;
      for (let j = 0; j < FILTER_HASHES; j++) {
        const bit = (h1 + Math.imul(j, h2)) & (bits - 1);
        filter[bit >>> 5] |= 1 << (bit & 31);
      }
    }
    this.filterMask = bits - 1;
    this.filter = filter;
  }

  get size(): number {
    return this.starts.length;
  }

  private end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
  }

  private mayHave(word: string): boolean {
    if (!this.filter) return true;
    const h1 = hashText(word, 0, word.length);
    const h2 = secondHash;
    for (let j = 0; j < FILTER_HASHES; j++) {
      const bit = (h1 + Math.imul(j, h2)) & this.filterMask;
      if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  has(word: string): boolean {
    if (!this.filter && ++this.lookups >= FILTER_AFTER_LOOKUPS) this.useFilter();
    if (!this.mayHave(word)) return false;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(word, mid);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  /** `word` against the i-th word, in code-unit order (as the build sorted them). */
  private compare(word: string, i: number): number {
    const text = this.text;
    const start = this.starts[i];
    const end = this.end(i);
    const n = Math.min(word.length, end - start);
    for (let k = 0; k < n; k++) {
      const d = word.charCodeAt(k) - text.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return word.length - (end - start);
  }
}

/**
 * Prefixes of medical (and general) word formation: 'post' + 'opératoire', 'péri' + 'hilaire',
 * 'anti' + 'CD20'. A prefix alone is also a valid part of a hyphenated compound.
 */
const PREFIXES = [
  'anté', 'anti', 'auto', 'bi', 'contre', 'dé', 'dys', 'endo', 'épi', 'exo', 'extra', 'hémi', 'hyper', 'hypo', 'infra', 'inter',
  'intra', 'juxta', 'macro', 'méga', 'méso', 'micro', 'mono', 'multi', 'néo', 'non', 'para', 'péri', 'pluri', 'poly', 'post', 'pré',
  'pseudo', 'quadri', 'ré', 'rétro', 'semi', 'sous', 'supra', 'sus', 'trans', 'tri', 'ultra', 'pan', 'médio', 'latéro',
  'postéro', 'antéro', 'inféro', 'supéro', 'radio', 'chimio', 'immuno', 'hormono', 'onco', 'cardio', 'neuro', 'gastro', 'hépato',
  'néphro', 'pneumo', 'broncho', 'dermato', 'uro', 'gynéco', 'entéro', 'colo', 'recto', 'vésico', 'pyélo', 'cholédoco', 'thoraco',
  'abdomino', 'lombo', 'cervico', 'dorso', 'sacro', 'ilio', 'fémoro', 'tibio', 'scapulo', 'huméro', 'radio', 'cubito', 'naso',
  'oro', 'pharyngo', 'laryngo', 'trachéo', 'œso', 'oeso', 'duodéno', 'jéjuno', 'iléo', 'pancréatico', 'spléno', 'angio', 'lympho',
  'myélo', 'ostéo', 'arthro', 'chondro', 'myo', 'fibro', 'adéno', 'histo', 'cyto', 'hémato', 'thrombo', 'vaso', 'veino', 'artério',
  'écho', 'scanno', 'endo', 'cranio', 'encéphalo', 'vertébro', 'costo', 'sterno', 'claviculo', 'acromio', 'glosso', 'mandibulo',
  'maxillo', 'temporo', 'fronto', 'pariéto', 'occipito', 'hypophyso', 'thyro', 'mi', 'demi', 'bio', 'psycho', 'normo', 'oligo', 'sub', 'méta',
  'basi', 'crânio', 'fœto', 'foeto', 'muco', 'amino', 'acro', 'hilo', 'géno', 'pilo', 'aéro', 'coxo', 'atlo', 'ary', 'histo', 'phospho', 'vulvo', 'réno', 'bilio', 'spléno', 'pelvi', 'rachi',
  'socio', 'physio', 'patho', 'cortico', 'gluco', 'minéralo', 'ovario', 'utéro', 'vagino', 'prostato', 'testiculo', 'rhino', 'oto',
  'aniso', 'bucco', 'caséo', 'cyclo', 'glyco', 'lipo', 'myco', 'dermo', 'cysto', 'xéro', 'mammo', 'masto', 'tubo', 'spino', 'oculo',
  'stylo', 'talo', 'photo', 'téno', 'litho', 'séro', 'carpo', 'tarso', 'mento', 'aorto', 'nécro',
  'ophtalmo', 'kérato', 'rétino', 'dacryo', 'stomato', 'odonto', 'parodonto', 'cysto', 'urétéro', 'urétro', 'pyo', 'hydro',
  'leuco', 'érythro', 'mélano', 'chromo', 'hétéro', 'homo', 'iso',
];
const PREFIX_SET = new Set(PREFIXES);
const PREFIXES_BY_LENGTH = [...PREFIX_SET].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);

/** Suffixes of medical word formation, glued to a stem ('omentectomie', 'lithémie', 'glycorachie'). */
const MEDICAL_SUFFIXES = [
  'ectomie', 'tomie', 'stomie', 'scopie', 'scopique', 'graphie', 'graphique', 'gramme', 'plastie', 'pexie', 'rraphie', 'lyse', 'lytique',
  'émie', 'émique', 'urie', 'urique', 'rachie', 'ite', 'ose', 'ome', 'omateux', 'pathie', 'pathique', 'algie', 'algique', 'rragie', 'rrhée',
  'cèle', 'mégalie', 'plasie', 'plasique', 'trophie', 'trophique', 'cyte', 'cytaire', 'cytose', 'pénie', 'philie', 'thérapie', 'métrie',
  'centèse', 'génèse', 'genèse', 'oïde', 'logie', 'logique', 'ologue', 'pnée', 'phagie', 'phasie', 'plégie', 'plégique', 'parésie',
  'esthésie', 'kinésie', 'tonie', 'pathe', 'ectasie', 'sclérose', 'malacie', 'nécrose', 'fibrose', 'blaste', 'blastique', 'blastome',
];

/** Endings that complete a stem into a listed word ('aort-e', 'latér-al', 'muscul-aire', 'clinic-ien'). */
const STEM_ENDINGS = [
  '', 'e', 'a', 'o', 'i', 'y', 'é', 'ue', 'us', 'um', 'ie', 'ique', 'ien', 'al', 'aire', 'eux', 'ite', 'ose', 'ome', 'isme', 'ine', 'er',
  'ité', 'ia', 'ide', 'ase', 'ole', 'yle', 'ation', 'ale', 'el', 'elle', 'on', 'ion', 'ure', 'at', 'if', 'ive', 'oïde', 'aïque', 'ème',
];

/** Endings of the lexicon's words, to their base: the lexicon lists one form, notes write them all. */
const INFLECTIONS: [string, string][] = [
  ['s', ''], ['x', ''], ['e', ''], ['es', ''], ['aux', 'al'], ['ive', 'if'], ['ives', 'if'], ['euse', 'eux'], ['euses', 'eux'],
  ['enne', 'en'], ['ennes', 'en'], ['ère', 'er'], ['ères', 'er'], ['ienne', 'ien'], ['iennes', 'ien'], ['ette', 'et'], ['ettes', 'et'],
  ['elle', 'el'], ['elles', 'el'], ['onne', 'on'], ['onnes', 'on'],
];

export class Vocabulary {
  private readonly extra: Set<string>;

  constructor(
    private readonly dictionary: SortedWords,
    private readonly lexicon: SortedWords,
    extra: Iterable<string>,
    /** The dictionary's words written only with a capital. */
    private readonly names?: SortedWords,
  ) {
    this.extra = new Set(extra);
  }

  /** With the user's words (lower-cased) over this vocabulary. */
  withWords(words: readonly string[]): Vocabulary {
    if (!words.length) return this;
    return new Vocabulary(this.dictionary, this.lexicon, [...this.extra, ...words.map((w) => w.toLowerCase())], this.names);
  }

  /** Is this lower-cased word in the medical lexicon ('brucella', 'klebsiella')? */
  isMedical(w: string): boolean {
    return this.lexicon.has(w);
  }

  /** Is this lower-cased word, as written, in a list (no inflection, no word formation): the fast path. */
  lists(w: string): boolean {
    return this.listed(w);
  }

  /** Is this lower-cased word written as the dictionary, the lexicon or the glossary write it? */
  private listed(w: string): boolean {
    return this.dictionary.has(w) || this.lexicon.has(w) || this.extra.has(w);
  }

  /** Listed, or an inflected form of a lexicon word ('adénopathies' from 'adénopathie'); the dictionary lists its own forms, and the glossary's 'aigu' must not make 'aigue' right. */
  private listedOrInflected(w: string): boolean {
    if (this.listed(w)) return true;
    for (const [ending, base] of INFLECTIONS) {
      if (w.length > ending.length + 2 && w.endsWith(ending)) {
        const stem = w.slice(0, w.length - ending.length) + base;
        // A word in -e takes no second one ('opératoirees', 'récidivee').
        if (ending[0] === 'e' && base === '' && stem.endsWith('e')) continue;
        if (this.lexicon.has(stem)) return true;
      }
    }
    return false;
  }

  /** Listed, or written with 'oe' for 'œ' (or the reverse). */
  private spelled(w: string): boolean {
    if (this.listedOrInflected(w)) return true;
    if (w.includes('oe') && this.listedOrInflected(w.replace(/oe/g, 'œ'))) return true;
    if (w.includes('œ') && this.listedOrInflected(w.replace(/œ/g, 'oe'))) return true;
    return false;
  }

  /**
   * Is a lower-cased word (no hyphen) known: listed; in the 1990 spelling ('entrainer',
   * 'apparait'); or formed as medical French forms words: a known prefix glued to a known word
   * ('postopératoire', 'périhilaire', 'hypoéchogène'), a combining form in -o- glued to a known
   * word ('cérébromédullaire', 'solidokystique'), a stem and a medical suffix
   * ('sigmoïdostomie', 'cortisolémie').
   */
  knows(w: string): boolean {
    let known = this.knownCache.get(w);
    if (known === undefined) {
      known = this.formed(w, 0) && (this.spelled(w) || !this.misspellsListed(w));
      if (this.knownCache.size >= 50_000) this.knownCache.clear();
      this.knownCache.set(w, known);
    }
    return known;
  }

  /**
   * Is a listed word this word with two neighbouring letters swapped, an 'i' for a 'y' (or the
   * reverse), or a doubled letter written once? Then a word that only word formation explains is
   * that word's typo ('dysplaise' is 'dys' + 'plaise' but 'dysplasie' swapped; 'rhabdomyolise' is
   * 'rhabdomyo' + 'lise' but 'rhabdomyolyse' misspelt; 'staphylococus', 'multinuclées').
   */
  private misspellsListed(w: string): boolean {
    for (let i = 0; i + 1 < w.length; i++) {
      if (w[i] === w[i + 1]) continue;
      if (this.listedOrInflected(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    }
    for (let i = 0; i < w.length; i++) {
      if ((w[i] === 'i' || w[i] === 'y') && this.listedOrInflected(w.slice(0, i) + (w[i] === 'i' ? 'y' : 'i') + w.slice(i + 1))) return true;
      if (w[i] !== w[i + 1] && w[i] !== w[i - 1] && this.listedOrInflected(w.slice(0, i + 1) + w.slice(i))) return true;
    }
    return false;
  }

  /** Words judged, by the answer: a note is linted again at every keystroke. */
  private readonly knownCache = new Map<string, boolean>();

  private formed(w: string, depth: number): boolean {
    // A part glued after a prefix or a combining form is a word, not a name ('hépatomagalie' is no
    // 'hépato-' + 'Magalie'), unless the lexicon or the user's words have it.
    if (this.spelled(w) ? !(depth > 0 && this.nameOnly(w)) : this.reformed(w)) return true;
    if (depth >= 2) return false;
    for (const p of PREFIXES_BY_LENGTH) {
      if (w.length - p.length >= 4 && w.startsWith(p) && this.mayJoin(w, p.length) && this.formed(w.slice(p.length), depth + 1)) return true;
    }
    for (let i = w.indexOf('o', 4); i >= 0 && i <= w.length - 5; i = w.indexOf('o', i + 1)) {
      // A stem of four letters only as a known combining form ('neuro', 'sacro'): so short a
      // start of some word ('cont-', 'cimi-') would excuse typos ('contolatéral', 'cimiothérapie').
      if (i === 4 && !PREFIX_SET.has(w.slice(0, 5))) continue;
      if (this.mayJoin(w, i) && this.mayJoin(w, i + 1) && this.isStem(w.slice(0, i)) && this.formed(w.slice(i + 1), depth + 1)) return true;
    }
    return this.suffixed(w);
  }

  /** A name of the dictionary ('magalie'), not a word of the lexicon or the user's. */
  private nameOnly(w: string): boolean {
    return this.names !== undefined && this.names.has(w) && !this.lexicon.has(w) && !this.extra.has(w);
  }

  /**
   * May two parts be glued at `join`? Not on the same vowel ('écho-o-graphie', 'chimio-o-thérapie'):
   * a doubled vowel in a long word is most often a typo that word formation must not excuse, and
   * French keeps the hyphen there ('anti-inflammatoire', 'intra-articulaire'), unless the
   * dictionary has the hyphenated word, whose glued form is then a variant.
   */
  private mayJoin(w: string, join: number): boolean {
    const c = w[join];
    if (c !== w[join - 1] || !'aeiouy'.includes(c)) return true;
    return this.listedOrInflected(`${w.slice(0, join)}-${w.slice(join)}`);
  }

  /** 'entrainer', 'aout', 'brulure': a word of the dictionary with its circumflex on i or u dropped (1990 rectifications). */
  private reformed(w: string): boolean {
    for (let i = 0; i < w.length; i++) {
      const c = w[i];
      if ((c === 'i' || c === 'u') && this.spelled(w.slice(0, i) + (c === 'i' ? 'î' : 'û') + w.slice(i + 1))) return true;
    }
    return false;
  }

  /** Stems judged (each costs up to a hundred look-ups; compounds repeat their first parts). */
  private readonly stemCache = new Map<string, boolean>();

  /** The start of a listed word, long enough to mean something ('sigmoïd', 'cortisol', 'aort'). */
  private isStem(stem: string): boolean {
    if (stem.length < 4) return false;
    let known = this.stemCache.get(stem);
    if (known === undefined) {
      known = this.judgeStem(stem);
      if (this.stemCache.size >= 50_000) this.stemCache.clear();
      this.stemCache.set(stem, known);
    }
    return known;
  }

  private judgeStem(stem: string): boolean {
    // A whole morpheme: the stem of a listed word with one of the usual endings ('aort-e',
    // 'latér-al', 'sigmoïd-e'); merely starting a word is not enough ('anatomopat-' starts
    // 'anatomopathologie' but 'anatomopatologie' is a slip).
    const starts = (x: string) => STEM_ENDINGS.some((e) => this.listed(x + e));
    // 'nécrotic-o' from 'nécrotique', 'foet-o' from 'fœtal'.
    return starts(stem) || (stem.endsWith('ic') && starts(`${stem.slice(0, -1)}q`)) || (stem.includes('oe') && starts(stem.replace(/oe/g, 'œ')));
  }

  /** A stem (5 letters or more) with a medical suffix, in any inflection. */
  private suffixed(w: string): boolean {
    for (const form of [w, ...INFLECTIONS.filter(([e, b]) => b === '' && w.endsWith(e)).map(([e]) => w.slice(0, w.length - e.length))]) {
      for (const suffix of MEDICAL_SUFFIXES) {
        if (form.length - suffix.length < 5 || !form.endsWith(suffix)) continue;
        // Not over a doubled vowel ('radioothérapie', 'thrombophlébiite'), at the suffix or the linking vowel before it.
        const join = form.length - suffix.length;
        if (!this.mayJoin(form, join) || !this.mayJoin(form, join - 1)) continue;
        // 'toxicite', 'stabilite': a noun in -ité that lost its accent, not an inflammation in -ite.
        if (suffix === 'ite' && this.listedOrInflected(`${form.slice(0, join)}ité`)) continue;
        const stem = form.slice(0, join).replace(/[oi]$/, '');
        if (stem.length >= 5 && this.isStem(stem)) return true;
      }
    }
    return false;
  }

  /**
   * A first part of a hyphenated compound: a prefix ('post-', 'anti-'), or a combining form
   * ending in -o or -i whose stem starts a known word ('clinico-', 'latéro-', 'caséo-', 'hémi-').
   */
  isCombiningForm(part: string): boolean {
    if (PREFIX_SET.has(part)) return true;
    return /[oi]$/.test(part) && part.length >= 4 && this.isStem(part.slice(0, -1));
  }

  /** A combining form in -o written apart from its word ('ponto cérébelleux', 'latéro cervical'). */
  isDetachedCombiningForm(w: string): boolean {
    return PREFIX_SET.has(w) || (w.endsWith('o') && w.length >= 5 && this.isStem(w.slice(0, -1)));
  }

  private readonly nearCache = new Map<string, string | undefined>();

  /**
   * The medical word of eight letters or more (lexicon only: the dictionary's names are names) one
   * edit away from a word that nothing knows, if any: a genus or species the note misspelt
   * ('Klebsiela' for 'Klebsiella', 'pneumoniea' for 'pneumoniae'), not a person's or place's name,
   * which shorter words are too often near ('Reynaud' and 'raynaud', 'Leiden' and 'leyden').
   */
  nearMedicalWord(word: string): string | undefined {
    const w = word.toLowerCase();
    if (w.length < 7 || w.length > 30 || this.knows(w)) return undefined;
    if (this.nearCache.has(w)) return this.nearCache.get(w);
    let found: string | undefined;
    this.lexicon.useFilter();
    for (const candidate of oneEdit(w)) {
      if (candidate.length >= 8 && this.lexicon.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (this.nearCache.size >= 5000) this.nearCache.clear();
    this.nearCache.set(w, found);
    return found;
  }

  private readonly suggestions = new Map<string, string[]>();

  /**
   * Listed words (no word formation, no inflection: a few thousand look-ups per word) close to a
   * misspelt word, likeliest first. Remembered: a note is linted again at every keystroke.
   */
  suggest(word: string, limit = 3): string[] {
    const key = `${limit}:${word}`;
    let found = this.suggestions.get(key);
    if (!found) {
      found = this.search(word, limit);
      if (this.suggestions.size >= 5000) this.suggestions.delete(this.suggestions.keys().next().value!);
      this.suggestions.set(key, found);
    }
    return found;
  }

  private search(word: string, limit: number): string[] {
    const lower = word.toLowerCase();
    if (lower.length > 40) return [];
    this.dictionary.useFilter();
    this.lexicon.useFilter();
    const eponym = MISSPELT_EPONYMS.get(lower);
    const out: string[] = eponym ? [eponym.toLowerCase()] : [];
    // Candidates repeat (two edits can make one word): only those listed are kept, once each.
    const consider = (candidate: string): boolean => {
      if (candidate !== lower && this.listed(candidate) && !out.includes(candidate)) out.push(candidate);
      return out.length >= limit;
    };
    const done = () => out.length >= limit;
    // Accents first: 'hemorragie' is 'hémorragie' far more often than anything else.
    for (const c of accentVariants(lower)) if (consider(c)) break;
    if (!done()) for (const c of oneEdit(lower)) if (consider(c)) break;
    if (!done()) {
      for (let i = 2; i <= lower.length - 2; i++) {
        const a = lower.slice(0, i);
        const b = lower.slice(i);
        if (this.listed(a) && this.listed(b)) out.push(`${a} ${b}`);
        if (done()) break;
      }
    }
    return out.map((s) => (s === eponym?.toLowerCase() ? eponym : matchCase(s, word)));
  }
}

const ACCENTS: Record<string, string> = { a: 'aàâ', e: 'eéèêë', i: 'iîï', o: 'oô', u: 'uùûü', c: 'cç', à: 'aàâ', â: 'aàâ', é: 'eéèêë', è: 'eéèêë', ê: 'eéèêë', ë: 'eéèêë', î: 'iîï', ï: 'iîï', ô: 'oô', ù: 'uùû', û: 'uùû', ü: 'uü', ç: 'cç' };

/** The word with its accents changed (at most 2,000 variants, fewest changes first). */
function accentVariants(word: string): string[] {
  const positions = [...word].map((ch, i) => ({ i, options: ACCENTS[ch] })).filter((p) => p.options);
  const out: string[] = [];
  // One change, then two, then three: most slips are one or two accents.
  for (let changes = 1; changes <= Math.min(3, positions.length) && out.length < 2000; changes++) {
    const pick = (from: number, left: number, chars: string[]): void => {
      if (out.length >= 2000) return;
      if (left === 0) {
        out.push(chars.join(''));
        return;
      }
      for (let p = from; p < positions.length; p++) {
        const { i, options } = positions[p];
        for (const alt of options) {
          if (alt === word[i]) continue;
          const saved = chars[i];
          chars[i] = alt;
          pick(p + 1, left - 1, chars);
          chars[i] = saved;
        }
      }
    };
    pick(0, changes, [...word]);
  }
  return out;
}

const ALPHABET = 'esaitnrulodcpmévqfgbhxjyzkwèêàçâîôûœëïü';

/** Every word one edit away: a transposition, a deletion, a substitution, an insertion. */
function* oneEdit(w: string): Generator<string> {
  for (let i = 0; i < w.length - 1; i++) yield w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  for (let i = 0; i < w.length; i++) yield w.slice(0, i) + w.slice(i + 1);
  for (let i = 0; i < w.length; i++) for (const ch of ALPHABET) if (ch !== w[i]) yield w.slice(0, i) + ch + w.slice(i + 1);
  for (let i = 0; i <= w.length; i++) for (const ch of ALPHABET) yield w.slice(0, i) + ch + w.slice(i);
}

/** A suggestion in the case of the word it replaces ('Hémorragie' for 'Hemoragie'). */
function matchCase(suggestion: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return suggestion.toUpperCase();
  if (original[0] !== original[0].toLowerCase()) return suggestion[0].toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/**
 * Eponyms of diseases as notes misspell them, lower-cased, with the eponym ('maladie de Alzeimer',
 * 'syndrome de Reynaud' for Raynaud): names the spell check would otherwise take as right, and
 * whose first suggestion is the eponym (not 'Renaud'). Source: the eponyms' spelling.
 */
export const MISSPELT_EPONYMS: ReadonlyMap<string, string> = new Map([
  ...['reynaud'].map((w) => [w, 'Raynaud'] as const),
  ...['alzeimer', 'alzheimmer', 'alzhemier'].map((w) => [w, 'Alzheimer'] as const),
  ...['parkinsson', 'parkison'].map((w) => [w, 'Parkinson'] as const),
  ...['hogdkin', 'hodkin'].map((w) => [w, 'Hodgkin'] as const),
  ...['crhon', 'chron'].map((w) => [w, 'Crohn'] as const),
  ...['takayashu'].map((w) => [w, 'Takayasu'] as const),
  ...['villebrand', 'willbrand'].map((w) => [w, 'Willebrand'] as const),
  ...['creutzfeld'].map((w) => [w, 'Creutzfeldt'] as const),
]);

let builtIn: Vocabulary | undefined;
let loadStats: { ms: number; words: number } | undefined;

/** The built-in vocabulary, loaded on first use (tens of ms, a few MB). */
export function vocabulary(): Vocabulary {
  if (!builtIn) {
    const started = performance.now();
    const fr = builtList('fr.json');
    const medical = builtList('medical.json');
    const dictionary = new SortedWords(fr.words, fr.count);
    const lexicon = new SortedWords(medical.words, medical.count);
    const names = new SortedWords(fr.names ?? '', fr.nameCount ?? 0);
    builtIn = new Vocabulary(dictionary, lexicon, [...glossaryWords(), ...drugWords(), ...unitWords()], names);
    loadStats = { ms: performance.now() - started, words: dictionary.size + lexicon.size };
  }
  return builtIn;
}

/**
 * Units written in lower-case letters ('bpm', 'mcg', 'mosm'): words of a table's header ('FC (bpm)').
 * Not those notes should not use ('lbs'), nor one written with a capital ('mmHg': 'mmhg' is a slip).
 */
function unitWords(): string[] {
  return UNIT_ATOMS.filter((atom) => !atom.foreign).flatMap((atom) => atom.forms.filter((form) => /^[a-zµ]{2,}$/.test(form)));
}

/** How long the first load took and how many words it holds (for the benchmark), if loaded. */
export function vocabularyLoadStats(): { ms: number; words: number } | undefined {
  return loadStats;
}

const withUser = new WeakMap<readonly string[], { vocabulary?: Vocabulary; and: WeakMap<readonly string[], Vocabulary> }>();

/**
 * The built-in vocabulary with a workspace's words (its dictionary file, a rule option): one
 * vocabulary, with its caches, per pair of lists, as long as the lists live.
 */
export function vocabularyWith(first: readonly string[] | undefined, second?: readonly string[]): Vocabulary {
  const lists = [first, second].filter((l): l is readonly string[] => !!l?.length);
  if (lists.length === 0) return vocabulary();
  let entry = withUser.get(lists[0]);
  if (!entry) withUser.set(lists[0], (entry = { and: new WeakMap() }));
  if (lists.length === 1) return (entry.vocabulary ??= vocabulary().withWords(lists[0]));
  let v = entry.and.get(lists[1]);
  if (!v) entry.and.set(lists[1], (v = vocabulary().withWords([...lists[0], ...lists[1]])));
  return v;
}
