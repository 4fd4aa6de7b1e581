import type { Range } from '../../findings.js';
import { GLASGOW_PARTS, SCORES, type Score } from '../../knowledge/scores.js';
import { anchored, isDigit } from '../../note/text.js';
import { DOTTED_DAY_MONTH } from '../../note/dates.js';
import { frenchNumber, q } from '../format.js';
import type { NoteModel } from '../../note/model.js';
import { docsPath, type Report, type Rule } from '../rule.js';

const ID = 'score/out-of-range';

const SCORE_BY_CUE = new Map(SCORES.flatMap((score) => score.cues.map((cue) => [cue, score] as const)));
const CUES = [...SCORE_BY_CUE.keys()].sort((a, b) => b.length - a.length);
const LETTER = 'a-zà-öø-ÿœæ';
/**
 * Between the name and its value: spaces, ':', '=', the words that link them ('à', 'est', 'coté',
 * 'classe', 'maximale'), and when it was scored: a day, an hour, a minute of life ('Glasgow le
 * 16/03/2024 à 8 h : 14/15', 'Glasgow (16.03) : 17/15', 'Apgar à 1 min : 12').
 */
const DAY = String.raw`\d{1,2}[/.]\d{1,2}`;
/** A day written as no score is ('16.03.2024', '(16/03)', 'le 16/03'), not '15/15'. */
const WHEN = String.raw`(?:\(${DAY}(?:[/.]\d{2,4})?\)|${DAY}[/.]\d{2,4}|le\s+${DAY}(?:[/.]\d{2,4})?|\d{1,2}\s?h(?:\d{2})?|\d{1,2}\s?min(?:utes?)?)(?=[\s:=])`;
const LINK = `(?:[\\s:=]|${WHEN}|(?:de|d['’]|à|a|au|du|est|maximale?|max|minimale?|moyenne|était|cotée?|évaluée?|chiffrée?|stade|classe|grade|score|groupe|indice|niveau|subjectif|subjective|anxiété|dépression|initiale?|pédiatrique|modifiée?|totale?|complète|complet|partielle?|l['’]admission|admission|l['’]arrivée|arrivée|l['’]entrée|entrée)(?=[\\s:=]))*`;
const VALUE = `(\\d{1,3}(?:[.,]\\d+)?|[ivx]{1,4}(?![${LETTER}\\d]))`;
/** After the value: a unit or a length says it is no score ('ASA 100 mg': aspirin; 'ECOG 2 ans plus tard'). */
const NOT_UNIT = `(?!\\s*(?:mg|g|µg|mcg|ml|l|mmol|µmol|ui|mmhg|cm|mm|kg|ans?|mois|semaines?|jours?|j|h|heures?|min|minutes?|sa)(?![${LETTER}]))`;
/** A score's name, its value, and (in one group) up to two more after slashes or dashes ('14/15', 'Apgar 8/9/10', 'Apgar 7-9-10'). */
const SCORE_VALUE = new RegExp(
  `(${CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![${LETTER}\\d-])${LINK}${VALUE}((?:\\s*[/-]\\s*(\\d{1,3}(?:[.,]\\d+)?|[ivx]{1,4}(?![${LETTER}\\d])))?(?:\\s*[/-]\\s*(\\d{1,3}))?)(?![\\d/]|[.,:h]\\d)${NOT_UNIT}`,
  'y',
);
/**
 * Where a score's name may start: the note's words with a capital ('Glasgow', 'NIHSS', 'Child-Pugh',
 * found once for all rules), and the eponyms notes also write in lower case ('score de glasgow',
 * 'score d'apgar'). Searching the names' letters through the whole note cost 3 ms a pass over the
 * corpus; hashing every word, as much.
 */
const FIRST_WORDS = [...new Set(CUES.map((c) => c.split(' ')[0]))];
/** As notes write them: in capitals, capitalised, and the mixed forms of a few ('MoCA', 'mRS', 'CHA2DS2-VASc'): looked up as written. */
/** Names found only as written in capitals ('FRENCH', not a catheter's 'French 6'). */
const CAPITALS_ONLY = new Set(['french', 'aspects']);
const WRITTEN_FIRST_WORDS = new Set([
  ...FIRST_WORDS.flatMap((w) => (CAPITALS_ONLY.has(w) ? [w.toUpperCase()] : [w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/(^|-)(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase())])),
  'MoCA', 'mRS', 'CHA2DS2-VASc', 'CHA2DS2VASc', 'qSOFA', 'Hunt-Hess', 'Mini-GDS', 'mTICI', 'eTICI', 'RegiSCAR', 'DAS28-CRP', 'DAS28-VS', 'DAS28-ESR', 'ASPECTS-DWI', 'DWI-ASPECTS', 'PC-ASPECTS', 'R-IPI',
]);
/** 'score de glasgow', 'score d'apgar': found with the other literal anchors, in one scan of the note. */
const LOWER_CASE_NAMES = anchored(['glasgow', 'apgar'], '(?:glasgow|apgar)', 0);

