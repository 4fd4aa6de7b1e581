import { crosses, paragraphBefore, quotations } from '../../note/text.js';
import { q } from '../format.js';
import { docsPath, replace, type Rule } from '../rule.js';

const ID = 'spelling/repeated-word';

/**
 * Pairs French repeats on purpose: 'nous nous sommes appuyés', 'vous vous', the causative 'faire
 * faire un bilan', 'très très intense', and words that are doubled ('tsé tsé', 'mahi mahi').
 */
const MEANT_TWICE = new Set(['nous', 'vous', 'faire', 'fait', 'fais', 'très', 'tsé', 'mahi', 'bora', 'pili', 'bla', 'tam', 'coin']);
/** The French words of one letter. */
const ONE_LETTER_WORDS = new Set(['a', 'à', 'y']);

/** Blanks with one line break at most. */
const GAP = /^[ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*)?$/;

/** Words of letters only: '2 2', 'T2 T2' (a table, a staging) are not said twice by mistake. */
function lettersOnly(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}

/** Does a sentence open at `at` (past blanks, an opening bracket or quote)? */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t\n\u00a0(«"'.includes(text[i]) && text[i] !== '\n') i--;
  return i < 0 || '.!?:\n'.includes(text[i]);
}

/** Is text[start, end) the word text[firstStart, firstEnd) again, written twice by mistake? */
function repeats(text: string, firstStart: number, firstEnd: number, start: number, end: number): boolean {
  if (firstStart < 0 || end - start !== firstEnd - firstStart) return false;
  const word = text.slice(start, end);
  const written = text.slice(firstStart, firstEnd);
  const lower = word.toLowerCase();
  if (written.toLowerCase() !== lower || MEANT_TWICE.has(lower) || !lettersOnly(word)) return false;
  const gap = text.slice(firstEnd, start);
  if (!GAP.test(gap)) return false;
  // A capital starts a name ('classification de De Bakey') or, on a new line, anew (a heading
  // 'Examen', then 'Examen clinique : …').
  if (word[0] !== lower[0] && (written[0] === written[0].toLowerCase() || gap.includes('\n'))) return false;
  // A species whose name repeats its genus ('à Loa loa', 'Naja naja'): a capital inside a sentence ('Le le patient' opens one).
  if (written[0] !== written[0].toLowerCase() && word[0] === lower[0] && !opensSentence(text, firstStart)) return false;
  // One letter: only the French words 'a', 'à', 'y' written alike ('il a a été'); 'hépatite A
  // a mis', 'mg/m m 2' (a type, a unit torn apart) are something else.
  return word.length > 1 || (written === word && ONE_LETTER_WORDS.has(word));
}

/** A word and its repeats right after it: from the first's start to the last's end. */
interface Run {
  start: number;
  end: number;
  /** The first word's length. */
  firstLength: number;
  /** How many times the word is written. */
  count: number;
}

/**
 * The runs of a repeated word in the text, whose words are `words` (NoteModel.words). A repeat
 * never runs over a blank line: the gap between two words takes one line break at most.
 */
function findRuns(text: string, words: Int32Array): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (let k = 0; k < words.length; k += 2) {
    const firstStart = k > 0 ? words[k - 2] : -1;
    const firstEnd = k > 0 ? words[k - 1] : -1;
    const start = words[k];
    const end = words[k + 1];
    if (!repeats(text, firstStart, firstEnd, start, end)) {
      run = undefined;
    } else if (run && run.end === firstEnd) {
      run.end = end;
      run.count++;
    } else {
      runs.push((run = { start: firstStart, end, firstLength: firstEnd - firstStart, count: 2 }));
    }
  }
  return runs;
}

/**
 * A word written twice in a row ('il a a été', 'rejetée en en arrière', 'le\nle patient'): each
 * word is right, so no spell checker sees it. Across one line break, never across a blank line
 * or punctuation, nor onto a line that starts with a capital; not a name after the same word
 * ('classification de De Bakey'); not 'nous nous', 'vous vous'; of one
 * letter, only 'a', 'à', 'y' ('hépatite A a mis en évidence' is a type and a verb); not in
 * comments, code or front matter.
 */
export const repeatedWord: Rule = {
  meta: {
    id: ID,
    family: 'spelling',
    defaultSeverity: 'info',
    fixable: true,
    title: 'Mot répété',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const run of findRuns(note.text, note.words)) {
      // Words quoted as said keep their repetition ('« non non, je ne me pique plus »', '« piti piti »').
      if (crosses(note.notProse, run) || quotations(paragraphBefore(note.text, run.start)).leftOpen > 0) continue;
      const firstEnd = run.start + run.firstLength;
      const word = note.text.slice(run.start, firstEnd);
      report({
        range: { start: run.start, end: run.end },
        message: run.count === 2 ? `Mot répété : ${q(note.text.slice(run.start, run.end).replace(/\s+/g, ' '))}.` : `Mot répété : ${q(word)}, écrit ${run.count} fois de suite.`,
        fixes: [replace(run.count === 2 ? `Supprimer le second ${q(note.text.slice(run.end - run.firstLength, run.end))}` : `Ne garder qu'un ${q(word)}`, { start: firstEnd, end: run.end }, '')],
      });
    }
  },
};
