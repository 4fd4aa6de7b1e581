/**
 * The user's dictionary, `.clinlint/dictionnaire.txt`: one word per line, '#' starts a comment.
 * Every such file from the note's folder up to the file system's root counts (a team's words at
 * the root of a repository, a service's in a subfolder). The spell check accepts its words; the
 * editor's 'Ajouter au dictionnaire' action appends to it.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from './config.js';
import { filesUp, readCached } from './workspace-files.js';

export const USER_DICTIONARY = join('.clinlint', 'dictionnaire.txt');

export interface UserDictionary {
  words: string[];
  /** What was wrong with a file, in French; its good words are kept all the same. */
  warnings: string[];
}

/** Files read, by path, with the stamp they were read at: a changed file is read again. */
const read = new Map<string, { stamp: string; value: UserDictionary }>();
/** Merged dictionaries by the stamps of their files: an unchanged list keeps its identity (the engine indexes it once). */
const merged = new Map<string, UserDictionary>();

/** The words of every `.clinlint/dictionnaire.txt` from `startDir` up, or undefined when there is none. */
export function findUserDictionary(startDir: string): UserDictionary | undefined {
  const found = filesUp(startDir, USER_DICTIONARY);
  if (found.length === 0) return undefined;
  const dictionaries = found.map((f) => readCached(read, f, readUserDictionary));
  if (found.length === 1) return dictionaries[0];
  const key = found.map((f) => f.stamp).join('|');
  let dictionary = merged.get(key);
  if (!dictionary) {
    dictionary = { words: [...new Set(dictionaries.flatMap((d) => d.words))], warnings: dictionaries.flatMap((d) => d.warnings) };
    merged.set(key, dictionary);
  }
  return dictionary;
}

/** Reads one dictionary file; never throws: what it cannot read becomes a warning. */
export function readUserDictionary(path: string): UserDictionary {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { words: [], warnings: [`${path} : dictionnaire illisible (${(e as NodeJS.ErrnoException).code ?? 'erreur de lecture'}).`] };
  }
  const { text, utf8 } = decode(bytes);
  const parsed = parseUserDictionary(text);
  const warnings = parsed.ignored.length
    ? [`${path} : ${parsed.ignored.length > 1 ? 'lignes' : 'ligne'} ${parsed.ignored.join(', ')} sans mot, ignorée${parsed.ignored.length > 1 ? 's' : ''}.`]
    : [];
  if (!utf8) warnings.unshift(`${path} : fichier non UTF-8, lu en Windows-1252 ; enregistrez-le en UTF-8.`);
  return { words: parsed.words, warnings };
}

/** UTF-8 (a BOM dropped), or, for a file saved in a legacy encoding, Windows-1252: no word is lost either way. */
function decode(bytes: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

/**
 * The words of a dictionary's text: one a line (several on a line separated by spaces are each
 * kept), '#' comments and blank lines skipped; the numbers (1-based) of lines with text but no word.
 */
export function parseUserDictionary(text: string): { words: string[]; ignored: number[] } {
  const words: string[] = [];
  const ignored: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const content = line.replace(/#.*/, '').trim();
    if (!content) return;
    const kept = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (kept.length === 0) ignored.push(i + 1);
    words.push(...kept.map((w) => w.replace(/’/g, "'")));
  });
  return { words, ignored };
}

/**
 * Appends `word` to `<folder>/.clinlint/dictionnaire.txt` (creating it), unless the file already
 * has it; returns the file's path. A file in another encoding than UTF-8 is left alone.
 */
export function addToUserDictionary(folder: string, word: string): string {
  const path = join(folder, USER_DICTIONARY);
  if (!/\p{L}/u.test(word) || /[\s#]/.test(word)) throw new ConfigError(`« ${word} » : pas un mot à ajouter au dictionnaire.`);
  let existing = '';
  try {
    const bytes = readFileSync(path);
    const decoded = decode(bytes);
    if (!decoded.utf8) throw new ConfigError(`${path} : fichier non UTF-8 ; enregistrez-le en UTF-8 avant d'y ajouter des mots.`);
    existing = decoded.text;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`${path} : dictionnaire illisible (${(e as NodeJS.ErrnoException).code ?? 'erreur de lecture'}).`);
  }
  if (parseUserDictionary(existing).words.includes(word)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const header = existing === '' ? '# Mots acceptés par la vérification orthographique de clinlint, un par ligne.\n' : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  appendFileSync(path, `${header}${separator}${word}\n`, 'utf8');
  return path;
}
