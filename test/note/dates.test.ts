/** The absolute-date model, case by case: written → ISO value and precision (or nothing). */
import { strict as assert } from 'node:assert';
import { findDates } from '../../server/src/note/dates.js';

const CASES: [string, string[]][] = [
  ['le 12/03/2010', ['12/03/2010 → 2010-03-12 day']],
  ['le 12-03-2010', ['12-03-2010 → 2010-03-12 day']],
  ['le 12.03.10', ['12.03.10 → 2010-03-12 day']],
  ['le 2/3/98', ['2/3/98 → 1998-03-02 day']],
  ['le 2010-03-12', ['2010-03-12 → 2010-03-12 day']],
  ['en 03/2010', ['03/2010 → 2010-03 month']],
  ['le 3 mars 2010', ['3 mars 2010 → 2010-03-03 day']],
  ['le 1er mars 2011', ['1er mars 2011 → 2011-03-01 day']],
  ['en mars 2010', ['mars 2010 → 2010-03 month']],
  ['en janv. 2011', ['janv. 2011 → 2011-01 month']],
  ['en sept. 2019', ['sept. 2019 → 2019-09 month']],
  ['en Décembre 2009', ['Décembre 2009 → 2009-12 month']],
  ['en aout 2015', ['aout 2015 → 2015-08 month']],
  ['mardi 3 mars 2020', ['mardi 3 mars 2020 → 2020-03-03 day']],
  ['en 2010', ['2010 → 2010 year']],
  ['depuis 2008', ['2008 → 2008 year']],
  ['jusqu’en 2012', ['2012 → 2012 year']],
  ['de novembre 2011 à aujourd’hui', ['novembre 2011 → 2011-11 month']],
  ['entre 2009 et 2011', ['2009 → 2009 year']],
  ['le 14/13/2010', ['14/13/2010 → 2010-13-14 day (month)']],
  ['le 30/02/2012', ['30/02/2012 → 2012-02-30 day (day)']],
  ['le 31 avril 2010', ['31 avril 2010 → 2010-04-31 day (day)']],
  ['le 29 février 2011', ['29 février 2011 → 2011-02-29 day (day)']],
  ['le 29 février 2012', ['29 février 2012 → 2012-02-29 day']],
  // English month names, left by a translation
  ['on March 3, 2020', ['March 3, 2020 → 2020-03-03 day']],
  ['on March 3rd, 2020', ['March 3rd, 2020 → 2020-03-03 day']],
  ['le 12 March 2020', ['12 March 2020 → 2020-03-12 day']],
  ['in January 2019', ['January 2019 → 2019-01 month']],
  ['le 31 June 2020', ['31 June 2020 → 2020-06-31 day (day)']],
  // not dates
  ['3 may 2000 mg', []],
  ['score 12/15', []],
  ['3/4 cp', []],
  ['T4N0M1', []],
  ['section 1.2.3', []],
  ['2,5 mg', []],
  ['1500 mg', []],
  ['en 2010,5', []],
  ['en mai', []],
  ['sept patients', []],
  ['le 3 mars', []],
  ['PA 120/80 mmHg', []],
  ['11h30', []],
  ['06 12 34 56 78', []],
  ['G8 14/17', []],
  ['version 1.2.10', []],
  ['Apgar 8/9/10', []],
  ["score d'Apgar à 8/19/10", []],
  ['Apgar : 7-9-10', []],
  ['en 2000 mg', []],
];

describe('dates', () => {
  for (const [input, expected] of CASES) {
    it(input, () => {
      const found = findDates(input).map((d) => `${d.text} → ${d.iso} ${d.precision}${d.invalid ? ` (${d.invalid})` : ''}`);
      assert.deepEqual(found, expected);
    });
  }
});
