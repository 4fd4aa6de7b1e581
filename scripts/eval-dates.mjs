// The date model against hand-annotated time expressions: ../shared/corpus/e3c-fr/timex3-gold.jsonl
// (TIMEX3 in real French case reports; read there, never copied). Prints, for DATE and DURATION:
// span recall (a gold expression is found when an expression of the model overlaps it; exact
// spans counted apart) and exact values (over the gold expressions that have a value).
// Values are compared after dropping unknown parts ('2012-07-XX' is '2012-07'); a gold value made
// only of X ('XXXX-XX-XX': nothing in the text fixes it) is matched by a relative date the model
// leaves unresolved, and so is a gold duration by the length of such a date. Run with `npm run eval:dates` (`--misses` lists what was not found or not exact,
// with the expression only, never its context).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NoteModel } from '../out/server/src/note/model.js';
import { durationValue } from '../out/server/src/note/timex.js';

const dir = fileURLToPath(new URL('../../shared/corpus/e3c-fr/', import.meta.url));
if (!existsSync(`${dir}timex3-gold.jsonl`)) {
  console.log('eval:dates: ../shared/corpus/e3c-fr/timex3-gold.jsonl not found; nothing to measure.');
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');
const gold = readFileSync(`${dir}timex3-gold.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const byText = new Map();
for (const g of gold) byText.set(g.id, [...(byText.get(g.id) ?? []), g]);

const normalise = (v) => (v == null ? v : v.replace(/(?:-X+|-WX)+$/, '').replace(/^X+$/, 'X'));
const CLASSES = ['DATE', 'DURATION'];
const stats = Object.fromEntries(CLASSES.map((c) => [c, { total: 0, found: 0, exact: 0, valued: 0, valueOk: 0 }]));
const misses = [];
let predicted = 0;

for (const [id, expressions] of byText) {
  const text = readFileSync(`${dir}timex3-texts/${id}.txt`, 'utf8');
  const model = new NoteModel(text);
  // TIMEX3 marks the ends of a range one by one: so does the comparison.
  const mine = model.timeExpressions.filter((e) => e.kind !== 'range');
  predicted += mine.length;
  for (const g of expressions) {
    const s = stats[g.class];
    if (!s) continue;
    s.total++;
    const match = mine.find((e) => e.range.start < g.end && g.begin < e.range.end);
    if (!match) {
      misses.push(`${g.class}\tnot found\t${g.text}`);
      continue;
    }
    s.found++;
    if (match.range.start === g.begin && match.range.end === g.end) s.exact++;
    if (g.value == null || g.value === 'NO_VALUE') continue;
    s.valued++;
    const want = normalise(g.value);
    // An unresolved relative date ('deux mois après l'intervention') is a date nothing fixes and
    // a length the model knows: either reading matches.
    const got =
      match.value !== undefined ? [normalise(match.value)] : match.kind === 'relative' ? ['X', match.offset && durationValue(match.offset)] : [];
    if (got.includes(want)) s.valueOk++;
    else misses.push(`${g.class}\tvalue ${got.filter(Boolean).join(' | ') || '∅'} ≠ ${g.value}\t${g.text}`);
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
console.log(`timex3-gold: ${byText.size} texts; the model found ${predicted} time expressions in them`);
for (const c of CLASSES) {
  const s = stats[c];
  console.log(
    `${c.padEnd(8)} span recall ${s.found}/${s.total} (${pct(s.found, s.total)}; exact spans ${pct(s.exact, s.total)}) · exact value ${s.valueOk}/${s.valued} (${pct(s.valueOk, s.valued)})`,
  );
}
const all = CLASSES.reduce((a, c) => ({ found: a.found + stats[c].found, total: a.total + stats[c].total, ok: a.ok + stats[c].valueOk, valued: a.valued + stats[c].valued }), { found: 0, total: 0, ok: 0, valued: 0 });
console.log(`targets: span recall ≥ 95 % (DATE and DURATION), exact value ≥ 90 % — together ${pct(all.found, all.total)} and ${pct(all.ok, all.valued)}`);
if (showMisses) for (const m of misses) console.log(m);