function scoreMatches(note: NoteModel): RegExpExecArray[] {
  const { text, lowerText: lower } = note;
  const starts: number[] = [];
  for (const w of note.wordsWithCapital) if (WRITTEN_FIRST_WORDS.has(w.text)) starts.push(w.range.start);
  // Written in lower case (capitalised ones are among the words above).
  for (const m of note.anchoredPatternMatches(LOWER_CASE_NAMES)) if (text[m.index] === m[0][0]) starts.push(m.index);
  const out: RegExpExecArray[] = [];
  for (const start of starts.sort((a, b) => a - b)) {
    SCORE_VALUE.lastIndex = start;
    const m = SCORE_VALUE.exec(lower);
    if (m) out.push(m);
  }
  return out;
}

/**
 * TNM stages (UICC, 8th edition: T0 to T4, N0 to N3, M0 or M1), on the lower-cased text: a T with
 * its N ('T5N0M0'), or a prefixed part alone ('pT5', 'ypN4'); the nodes involved over those
 * examined after the N ('pN1b (21/19)'). Not a T alone ('T5', a vertebra; 'T2', an MRI sequence).
 */
const PREFIX = '((?:y|r)?[pc]?)';
const NODES = String.raw`(?:\s*\(\s?(\d+)\s?(?:n\+\s?)?\/\s?(\d+)\s?(?:n\s?)?\))?`;
const TNM = new RegExp(
  String.raw`${PREFIX}t(\d+|is|x)[a-e]?\d?(?:\(m\))?(?:\s*${PREFIX}n(\d+|x)[a-c]?(?:mi)?${NODES})?(?:\s*${PREFIX}m(\d+|x)[a-d]?)?(?![a-zà-öø-ÿ\d])`,
  'y',
);
const N_ALONE = new RegExp(String.raw`((?:y|r)?[pc])n(\d+|x)[a-c]?(?:mi)?${NODES}(?![a-zà-öø-ÿ\d])`, 'y');

/**
 * Is the word at `start` written as a TNM part: a capital T or N (after 'p', 'c', 'y', 'r', 'yp')
 * then a digit, 'is' or 'x'? Read on the text as written (a regex for 't' and a digit over the
 * whole note cost 2 ms a pass over the corpus).
 */
function tnmWordAt(text: string, start: number): 'T' | 'N' | undefined {
  let i = start;
  if (text[i] === 'y' || text[i] === 'r') i++;
  if (text[i] === 'p' || text[i] === 'c') i++;
  const letter = text[i];
  if (i - start > 2 || (letter !== 'T' && letter !== 'N')) return undefined;
  const next = text[i + 1];
  return isDigit(next) || next === 'x' || (letter === 'T' && next === 'i' && text[i + 2] === 's') ? letter : undefined;
}
const TNM_MAX = { t: 4, n: 3, m: 1 };

