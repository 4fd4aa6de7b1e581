// Cost of the spell check (spelling/unknown-word): loading its word lists (dist/dictionary/, on the
// first spell check, never at server start), each load in a fresh Node process (median of 5); and
// the rule's own time on 10 KB, 100 KB and 1 MB notes, with its linearity. Prints; asserts nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NoteModel } from '../out/server/src/note/model.js';
import { unknownWord } from '../out/server/src/rules/spelling/unknown-word.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const probe = `
const s = await import('./out/server/src/knowledge/spelling.js');
globalThis.gc();
const before = process.memoryUsage();
const t = performance.now();
const v = s.vocabulary();
const ms = performance.now() - t;
globalThis.gc();
const after = process.memoryUsage();
v.knows('adénopathie');
console.log(JSON.stringify({ ms, heap: (after.heapUsed - before.heapUsed) / 1048576, rss: (after.rss - before.rss) / 1048576, words: s.vocabularyLoadStats().words }));
`;
// The glossary and drug lists the vocabulary also reads are loaded first (bench-knowledge.mjs measures them): only the word lists are timed.
const baseline = "const g = await import('./out/server/src/knowledge/glossary.js'); const d = await import('./out/server/src/knowledge/drugs.js'); g.glossaryWords(); d.drugWords();";
const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', baseline + probe], { cwd: root, encoding: 'utf8' })));
const middle = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
console.log(
  `spelling: ${runs[0].words} words; first load ${middle('ms').toFixed(1)} ms (on the first spell check, not at start), ` +
    `heap +${middle('heap').toFixed(1)} MB, resident +${middle('rss').toFixed(1)} MB (target ≤ 40 MB)`,
);

const examples = readdirSync(`${root}examples`).map((f) => readFileSync(`${root}examples/${f}`, 'utf8'));
const seed = `${examples.join('\n\n')}\n\n`;
const noteOfSize = (bytes) => seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed))).slice(0, bytes);
const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
// The rule alone, on a note parsed once (the model is every rule's shared cost), its caches warm as
// in the editor, where a note is linted again at each keystroke; and the first lint of a new note.
const cost = {};
for (const [name, bytes, runs] of [['10 KB', 10 * 1024, 300], ['100 KB', 100 * 1024, 40], ['1 MB', 1024 * 1024, 10]]) {
  const text = noteOfSize(bytes);
  const model = new NoteModel(text);
  const check = () => unknownWord.check(model, () => undefined, { maxSuggestions: 3 });
  check();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    check();
    samples.push(performance.now() - t);
  }
  cost[name] = median(samples);
  console.log(`spelling/unknown-word on a ${name.padEnd(6)} note: ${cost[name].toFixed(2)} ms (${(bytes / 1024 / 1024 / (cost[name] / 1000)).toFixed(1)} MB/s)`);
}
console.log(`spelling linearity: 1 MB / 10 KB = ${(cost['1 MB'] / cost['10 KB']).toFixed(1)} × (size ratio 102.4 ×)`);
