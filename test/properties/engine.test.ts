/**
 * Properties of the engine over generated notes (issue #7), with a few hundred runs each so that
 * `npm test` stays fast; `npm run fuzz` runs the same properties 100,000 times. The seed changes
 * from run to run: a failure prints fast-check's seed and path, replayed by
 * `node scripts/fuzz.mjs --no-corpus --only <id> --seed <seed> --path <path>`.
 */
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import type { Finding } from '../../server/src/findings.js';
import { lint, lintNote } from '../../server/src/lint.js';
import { NoteMemo } from '../../server/src/note/memo.js';
import {
  applyGeneratedEdits,
  checkDeterministic,
  checkFixEditsDisjoint,
  checkFixesConverge,
  checkFixesKeepOtherText,
  checkFixesKeepValues,
  checkNeverThrows,
  checkRanges,
  ENGINE_PROPERTIES,
  type LintNoteFn,
  NoteCase,
  noteCases,
  PropertyViolation,
  splitRuns,
} from './engine-properties.js';

/** Runs per property in `npm test`: 4,000 in all, about 10 s on two cores. */
const RUNS: Record<string, number> = {
  'never-throws': 600,
  ranges: 600,
  'fix-edits-disjoint': 400,
  'fixes-converge': 800,
  'fixes-keep-other-text': 600,
  deterministic: 400,
  'fixes-keep-values': 600,
};

describe('engine properties (fast-check)', function () {
  this.timeout(60_000);
  const cases = noteCases();

  for (const p of ENGINE_PROPERTIES) {
    it(p.title, () => fc.assert(p.property(cases), { numRuns: RUNS[p.id] }));
  }

  it('generates notes that the fix properties have something to fix in', () => {
    const sample = fc.sample(cases, { numRuns: 300, seed: 7 });
    const fixable = sample.filter((c) => lint(c.text, c.options).some((f) => f.fixes.some((x) => x.preferred))).length;
    const flagged = sample.filter((c) => lint(c.text, c.options).length > 0).length;
    assert.ok(fixable >= 60, `only ${fixable} of 300 generated notes have a preferred fix`);
    assert.ok(flagged >= 120, `only ${flagged} of 300 generated notes have a finding`);
  });

  it('splits the fuzzing runs by share, to the last run', () => {
    assert.deepEqual(splitRuns(100_000), [12_000, 12_000, 8_000, 22_000, 18_000, 13_000, 15_000]);
    assert.equal(splitRuns(7).reduce((a, b) => a + b, 0), 7);
  });

  it('applies generated edits at offsets taken modulo the length', () => {
    assert.equal(applyGeneratedEdits('abc', [{ at: 5, remove: 1, insert: 'X' }]), 'aXc');
    assert.equal(applyGeneratedEdits('', [{ at: 9, remove: 3, insert: 'é' }]), 'é');
  });

  it('prints a redacted case without its text', () => {
    const c = new NoteCase('corpus:FR0', 'Secret text', {}, true, [{ at: 1, remove: 0, insert: 'x' }]);
    assert.doesNotMatch(fc.stringify(c), /Secret/);
    assert.doesNotMatch(c.quote({ start: 0, end: 6 }), /Secret/);
  });
});