const ROMAN_OF = ['0', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const ROMAN: Record<string, number> = Object.fromEntries(ROMAN_OF.slice(1).map((r, i) => [r.toLowerCase(), i + 1]));

/** 'Glasgow 18/15', 'NYHA V', 'Apgar 11/10/10': a score outside the values its scale can take. */
export const outOfRange: Rule = {
  meta: {
    id: ID,
    family: 'score',
    defaultSeverity: 'warning',
    fixable: false,
    title: 'Score hors de son échelle',
    docs: docsPath(ID),
  },
  check(note, report) {
    checkTnm(note, report);
    checkGlasgowParts(note, report);
    const matches = scoreMatches(note);
    checkAnyScore(note, matches, report);
    // A value reported once, whichever of a scale's names found it ('Tri FRENCH 0': 'tri french' and 'french').
    const reported = new Set<number>();
    const once = (r: Report) => {
      if (reported.has(r.range.start)) return;
      reported.add(r.range.start);
      report(r);
    };
    for (const m of matches) {
      const score = SCORE_BY_CUE.get(m[1])!;
      const parts = [m[2], m[4], m[5]];
      const value = valueOf(score, m[2]);
      // 'ASA 75', 'ASA 100': aspirin written without its unit, as some notes do.
      if (value === undefined || (score.cues.includes('asa') && value >= 10) || score.otherSense?.includes(value)) continue;
      // Where each part is: the value ends where the numbers after it begin.
      const rest = m[3];
      const valueEnd = m.index + m[0].length - rest.length;
      const ranges = [{ start: valueEnd - m[2].length, end: valueEnd }];
      for (let k = 1, from = 0; k < parts.length && parts[k] !== undefined; k++) {
        const start = rest.indexOf(parts[k]!, from);
        from = start + parts[k]!.length;
        ranges.push({ start: valueEnd + start, end: valueEnd + from });
      }
      const at = (k: number) => ranges[k];
      const outside = (v: number) => v < score.min || v > score.max;
      const roman = !/^\d/.test(m[2]);
      const bound = (n: number) => (roman ? ROMAN_OF[n] : frenchNumber(n).replace('-', '−'));
      const scale = `${score.label} va de ${bound(score.min)} à ${bound(score.max)}`;
      const written = (k: number) => note.text.slice(at(k).start, at(k).end);
      if (score.series) {
        const k = parts.findIndex((p) => p !== undefined && outside(Number(p.replace(',', '.'))));
        if (k >= 0) report({ range: at(k), message: `${q(written(k))} : ${scale} ; valeur impossible.` });
        continue;
      }
      // A range of classes ('NYHA III-IV', 'ASA II/III'): each end on the scale.
      if (roman && parts[1] !== undefined) {
        if (!/^[ivx]/.test(parts[1])) continue;
        for (const k of [0, 1]) {
          const v = valueOf(score, parts[k]!);
          if (v !== undefined && outside(v)) once({ range: at(k), message: `${q(written(k))} : ${scale} ; valeur impossible.` });
        }
        continue;
      }
      // A third number: a date ('score 12/03/2020'), not a score.
      if (parts[2] !== undefined) continue;
      /** The value at `range`, out of the scale or above the maximum written after it (at `maxRange`). */
      const judge = (v: number, range: Range, maxRange?: Range) => {
        if (v < score.min || v > score.max) {
          once({ range, message: `${q(note.text.slice(range.start, range.end))} : ${scale} ; valeur impossible.` });
          return;
        }
        const max = maxRange && Number(note.text.slice(maxRange.start, maxRange.end).replace(',', '.'));
        if (max !== undefined && v > max) {
          const whole = { start: range.start, end: maxRange!.end };
          once({ range: whole, message: aboveMaximum(note.text.slice(whole.start, whole.end)) });
        }
      };
      // A day and month, the value after it ('Glasgow 16/03 : 14/15', 'Glasgow 16.03 : 14/15'): that value is judged.
      const after = m.index + m[0].length;
      const following = note.lowerText.slice(after, after + 16);
      const dotted = parts[1] === undefined ? DOTTED_DAY_MONTH.exec(m[2]) : null;
      if (
        (parts[1] !== undefined && dayThenValue(m[2], parts[1], m[0], following)) ||
        (dotted && dayThenValue(dotted[1], dotted[2], m[0], following) && VALUE_AFTER_DATE.test(following))
      ) {
        const v = VALUE_AFTER_DATE.exec(note.lowerText.slice(after, after + 24));
        if (!v || roman) continue;
        // [1] what leads to the value, [2] the value, [3] the slash, [4] the maximum.
        const valueRange = { start: after + v[1].length, end: after + v[1].length + v[2].length };
        const maxRange = v[4] === undefined ? undefined : { start: valueRange.end + v[3].length, end: valueRange.end + v[3].length + v[4].length };
        judge(Number(v[2].replace(',', '.')), valueRange, maxRange);
        continue;
      }
      judge(value, at(0), parts[1] === undefined ? undefined : at(1));
      // More values of the scale in the clause, over the same maximum ('EVA 3/10 au repos, 15/10 à la mobilisation').
      if (parts[1] === undefined) continue;
      const clause = note.text.slice(after, after + 80);
      const stop = clause.search(/[.;\n]/);
      AGAIN_OVER.lastIndex = 0;
      for (let n = AGAIN_OVER.exec(clause); n && (stop < 0 || n.index < stop); n = AGAIN_OVER.exec(clause)) {
        if (n[3] !== parts[1]) continue;
        const start = after + n.index + n[1].length;
        judge(Number(n[2]), { start, end: start + n[2].length }, { start: start + n[0].length - n[1].length - n[3].length, end: start + n[0].length - n[1].length });
      }
    }
  },
};

/** After a score's value, another over a maximum: [1] what leads to it (a comma, 'et', 'puis'), [2] the value, [3] the maximum. */
const AGAIN_OVER = /((?:,|\bet|\bpuis)\s+)(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/]|[.,]\d)/g;

