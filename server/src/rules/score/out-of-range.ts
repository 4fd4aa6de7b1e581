import { SCORES, type Score } from '../../knowledge/scores.js';
import { anchored } from '../../note/text.js';
import { q } from '../format.js';
import { docsPath, type Rule } from '../rule.js';

const ID = 'score/out-of-range';

const SCORE_BY_CUE = new Map(SCORES.flatMap((score) => score.cues.map((cue) => [cue, score] as const)));
const CUES = [...SCORE_BY_CUE.keys()].sort((a, b) => b.length - a.length);
const LETTER = 'a-zà-öø-ÿœæ';
/** Between the name and its value: spaces, ':', '=', and the words that link them ('à', 'est', 'coté', 'classe'). */
const LINK = `(?:[\\s:=]|(?:de|d['’]|à|a|au|du|est|était|cotée?|évaluée?|chiffrée?|stade|classe|grade|score|groupe|indice|initiale?|pédiatrique|modifiée?|totale?|l['’]admission|admission|l['’]arrivée|arrivée|l['’]entrée|entrée)(?=[\\s:=]))*`;
const VALUE = `(\\d{1,3}(?:[.,]\\d+)?|[ivx]{1,4}(?![${LETTER}\\d]))`;
/** After the value: a unit or a length says it is no score ('ASA 100 mg': aspirin; 'ECOG 2 ans plus tard'). */
const NOT_UNIT = `(?!\\s*(?:mg|g|µg|mcg|ml|l|mmol|µmol|ui|mmhg|cm|mm|kg|ans?|mois|semaines?|jours?|j|h|heures?|min|minutes?|sa)(?![${LETTER}]))`;
/** A score's name, its value, and (in one group) up to two more after slashes or dashes ('14/15', 'Apgar 8/9/10', 'Apgar 7-9-10'). */
const SCORE_VALUE = anchored(
  CUES,
  `(${CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![${LETTER}\\d-])${LINK}${VALUE}((?:\\s*[/-]\\s*(\\d{1,3}(?:[.,]\\d+)?))?(?:\\s*[/-]\\s*(\\d{1,3}))?)(?![\\d/]|[.,]\\d)${NOT_UNIT}`,
  0,
);

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
    for (const m of note.anchoredPatternMatches(SCORE_VALUE)) {
      const score = SCORE_BY_CUE.get(m[1])!;
      const parts = [m[2], m[4], m[5]];
      const value = valueOf(score, m[2]);
      if (value === undefined) continue;
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
      const bound = (n: number) => (roman ? ROMAN_OF[n] : String(n));
      const scale = `${score.label} va de ${bound(score.min)} à ${bound(score.max)}`;
      const written = (k: number) => note.text.slice(at(k).start, at(k).end);
      if (score.series) {
        const k = parts.findIndex((p) => p !== undefined && outside(Number(p.replace(',', '.'))));
        if (k >= 0) report({ range: at(k), message: `${q(written(k))} : ${scale} ; valeur impossible.` });
        continue;
      }
      // A third number: a date ('score 12/03/2020'), not a score.
      if (parts[2] !== undefined) continue;
      if (outside(value)) {
        report({ range: at(0), message: `${q(written(0))} : ${scale} ; valeur impossible.` });
        continue;
      }
      const over = parts[1] === undefined ? undefined : Number(parts[1].replace(',', '.'));
      if (over !== undefined && value > over) {
        const range = { start: at(0).start, end: at(1).end };
        report({ range, message: `${q(note.text.slice(range.start, range.end))} : la valeur dépasse le maximum de l'échelle, écrit après elle.` });
      }
    }
  },
};

function valueOf(score: Score, written: string): number | undefined {
  if (/^\d/.test(written)) return Number(written.replace(',', '.'));
  return score.roman ? ROMAN[written] : undefined;
}