/** The checks are only worth something if a broken engine fails them: each is shown one. */
describe('engine property checks catch a broken engine', () => {
  const note = new NoteCase('generated', 'Homme de 67 ans, imatinib 400mg/j. Elle est restée stable 😀.', {});
  const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'unit/spacing', severity: 'warning', message: 'Un message.', range: { start: 0, end: 1 }, fixes: [], related: [], ...over });
  /** The real engine plus one finding made by `extra` from the text. */
  const withFinding =
    (extra: (text: string) => Finding | undefined): LintNoteFn =>
    (text, options) => {
      const result = lintNote(text, options);
      const f = extra(text);
      return { ...result, findings: f ? [...result.findings, f] : result.findings };
    };
  const fails = (check: () => void) => assert.throws(check, PropertyViolation);

  it('the real engine passes every check on a note with slips to fix', () => {
    assert.ok(lint(note.text).some((f) => f.fixes.some((x) => x.preferred)));
    checkNeverThrows(note);
    checkRanges(note);
    checkFixEditsDisjoint(note);
    checkFixesConverge(note);
    checkFixesKeepOtherText(note);
    checkFixesKeepValues(note);
    checkDeterministic(note, new NoteCase('generated', 'Femme, 5,0 mg.', {}));
  });

  it('(a) an engine that throws, or whose rule fails', () => {
    fails(() => checkNeverThrows(note, () => { throw new TypeError('boom'); }));
    fails(() => checkNeverThrows(note, (text, options) => ({ ...lintNote(text, options), ruleErrors: [{ ruleId: 'unit/case', message: 'x' }] })));
  });

  it('(b) a range past the end of the text', () => {
    fails(() => checkRanges(note, withFinding((t) => finding({ range: { start: 2, end: t.length + 1 } }))));
    fails(() => checkRanges(note, withFinding(() => finding({ related: [{ range: { start: 3, end: 2 }, message: 'x' }] }))));
  });

  it('(c) a fix with overlapping edits; on a redacted note, the violation quotes none of it', () => {
    const edits = [{ range: { start: 0, end: 4 }, newText: 'a' }, { range: { start: 3, end: 5 }, newText: 'b' }];
    const broken = withFinding(() => finding({ fixes: [{ title: 'Écrire « Homme »', edits }] }));
    fails(() => checkFixEditsDisjoint(note, broken));
    const redacted = new NoteCase('corpus:FR0', note.text, {}, true);
    assert.throws(() => checkFixEditsDisjoint(redacted, broken), (e: Error) => e instanceof PropertyViolation && !/Homme/.test(e.message));
  });

  it('(d) a preferred fix that does not fix, or that undoes itself', () => {
    const noop = withFinding(() => finding({ fixes: [{ title: 'x', edits: [{ range: { start: 0, end: 0 }, newText: '' }], preferred: true }] }));
    fails(() => checkFixesConverge(note, noop));
    const flip = withFinding((t) => {
      const at = t.search(/[AB]$/);
      return finding({ range: { start: at, end: at + 1 }, fixes: [{ title: 'x', edits: [{ range: { start: at, end: at + 1 }, newText: t.endsWith('A') ? 'B' : 'A' }], preferred: true }] });
    });
    fails(() => checkFixesConverge(new NoteCase('generated', 'Texte A', {}), flip));
  });

  it('(e) a fix edit that cuts a character in two', () => {
    const at = note.text.indexOf('😀') + 1;
    fails(() => checkFixesKeepOtherText(note, withFinding(() => finding({ fixes: [{ title: 'x', edits: [{ range: { start: at, end: at }, newText: ' ' }], preferred: false }] }))));
  });

  it('(f) an engine with state kept between calls, or a memo that mixes stretches up', () => {
    let calls = 0;
    fails(() => checkDeterministic(note, note, withFinding(() => (calls++ === 0 ? finding({}) : undefined))));
    /** Keyed by the stretch's length: 'Hémoragie.' and 'Hémorragie' share their value. */
    class SloppyMemo extends NoteMemo {
      override get<T>(part: object, stretch: string, compute: () => T): T {
        return super.get(part, String(stretch.length), compute);
      }
    }
    const spelt = new NoteCase('generated', 'Hémorragie', {});
    fails(() => checkDeterministic(spelt, new NoteCase('generated', 'Hémoragie.', {}), lintNote, new SloppyMemo()));
    checkDeterministic(spelt, new NoteCase('generated', 'Hémoragie.', {}));
  });

  it('(g) a preferred fix that changes a number, or makes it unreadable', () => {
    const at = note.text.indexOf('400mg');
    const edit = (start: number, end: number, newText: string) =>
      withFinding(() => finding({ range: { start: at, end: at + 5 }, fixes: [{ title: 'x', edits: [{ range: { start, end }, newText }], preferred: true }] }));
    fails(() => checkFixesKeepValues(note, edit(at, at + 1, '5')));
    fails(() => checkFixesKeepValues(note, edit(at, at, 'x')));
    checkFixesKeepValues(note, edit(at + 3, at + 3, ' '));
  });
});
