/**
 * No regex of the engine backtracks catastrophically (issue #7, reliability): a note is pasted
 * text, and one pathological line must not freeze the editor or CI.
 *
 * Every regex of note/, knowledge/, rules/, lint.ts and fixes.ts is given to recheck
 * (https://makenowjust-labs.github.io/recheck/), which proves it linear or finds an attack string:
 * - the literals, found by parsing the TypeScript sources (sources.ts);
 * - the regexes built at run time (`new RegExp(…)`, `wordRegex(…)`, from vocabulary tables),
 *   recorded by a child process that wraps the RegExp constructor before importing the engine and
 *   lints the project's notes (capture.ts). Each construction site the sources show must have been
 *   seen building a regex, so that none is left unchecked because no note reached it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Parameters } from 'recheck';
import type { CaptureOutput } from './capture.js';
import type { RecheckRequest, RecheckResponse } from './recheck-worker.js';
import { ROOT, scanEngineSources, type EngineRegexes } from './sources.js';

/**
 * Vulnerable regexes kept on purpose, each named by its file, its exact source and flags (a changed
 * regex is checked afresh), with the reason. Nothing else may be vulnerable.
 */
const ALLOWED_VULNERABLE: { file: string; source: string; flags: string; reason: string }[] = [
];

/**
 * recheck's parameters, chosen for verdicts that do not depend on the machine, and for time
 * (about 30 s of recheck's CPU for the whole engine, on two workers).
 * - The fuzzer stops a run at a number of steps (`…Limit`) or at a time (`…Timeout`), and takes
 *   either stop for a successful attack: under load, the time stops flagged linear regexes (the
 *   negation cue of gender/sex-specific) as vulnerable. They are off: a verdict depends on steps
 *   alone, with the fuzzer's fixed random seed, so it is the same on any machine.
 * - `attackLimit` 1e8 steps (default 1.5e9): recheck sizes the attack string from it, so a
 *   quadratic regex still exceeds it, and a heavy but linear one is not run for seconds.
 * - `incubationLimit` 1e5 steps (default 25,000): an input that exceeds it is attacked. On the
 *   longest inputs (2,400 characters) the default is about 10 steps a character, which long linear
 *   regexes reach (16 for that negation cue), and each such attack took seconds.
 * - `maxIteration` 3 (default 10): the nine vulnerable regexes fixed with this test, and twelve
 *   others with a lookaround that sends them to the fuzzer, are all found by the seeds or the
 *   first generations; the later ones cost most of the time on safe regexes.
 * - `maxNFASize` 3,000 (default 35,000): the automaton checker proves a regex linear, but took
 *   4 to 9 s on the few regexes whose automaton has 3,000 to 6,000 states (wordRegex bodies with
 *   the 'i' flag, the directives); those go to the fuzzer, which decides them in under a second.
 * - `timeout`: a bound per regex on the clock, far above the slowest (4 s of CPU, 10 to 15 s when
 *   other jobs take the cores).
 * 'unknown' (the clock ran out, or a construct recheck does not support) is listed, not failed:
 * it is not evidence of a vulnerability, and failing on the clock would make the test depend on
 * the machine's load. Any other error (a regex recheck cannot parse) fails.
 */
const RECHECK_PARAMS: Parameters = {
  timeout: 30_000,
  attackLimit: 100_000_000,
  attackTimeout: null,
  incubationLimit: 100_000,
  incubationTimeout: null,
  seedingTimeout: null,
  maxIteration: 3,
  maxNFASize: 3_000,
};
/** Workers, each with its own recheck agent: one per core of the 2-core CI machine. */
const CONCURRENCY = 2;

interface Regex {
  source: string;
  flags: string;
  /** Where it comes from: 'literal at server/src/…:12', 'built at server/src/note/text.ts:108 ← …'. */
  origins: string[];
  files: Set<string>;
}

