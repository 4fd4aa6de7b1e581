/**
 * The glossary: terms and abbreviations of French case notes with their meaning, from the data
 * files in glossary/ (schemas/glossary.schema.json; definitions written for clinlint), merged
 * with a workspace's own glossary (.clinlint/glossaire.json, read by the edges and passed in).
 */
import examens from './glossary/abreviations-examens.json' with { type: 'json' };
import cliniques from './glossary/abreviations-cliniques.json' with { type: 'json' };
import maladies from './glossary/maladies-signes.json' with { type: 'json' };
import anatomie from './glossary/anatomie-actes.json' with { type: 'json' };
import { fold, foldSameLength } from '../note/text.js';
import { frenchFor } from './english.js';

export type Category = 'anatomie' | 'maladie' | 'signe' | 'examen' | 'biologie' | 'acte' | 'traitement' | 'score' | 'organisation';

export interface Sense {
  expansion?: string;
  definition: string;
  english?: string;
  /** Words of the note that make this sense likelier (ambiguous abbreviations). */
  cues?: string[];
}

export interface GlossaryEntry {
  term: string;
  variants?: string[];
  synonyms?: string[];
  category: Category;
  /** One, or several for an ambiguous abbreviation, the commonest first. */
  senses: Sense[];
}

export interface GlossaryFile {
  source?: string;
  entries: GlossaryEntry[];
}

/** The built-in data files, by name (for tests and error messages). */
export const GLOSSARY_FILES: Record<string, GlossaryFile> = {
  'abreviations-examens.json': examens as GlossaryFile,
  'abreviations-cliniques.json': cliniques as GlossaryFile,
  'maladies-signes.json': maladies as GlossaryFile,
  'anatomie-actes.json': anatomie as GlossaryFile,
};

/** Every written form of an entry: its term, variants and synonyms. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.variants ?? []), ...(entry.synonyms ?? [])];
}

/**
 * An abbreviation ('IR', 'TEP-TDM', 'HbA1c', 'CA 125') is matched as written, capitals included,
 * so 'IR' is not 'ir'; a term of words is matched without case or accents. A form is an
 * abbreviation when no run of three lower-case letters is in it.
 */
export function isAbbreviation(form: string): boolean {
  return /[A-Z0-9]/.test(form) && !/\p{Ll}{3}/u.test(form);
}

/** The key a form is looked up by: as written (single spaces) for abbreviations, folded for words. */
export function keyOf(form: string): string {
  const spaced = form.replace(/\s+/g, ' ').trim();
  return isAbbreviation(spaced) ? spaced : fold(spaced);
}

/** One word: letters and digits, hyphens inside ('TEP-TDM'). */
const ONE_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** A glossary ready for lookups: entries by key, and the longest key. */
export class Glossary {
  readonly byKey = new Map<string, GlossaryEntry>();
  readonly entries: GlossaryEntry[] = [];
  /** Longest key, in characters: how far a match is looked for. */
  maxLength = 0;

  /** Later entries (a workspace's glossary) take over the keys of earlier ones. */
  constructor(...lists: GlossaryEntry[][]) {
    for (const list of lists) for (const entry of list) this.add(entry);
  }

  private add(entry: GlossaryEntry): void {
    this.entries.push(entry);
    for (const form of formsOf(entry)) {
      const key = keyOf(form);
      this.byKey.set(key, entry);
      this.maxLength = Math.max(this.maxLength, key.length);
    }
  }

  private ambiguousList?: GlossaryEntry[];
  private ambiguousFormMap?: Map<string, GlossaryEntry>;
  private englishMap?: Map<string, GlossaryEntry>;
  private englishIndex?: Map<string, GlossaryEntry[]>;

  /** Abbreviations with several senses ('IR'). */
  get ambiguous(): GlossaryEntry[] {
    this.ambiguousList ??= this.entries.filter((e) => e.senses.length > 1 && isAbbreviation(e.term));
    return this.ambiguousList;
  }

  /** The written forms of those abbreviations, one word each ('IR', 'TEP-TDM'), with their entry. */
  get ambiguousForms(): Map<string, GlossaryEntry> {
    this.ambiguousFormMap ??= new Map(
      this.ambiguous.flatMap((entry) => formsOf(entry).filter((f) => ONE_WORD.test(f) && isAbbreviation(f) && this.lookup(f) === entry).map((f) => [f, entry] as const)),
    );
    return this.ambiguousFormMap;
  }

