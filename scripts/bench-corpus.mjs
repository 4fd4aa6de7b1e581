// Batch throughput on the corpus of real case reports (../shared/corpus/e3c-fr/texts), in a
// process of its own: a `clinlint` run or one of its worker threads starts from a fresh heap, not
// from one that has just linted a 50 MB note (bench.mjs). Prints medians; asserts nothing.
// 1. `clinlint --format json` on the corpus as a CI job runs it: wall time, start included.
// 2. In this process: the first pass (every word judged for the first time, knowledge loaded on
//    the way), then the median of later passes (words remembered), per core.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const corpus = fileURLToPath(new URL('../../shared/corpus/e3c-fr/texts/', import.meta.url));
if (!existsSync(corpus)) {
  console.log('corpus: ../shared/corpus absent, throughput not measured');
  process.exit(0);
}
const MB = 1024 * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const texts = readdirSync(corpus).map((f) => readFileSync(corpus + f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const rate = (ms) => `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;

const bin = fileURLToPath(new URL('../bin/clinlint.js', import.meta.url));
const runs = Array.from({ length: 3 }, () => {
  const t = performance.now();
  const run = spawnSync(process.execPath, [bin, '--no-config', '--no-progress', '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (run.status !== 0 && run.status !== 1) throw new Error(`clinlint exited with ${run.status}: ${run.stderr}`);
  return performance.now() - t;
});
console.log(`corpus: ${texts.length} notes, ${(bytes / 1024).toFixed(0)} KB`);
console.log(`  clinlint --format json (start, knowledge, suggestions included): median ${median(runs).toFixed(0)} ms → ${rate(median(runs))}`);

const { lint } = await import('../out/server/src/lint.js');
const first = performance.now();
for (const t of texts) lint(t);
const firstMs = performance.now() - first;
console.log(`  first pass in process: ${firstMs.toFixed(0)} ms → ${rate(firstMs)} per core`);
const passes = Array.from({ length: 7 }, () => {
  const t = performance.now();
  for (const text of texts) lint(text);
  return performance.now() - t;
});
console.log(`  later passes: median ${median(passes).toFixed(1)} ms → ${rate(median(passes))} per core (target ≥ 5)`);
