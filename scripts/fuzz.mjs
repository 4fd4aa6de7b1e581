// Property-based fuzzing of the engine (issue #7): the properties of test/properties/engine-properties.ts
// (compiled to out/), with 100,000 runs in total. Run with `npm run fuzz` (builds first).
//
//   node scripts/fuzz.mjs [--runs N] [--seed S] [--only id,id] [--path P] [--no-corpus]
//
// Runs are split between the properties by their `share` (ENGINE_PROPERTIES, splitRuns): for
// 100,000 runs, never-throws 12,000 (12 %), ranges 12,000, fix-edits-disjoint 8,000,
// fixes-converge 22,000, fixes-keep-other-text 18,000, deterministic 13,000, fixes-keep-values
// 15,000. The fix properties lint several times per case and guard what --fix writes: more runs.
// With --only and a single property, that property gets all the runs.
// Property i uses seed S + i, so that they see different inputs; a failure prints the property's
// seed and fast-check's path, which replay it: --only <id> --seed <its seed> --path <path>.
//
// Inputs: generated notes (clinical vocabulary, token soup, random unicode, 10,000-character lines,
// mixed line endings, BOM), the project's fixtures and examples with random edits and, when
// ../shared/corpus is present, its case reports with random edits. Those are never printed: a
// counterexample built on one prints as the report's file name and the edits made to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as fc from 'fast-check';
import { ENGINE_PROPERTIES, noteCases, PropertyViolation, splitRuns } from '../out/test/properties/engine-properties.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
  },
});
const total = Number(args.runs);
const seed = args.seed !== undefined ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz.mjs [--runs N] [--seed S] [--only id,id] [--path P] [--no-corpus]');
  process.exit(2);
}
const only = args.only?.split(',');
const unknown = only?.filter((id) => !ENGINE_PROPERTIES.some((p) => p.id === id));
if (unknown?.length) {
  console.error(`unknown property: ${unknown.join(', ')} (known: ${ENGINE_PROPERTIES.map((p) => p.id).join(', ')})`);
  process.exit(2);
}

const corpusDir = fileURLToPath(new URL('../../shared/corpus/e3c-fr/texts/', import.meta.url));
const corpus =
  !args['no-corpus'] && existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: `corpus:${f.replace(/\.txt$/, '')}`, text: readFileSync(`${corpusDir}${f}`, 'utf8'), redacted: true }))
    : [];
const cases = noteCases(corpus);

/** A counterexample's values hold a redacted case: print no text of it, not even in an error message. */
const isRedacted = (values) => values.some((v) => v?.redacted === true);

function describeError(error, redacted) {
  if (error instanceof PropertyViolation) return error.message; // built to quote no text of redacted cases
  if (!(error instanceof Error)) return redacted ? '(thrown value not shown)' : String(error);
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 6).join('\n');
  return `${error.name}${redacted ? ' (message not shown: corpus note)' : `: ${error.message}`}\n${frames}`;
}

const runs = splitRuns(total);
console.log(`clinlint fuzz: ${total} runs, seed ${seed}; corpus: ${corpus.length ? `${corpus.length} notes (text never printed)` : 'absent or disabled, skipped'}`);
let failed = 0;
const started = performance.now();
/** A run slower than this is worth a look (a quadratic path, a regex backtracking). */
const SLOW_RUN_MS = 1000;
const timingNotes = [];
ENGINE_PROPERTIES.forEach((p, i) => {
  if (only && !only.includes(p.id)) return;
  const propertySeed = (seed + i) | 0;
  // A replayed path starts at its first index: fast-check must be allowed that many runs.
  const numRuns = Math.max(only?.length === 1 ? total : runs[i], args.path ? Number(args.path.split(':')[0]) + 1 : 0);
  // The slowest run and the last case generated for it (tests assert no duration; this only tells).
  let last;
  let runStart = 0;
  let slowest = { ms: 0, value: undefined };
  const tracked = cases.map((c) => (last = c));
  const timer = [
    fc.beforeEach(() => {
      runStart = performance.now();
    }),
    fc.afterEach(() => {
      const ms = performance.now() - runStart;
      if (ms > slowest.ms) slowest = { ms, value: last };
    }),
  ];
  const t = performance.now();
  const details = fc.check(p.property(tracked), { numRuns, seed: propertySeed, plugins: timer, ...(args.path ? { path: args.path, endOnFailure: true } : {}) });
  const ms = performance.now() - t;
  const timing = `${details.numRuns} runs, ${(ms / 1000).toFixed(1)} s (${Math.round((details.numRuns / ms) * 1000)} runs/s, slowest ${Math.round(slowest.ms)} ms)`;
  if (slowest.ms > SLOW_RUN_MS) {
    const shown = fc.stringify(slowest.value);
    timingNotes.push(`  ${p.id}: slowest run ${(slowest.ms / 1000).toFixed(1)} s on ${shown.length > 300 ? `${shown.slice(0, 300)}…` : shown}`);
  }
  if (!details.failed) {
    console.log(`ok   ${p.id.padEnd(22)} ${timing}  ${p.title}`);
    return;
  }
  failed++;
  const values = details.counterexample ?? [];
  const redacted = isRedacted(values);
  console.log(`FAIL ${p.id.padEnd(22)} ${timing}  ${p.title}`);
  console.log(`  seed ${details.seed}, path ${details.counterexamplePath}, ${details.numShrinks} shrinks`);
  console.log(`  replay: node scripts/fuzz.mjs --only ${p.id} --seed ${details.seed} --path ${details.counterexamplePath}${args['no-corpus'] ? ' --no-corpus' : ''}`);
  console.log(`  counterexample: ${values.map((v) => fc.stringify(v)).join(', ')}`);
  console.log(`  ${describeError(details.errorInstance, redacted).replace(/\n/g, '\n  ')}`);
});
if (timingNotes.length) console.log(`runs slower than ${SLOW_RUN_MS / 1000} s:\n${timingNotes.join('\n')}`);
console.log(`${failed ? `${failed} propert${failed > 1 ? 'ies' : 'y'} failed` : 'all properties hold'}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