  /** The abbreviations translating each English acronym (a sense's English form): 'CT' → [TDM, CT]. */
  private get translations(): Map<string, GlossaryEntry[]> {
    if (!this.englishIndex) {
      const index = new Map<string, GlossaryEntry[]>();
      for (const entry of this.entries) {
        if (!isAbbreviation(entry.term)) continue;
        for (const sense of entry.senses) {
          const english = sense.english?.trim();
          if (!english || !/^[A-Z][A-Z0-9-]{1,9}$/.test(english)) continue;
          const list = index.get(english) ?? [];
          if (!list.includes(entry)) list.push(entry);
          index.set(english, list);
        }
      }
      this.englishIndex = index;
    }
    return this.englishIndex;
  }

  /**
   * English acronyms French notes replace by their own ('CPAP' → the entry of 'PPC', 'PET' → 'TEP'):
   * a sense's English form when it is an acronym of three letters or more (two-letter ones, 'CT',
   * 'HU', 'PR', are other French abbreviations too often: see frenchFor), names one entry only, and
   * is neither that entry's own term ('ECG') nor a form of another entry in any case (French uses it too). A
   * variant of the entry it translates ('PET' listed with 'TEP', for its hover) is still English.
   */
  get english(): Map<string, GlossaryEntry> {
    if (!this.englishMap) {
      // In any case: 'ACL' is the English knee ligament, and also 'aCL', anticardiolipin antibodies, written in capitals.
      const otherForms = new Map<string, GlossaryEntry>();
      for (const [key, entry] of this.byKey) if (isAbbreviation(key)) otherForms.set(key.toUpperCase(), entry);
      this.englishMap = new Map(
        [...this.translations]
          .filter(([english, list]) => english.length >= 3 && list.length === 1 && list[0].term !== english && (otherForms.get(english.toUpperCase()) ?? list[0]) === list[0])
          .map(([english, [entry]]) => [english, entry]),
      );
    }
    return this.englishMap;
  }

  /**
   * The French abbreviation for an English acronym that is also a French one ('CT' → 'TDM', when
   * the note means the scanner): the one entry other than the acronym's own that translates it.
   */
  frenchFor(english: string): GlossaryEntry | undefined {
    const others = (this.translations.get(english) ?? []).filter((e) => e.term !== english);
    return others.length === 1 ? others[0] : undefined;
  }

  /** The entry of a written form: an abbreviation as written, else the words folded ('Dyspnée', 'DYSPNÉE'). */
  lookup(written: string): GlossaryEntry | undefined {
    const spaced = written.replace(/\s+/g, ' ').trim();
    return this.byKey.get(spaced) ?? this.byKey.get(fold(spaced));
  }
}

let builtIn: Glossary | undefined;

/** The built-in glossary (indexed on first use). */
export function builtInGlossary(): Glossary {
  builtIn ??= new Glossary(...Object.values(GLOSSARY_FILES).map((f) => f.entries));
  return builtIn;
}

const withUser = new WeakMap<GlossaryEntry[], Glossary>();

/** The built-in glossary with a workspace's entries over it (one index per list of entries). */
export function glossaryWith(user: GlossaryEntry[] | undefined): Glossary {
  if (!user?.length) return builtInGlossary();
  let glossary = withUser.get(user);
  if (!glossary) {
    glossary = new Glossary(...Object.values(GLOSSARY_FILES).map((f) => f.entries), user);
    withUser.set(user, glossary);
  }
  return glossary;
}

/**
 * The senses of an entry, likelier first given the words of the note: each sense scores the
 * number of its cues found in `folded` (the note's text through foldSameLength); ties keep the
 * data's order (commonest first).
 */
export function rankSenses(entry: GlossaryEntry, folded: string): { sense: Sense; score: number }[] {
  return entry.senses
    .map((sense, i) => ({ sense, i, score: (sense.cues ?? []).filter((cue) => hasFoldedWord(folded, foldSameLength(cue.toLowerCase()))).length }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ sense, score }) => ({ sense, score }));
}

/** Is `word` in `folded` as a whole word (or the start of one: 'dialys' in 'dialysé')? */
function hasFoldedWord(folded: string, word: string): boolean {
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1])) return true;
  }
  return false;
}

/**
 * Every word of the built-in glossary's forms and expansions, lower-cased (for the spell check);
 * not the English words of English expansions ('Kidney Disease: Improving Global Outcomes'),
 * which a French sentence translates ('kidney' → 'rein').
 */
export function glossaryWords(): Set<string> {
  const words = new Set<string>();
  for (const entry of builtInGlossary().entries) {
    for (const text of [...formsOf(entry), ...entry.senses.map((s) => s.expansion ?? '')]) {
      for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w && !frenchFor(w)) words.add(w);
    }
  }
  return words;
}