/** 'E3V4M5', or 'Y3V4M5' (the eyes, 'yeux', of French pediatric notes): each part of the Glasgow coma scale within its own range ('E5' is no eye opening). */
const GLASGOW_WORD = /^([EY])(\d)V(\d|T)M(\d)$/;
/** After 'E3' or 'Y3' written apart: the other parts (' V4 M5', ', V4, M5'); [1] verbal, [2] motor. */
const GLASGOW_PARTS_AFTER = /^[ ,]{1,2}V(\d|T)[ ,]{1,2}M(\d)(?!\d)/;

function checkGlasgowParts(note: NoteModel, report: (r: Report) => void): void {
  for (const w of note.wordsWithCapital) {
    let parts: { written: string; value: number; start: number }[] | undefined;
    const joined = w.text.length === 6 ? GLASGOW_WORD.exec(w.text) : null;
    if (joined) parts = [1, 2, 3].map((k) => ({ written: k === 1 ? joined[1] : 'VM'[k - 2], value: Number(joined[k + 1]), start: w.range.start + 2 * (k - 1) }));
    else if (w.text.length === 2 && (w.text[0] === 'E' || w.text[0] === 'Y') && isDigit(w.text[1])) {
      const apart = GLASGOW_PARTS_AFTER.exec(note.text.slice(w.range.end, w.range.end + 12));
      if (apart) {
        const v = w.range.end + apart[0].indexOf('V');
        const m = w.range.end + apart[0].lastIndexOf('M');
        parts = [
          { written: w.text[0], value: Number(w.text[1]), start: w.range.start },
          { written: 'V', value: Number(apart[1]), start: v },
          { written: 'M', value: Number(apart[2]), start: m },
        ];
      }
    }
    for (const [k, { written, value, start }] of (parts ?? []).entries()) {
      const { label, max } = GLASGOW_PARTS[(['E', 'V', 'M'] as const)[k]];
      if (Number.isNaN(value) || (value >= 1 && value <= max)) continue;
      report({ range: { start, end: start + 2 }, message: `${q(note.text.slice(start, start + 2))} : dans le score de Glasgow, ${label} va de ${written}1 à ${written}${max} ; valeur impossible.` });
    }
  }
}

/** TNM parts beyond their classification, and more nodes involved than examined. */
function checkTnm(note: NoteModel, report: (r: Report) => void): void {
  const seen = new Set<number>();
  const part = (m: RegExpExecArray, letter: 't' | 'n' | 'm', value: string | undefined, prefix: string | undefined) => {
    if (value === undefined || !/^\d+$/.test(value) || Number(value) <= TNM_MAX[letter]) return;
    const at = m.index + m[0].indexOf(`${prefix ?? ''}${letter}${value}`);
    if (seen.has(at)) return;
    seen.add(at);
    const range = { start: at, end: at + (prefix ?? '').length + 1 + value.length };
    report({ range, message: `${q(note.text.slice(range.start, range.end))} : la classification TNM va de ${letter.toUpperCase()}0 à ${letter.toUpperCase()}${TNM_MAX[letter]} ; valeur impossible.` });
  };
  const nodes = (m: RegExpExecArray, involved: string | undefined, examined: string | undefined) => {
    if (involved === undefined || Number(involved) <= Number(examined)) return;
    const open = m.index + m[0].lastIndexOf('(');
    if (seen.has(open)) return;
    seen.add(open);
    const range = { start: open + 1, end: m.index + m[0].lastIndexOf(')') };
    report({ range, message: `${q(note.text.slice(range.start, range.end))} : plus de ganglions envahis que de ganglions examinés.` });
  };
  const { text, lowerText: lower } = note;
  let past = 0;
  // TNM parts are written with a capital: among the note's words with one.
  for (const { range } of note.wordsWithCapital) {
    const start = range.start;
    const letter = start >= past ? tnmWordAt(text, start) : undefined;
    if (!letter) continue;
    const pattern = letter === 'T' ? TNM : N_ALONE;
    pattern.lastIndex = start;
    const m = pattern.exec(lower);
    if (!m) continue;
    past = start + m[0].length;
    if (letter === 'N') {
      part(m, 'n', m[2], m[1]);
      nodes(m, m[3], m[4]);
      continue;
    }
    const [, tPrefix, t, nPrefix, n, involved, examined, mPrefix, metastasis] = m;
    // A T alone and unprefixed is no stage.
    if (n === undefined && tPrefix === '') continue;
    part(m, 't', t, tPrefix);
    part(m, 'n', n, nPrefix);
    part(m, 'm', metastasis, mPrefix);
    nodes(m, involved, examined);
  }
}

