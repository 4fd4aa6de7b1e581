import { englishTailAfterUnit, englishUnitWord, isEnglishWord } from '../../knowledge/english.js';
import { opensSentence } from '../../note/text.js';
import { applyEdits } from '../../fixes.js';
import { docsPath, replace, type Rule } from '../rule.js';
import { q } from '../format.js';

const ID = 'unit/unknown';

/** After an English unit word, 'on' or 'off' of a regimen ('4 weeks on / 2 weeks off'). */
const ON_OFF_AFTER = /^\s+(?:on|off)(?![\p{L}])/iu;

/** Is the range inside parentheses of English words on its line ('(fever for 5 days)')? */
function inEnglishParentheses(text: string, range: { start: number; end: number }): boolean {
  const open = text.lastIndexOf('(', range.start);
  if (open < 0 || range.start - open > 80 || /[)\n]/.test(text.slice(open, range.start))) return false;
  const close = text.indexOf(')', range.end);
  if (close < 0 || close - range.end > 80 || text.slice(range.end, close).includes('\n')) return false;
  const words = (text.slice(open + 1, range.start) + ' ' + text.slice(range.end, close)).split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.some(isEnglishWord);
}

/** Before the number of '… ago': 'il y a' written already [1], and 'environ' [2], which goes after 'il y a'. */
const AGO_BEFORE = /(il\s+y\s+a\s+)?((?:environ|about|approximately|près\s+de)\s+)?$/i;

/** 'mgr', 'kgs', 'cms', 'mmHgg': a misspelt unit after a number; 'days', 'units': an English word left by a translation. */
export const unknown: Rule = {
  meta: {
    id: ID,
    family: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    title: 'Unité inconnue après un nombre',
    docs: docsPath(ID),
  },
  check(note, report) {
    for (const quantity of note.quantities) {
      for (const unit of quantity.numberUnits) {
        if (!unit || unit.known || !unit.suggestion) continue;
        if (!englishUnitWord(unit.text)) {
          report({
            range: unit.range,
            message: `Unité inconnue ${q(unit.text)} : s'agit-il de ${q(unit.suggestion)} ?`,
            fixes: [replace(`Remplacer par ${q(unit.suggestion)}`, unit.range, unit.suggestion)],
          });
          continue;
        }
        // An English gloss in parentheses is English on purpose ('fièvre depuis 5 jours (fever for 5 days)'), an English quotation or reference too.
        if (inEnglishParentheses(note.text, unit.range) || note.inForeignText(unit.range.start)) continue;
        // The English word after it goes with it: '32 years old' → '32 ans', '3 days later' → '3 jours plus tard', '2 weeks ago' → 'il y a 2 semaines'.
        const after = englishTailAfterUnit(note.text, unit.range.end);
        // Plural after a number from 2: '45 year old' is '45 ans'.
        const n = quantity.numbers[quantity.numbers.length - 1].value;
        const unitFrench = n >= 2 && !/s$/i.test(unit.text) ? englishUnitWord(`${unit.text}s`) ?? unit.suggestion : unit.suggestion;
        const words = { start: unit.range.start, end: after?.end ?? unit.range.end };
        const edits = [{ range: words, newText: unitFrench + (after?.french ?? '') }];
        let range = words;
        // A regimen's 'weeks on / weeks off' stays half English if only the unit is replaced: offered, not applied.
        const offeredOnly = ON_OFF_AFTER.test(note.text.slice(words.end, words.end + 6));
        if (after?.word === 'ago') {
          // 'il y a' before the number, once ('il y a 2 weeks ago'), and 'environ' after it
          // ('environ 2 weeks ago' → 'il y a environ 2 semaines'); a capital where a sentence opens.
          // The number is left as written: the words before it are written before it, apart.
          const [, written, about = ''] = AGO_BEFORE.exec(note.text.slice(Math.max(0, quantity.range.start - 24), quantity.range.start))!;
          const start = quantity.range.start - about.length;
          const aboutFrench = about === '' ? '' : /^(?:about|approximately)/i.test(about) ? 'environ ' : about.toLowerCase();
          let before = `${written ? '' : 'il y a '}${aboutFrench}`;
          if (!written && opensSentence(note.text, start)) before = before[0].toUpperCase() + before.slice(1);
          if (before !== '' || about !== '') edits.unshift({ range: { start, end: quantity.range.start }, newText: before });
          range = { start, end: words.end };
        }
        const french = applyEdits(note.text.slice(range.start, range.end), edits.map((e) => ({ ...e, range: { start: e.range.start - range.start, end: e.range.end - range.start } })));
        const english = note.text.slice(range.start, range.end);
        report({
          range,
          message: after
            ? `${q(english)} : des mots anglais, laissés par une traduction ; en français, ${q(french)}.`
            : `${q(english)} est un mot anglais, laissé par une traduction : en français, ${q(french)}.`,
          fixes: [{ title: `Remplacer par ${q(french)}`, edits, preferred: !offeredOnly }],
        });
      }
    }
  },
};

