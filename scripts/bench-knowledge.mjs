// Cost of the medical knowledge (glossary and drugs): time to load and index it, and the memory it
// takes, each measured in a fresh Node process (median of 5). Prints; asserts nothing.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const probe = `
const before = process.memoryUsage();
const t = performance.now();
const g = await import('./out/server/src/knowledge/glossary.js');
const d = await import('./out/server/src/knowledge/drugs.js');
const glossary = g.builtInGlossary();
glossary.english; glossary.ambiguous; d.drugsByName();
const ms = performance.now() - t;
globalThis.gc();
const after = process.memoryUsage();
console.log(JSON.stringify({ ms, heap: (after.heapUsed - before.heapUsed) / 1048576, rss: (after.rss - before.rss) / 1048576, entries: glossary.entries.length, drugs: d.drugsByName().size }));
`;
// What the engine loads anyway (the note model and its helpers) is loaded first: only the knowledge is timed.
const baseline = "await import('./out/server/src/note/text.js');";
const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', baseline + probe], { cwd: root, encoding: 'utf8' })));
const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
console.log(
  `knowledge: ${runs[0].entries} glossary entries, ${runs[0].drugs} drug names; load and index ${median('ms').toFixed(1)} ms (target ≤ 50 ms), ` +
    `heap +${median('heap').toFixed(1)} MB, resident +${median('rss').toFixed(1)} MB (target ≤ 40 MB)`,
);