function capture(files: string[]): CaptureOutput {
  const r = spawnSync(process.execPath, ['--enable-source-maps', join(ROOT, 'out/test/redos/capture.js'), JSON.stringify(files)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.status, 0, `capture.js failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as CaptureOutput;
}

/** recheck's diagnostics for each regex, in order, from a pool of worker threads. */
async function recheckAll(regexes: Regex[]): Promise<RecheckResponse[]> {
  // The longest first: the slow ones do not end up alone at the end.
  const order = regexes.map((_, i) => i).sort((a, b) => regexes[b].source.length - regexes[a].source.length);
  const results: RecheckResponse[] = new Array(regexes.length);
  const workers = Array.from({ length: CONCURRENCY }, () => new Worker(new URL('./recheck-worker.js', import.meta.url)));
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= order.length) return resolve();
              const id = order[next++];
              worker.postMessage({ id, source: regexes[id].source, flags: regexes[id].flags, params: RECHECK_PARAMS } satisfies RecheckRequest);
            };
            worker.on('message', (r: RecheckResponse) => {
              results[r.id] = r;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

const fileOf = (where: string) => where.replace(/:\d+.*$/, '');

describe('regexes of the engine (ReDoS, recheck)', function () {
  // About 20 s on the idle 2-core machine (recheck on two workers, the capture 3 s), 60 s when
  // other jobs take the cores: the bound is for a wedged recheck, not for a slow one.
  this.timeout(180_000);
  let sources: EngineRegexes;
  let captured: CaptureOutput;
  let regexes: Regex[];

  before(function () {
    const started = Date.now();
    sources = scanEngineSources();
    captured = capture(sources.files);
    const byKey = new Map<string, Regex>();
    const add = (source: string, flags: string, origin: string, files: string[]) => {
      const key = `/${source}/${flags}`;
      let r = byKey.get(key);
      if (!r) byKey.set(key, (r = { source, flags, origins: [], files: new Set() }));
      r.origins.push(origin);
      files.forEach((f) => r.files.add(f));
    };
    for (const l of sources.literals) add(l.source, l.flags, `literal at ${l.where}`, [fileOf(l.where)]);
    for (const c of captured.regexes) {
      for (const stack of c.stacks) add(c.source, c.flags, `${c.kind === 'implicit' ? 'string made a regex' : 'built'} at ${stack.join(' ← ')}`, stack.map(fileOf));
    }
    regexes = [...byKey.values()];
    console.log(`      sources parsed and run-time regexes recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('finds the regexes: literals in the sources, and those built at run time', function () {
    const constructed = new Set(captured.regexes.map((r) => `/${r.source}/${r.flags}`));
    console.log(
      `      ${sources.literals.length} regex literals in ${sources.files.length} files; ` +
        `${sources.constructorCalls.length} RegExp(…) calls and ${sources.builderCalls.length} calls of ${sources.builders.join(', ')}; ` +
        `${constructed.size} regexes built at run time (${captured.modules} modules imported, ${captured.lintRuns} lint runs over ${captured.notes} notes); ${regexes.length} distinct in all`,
    );
    assert.deepEqual(captured.ruleErrors, [], 'a rule threw while the regexes were being recorded');
    // Well below today's counts (45 files, 167 literals, 8 + 15 calls, 23 built): a scan or a
    // capture that broke and found next to nothing must not pass for a clean bill of health.
    assert.ok(sources.files.length >= 30, `${sources.files.length} engine files`);
    assert.ok(sources.literals.length >= 80, `${sources.literals.length} regex literals`);
    assert.ok(sources.constructorCalls.length >= 4, `${sources.constructorCalls.length} RegExp(…) calls`);
    assert.ok(sources.builderCalls.length >= 5, `${sources.builderCalls.length} calls of regex-building functions`);
    assert.ok(constructed.size >= 10, `${constructed.size} regexes built at run time`);
  });

  it('saw every place that builds a regex at work (none is left unchecked)', function () {
    const seenLines = new Set(captured.regexes.flatMap((r) => r.stacks.flat()));
    const unseen = [...sources.constructorCalls, ...sources.builderCalls].filter((s) => !s.lines.some((l) => seenLines.has(l)));
    assert.deepEqual(
      unseen.map((s) => `${s.callee}(…) at ${s.where}`),
      [],
      'these calls built no regex while the notes were linted: make a note reach them (capture.ts), so that what they build is checked',
    );
    // Conversely, every engine frame that built a regex is a call the sources show.
    const known = new Set([...sources.constructorCalls, ...sources.builderCalls].flatMap((s) => s.lines));
    const innermost = new Set(captured.regexes.flatMap((r) => r.stacks.map((s) => s[0])));
    assert.deepEqual([...innermost].filter((l) => !known.has(l)), [], 'regexes built where the source scan sees no RegExp call');
  });

  it('has no regex that backtracks catastrophically', async function () {
    const started = Date.now();
    const results = (await recheckAll(regexes)).map(({ diagnostics: d, ms }, i) => ({ r: regexes[i], d, ms }));
    const show = (r: Regex) => `/${r.source}/${r.flags}\n    ${r.origins.join('\n    ')}`;
    const unknown = results.filter(({ d }) => d.status === 'unknown');
    const vulnerable = results.filter(({ d }) => d.status === 'vulnerable');
    const allowed = (r: Regex) => ALLOWED_VULNERABLE.find((a) => a.source === r.source && a.flags === r.flags && r.files.has(a.file));
    console.log(
      `      recheck: ${results.length} regexes in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${results.length - unknown.length - vulnerable.length} safe, ${vulnerable.length} vulnerable (${vulnerable.filter(({ r }) => allowed(r)).length} allowed), ${unknown.length} unknown`,
    );
    const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`      slowest: ${slowest.map(({ r, ms }) => `${(ms / 1000).toFixed(1)} s (${r.origins[0]})`).join(', ')}`);
    for (const { r, d, ms } of unknown) console.log(`      unknown (${d.status === 'unknown' ? d.error.kind : ''}, ${(ms / 1000).toFixed(1)} s): ${show(r)}`);
    for (const { r, d } of vulnerable) {
      const a = allowed(r);
      if (a && d.status === 'vulnerable') console.log(`      allowed, ${a.reason}: ${show(r)}\n    attack: ${d.attack.pattern}`);
    }
    const stale = ALLOWED_VULNERABLE.filter((a) => !vulnerable.some(({ r }) => allowed(r) === a));
    for (const a of stale) console.log(`      allow-list entry no longer needed (remove it): /${a.source}/${a.flags} in ${a.file}`);

    const failures = [
      ...vulnerable
        .filter(({ r }) => !allowed(r))
        .map(({ r, d }) => (d.status === 'vulnerable' ? `vulnerable (${d.complexity.summary}): ${show(r)}\n    attack: ${d.attack.pattern}` : '')),
      ...unknown
        .filter(({ d }) => d.status === 'unknown' && d.error.kind !== 'timeout' && d.error.kind !== 'unsupported')
        .map(({ r, d }) => `recheck could not check (${d.status === 'unknown' ? JSON.stringify(d.error) : ''}): ${show(r)}`),
    ];
    assert.equal(failures.length, 0, `\n${failures.join('\n')}`);
  });
});