/** The message on a value above the maximum written after it ('12/10'). */
const aboveMaximum = (written: string) => `${q(written)} : la valeur dépasse le maximum de l'échelle indiqué après elle.`;

/** After 'score' and a few words, a value over a maximum ('score de Wexner : 22/20'). */
const OVER = /(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/]|[.,]\d)/;

/**
 * Any score, known or not, written with its maximum: the value cannot exceed it ('Score de Mayo
 * complet : 14/12', 'score de Wexner 22/20'). Read in the 40 characters after 'score', within the
 * clause; the known scales' own matches are judged by their scale.
 */
/** 'score' and the rest of its clause (40 characters at most), found with the other literal anchors. */
const SCORE_WORD = anchored(['score'], `score(?![${LETTER}])[^.;\\n(]{0,40}`, 0);

function checkAnyScore(note: NoteModel, known: RegExpExecArray[], report: (r: Report) => void): void {
  const { text } = note;
  for (const s of note.anchoredPatternMatches(SCORE_WORD)) {
    const at = s.index;
    const clause = s[0].slice(5);
    const m = OVER.exec(clause);
    if (!m || Number(m[1]) <= Number(m[2]) || /\d/.test(clause.slice(0, m.index))) continue;
    if (dayThenValue(m[1], m[2], clause.slice(0, m.index + m[0].length), clause.slice(m.index + m[0].length))) continue;
    const start = at + 5 + m.index;
    if (known.some((k) => k.index >= at && k.index < start)) continue;
    const range = { start, end: start + m[0].length };
    report({ range, message: aboveMaximum(text.slice(range.start, range.end)) });
  }
}

/** After a day and month, the score's value ('NIHSS 30/11 : 6', 'Glasgow 25/12 à 13'; not 'EVA 12/10 à 8 h'). */
const VALUE_AFTER_DATE = /^((?:(?:\s+à\s+\d{1,2}\s?h(?:\s?\d{2})?)?\s*(?::|=|à)\s*|\s*[,-]\s*(?=\d{1,3}\s*\/)|\s+(?=\d{1,3}\s*\/)))(\d{1,3}(?:[.,]\d+)?)(?:(\s*\/\s*)(\d{1,3}))?(?!\d|\s*h(?![a-zà-öø-ÿœæ])|\s*(?:heures?|min|reprises?|fois|mois|semaines?|jours?|ans?)(?![a-zà-öø-ÿœæ]))/;
/** Before a day and month: 'du', 'le', 'au' ('Glasgow du 16/03 : 14'). */
const DATE_BEFORE = /(?<![a-zà-öø-ÿœæ])(?:du|le|au)\s+\d{1,2}\s*\/\s*\d{1,2}$/;

/**
 * Is 'a/b' written after a score's name a day and month: a month with its zero, the value told
 * after it, or the date introduced as one? `matched`: the lower-cased text up to 'a/b' included; `after`: what follows.
 */
function dayThenValue(a: string, b: string, matched: string, after: string): boolean {
  const day = Number(a);
  const month = Number(b);
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 31 || month < 1 || month > 12) return false;
  // A month written with its zero ('16/03'): no scale's maximum is.
  return b.startsWith('0') || VALUE_AFTER_DATE.test(after) || DATE_BEFORE.test(matched.trimEnd());
}

function valueOf(score: Score, written: string): number | undefined {
  if (/^\d/.test(written)) return Number(written.replace(',', '.'));
  return score.roman ? ROMAN[written] : undefined;
}
