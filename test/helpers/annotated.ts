/**
 * Annotated fixture notes: `[[written|rule/id -> fixed]]` marks an expected finding on `written`,
 * whose preferred fix turns it into `fixed`; `[[written|rule/id]]` expects a finding with no
 * automatic fix. Lines starting with `%%` are comments for the reviewer and are removed.
 * Everything unmarked must produce no finding of the rules under test.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../server/src/findings.js';
import { applyEdits } from '../../server/src/fixes.js';
import { lint, type LintOptions } from '../../server/src/lint.js';

export interface Expected {
  start: number;
  end: number;
  ruleId: string;
  fixed?: string;
  line: number;
}

export interface Annotated {
  text: string;
  expected: Expected[];
}

const MARK = /\[\[([^|\]]*)\|([a-z-]+\/[a-z-]+)(?: -> ([^\]]*))?\]\]/g;

export function parseAnnotated(source: string): Annotated {
  const withoutComments = source
    .split('\n')
    .filter((l) => !l.startsWith('%%'))
    .join('\n');
  const expected: Expected[] = [];
  let text = '';
  let last = 0;
  for (const m of withoutComments.matchAll(MARK)) {
    text += withoutComments.slice(last, m.index);
    const start = text.length;
    text += m[1];
    expected.push({ start, end: text.length, ruleId: m[2], fixed: m[3], line: text.split('\n').length });
    last = m.index! + m[0].length;
  }
  text += withoutComments.slice(last);
  return { text, expected };
}

export function fixtureText(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../test/fixtures/${relativePath}`, import.meta.url)), 'utf8');
}

/** The marked text once the finding's preferred fix is applied (its edits inside the mark). */
function fixedSpan(text: string, f: Finding, start: number, end: number): string | undefined {
  const fix = f.fixes[0];
  if (!fix?.preferred) return undefined;
  const inside = fix.edits
    .filter((e) => e.range.start >= start && e.range.end <= end)
    .map((e) => ({ ...e, range: { start: e.range.start - start, end: e.range.end - start } }));
  return applyEdits(text.slice(start, end), inside);
}

/** Lints an annotated note and checks that the findings of `ruleIds` are exactly the marks. */
export function checkAnnotated(source: string, ruleIds: string[], options: LintOptions = {}): void {
  const { text, expected } = parseAnnotated(source);
  const findings = lint(text, options).filter((f) => ruleIds.some((r) => f.ruleId === r || (r.endsWith('/*') && f.ruleId.startsWith(r.slice(0, -1)))));
  const describe = (f: { start: number; end: number; ruleId: string }) =>
    `${f.ruleId} on «${text.slice(f.start, f.end)}» (line ${text.slice(0, f.start).split('\n').length})`;
  const unexpected = findings.filter((f) => !expected.some((e) => e.ruleId === f.ruleId && e.start === f.range.start && e.end === f.range.end));
  const missed = expected.filter((e) => !findings.some((f) => e.ruleId === f.ruleId && e.start === f.range.start && e.end === f.range.end));
  assert.deepEqual(
    { unexpected: unexpected.map((f) => `${describe({ ...f.range, ruleId: f.ruleId })}: ${f.message}`), missed: missed.map(describe) },
    { unexpected: [], missed: [] },
  );
  for (const e of expected) {
    const f = findings.find((x) => x.ruleId === e.ruleId && x.range.start === e.start && x.range.end === e.end)!;
    assert.ok(f.message.length > 10, `message for ${describe(e)}`);
    assert.equal(fixedSpan(text, f, e.start, e.end), e.fixed, `fix for ${describe(e)}`);
  }
}

/** A fixture of independent notes separated by lines of three dashes; each note is checked alone. */
export function checkAnnotatedCases(source: string, ruleIds: string[], options: LintOptions = {}): number {
  const cases = source.split(/^---$/m).map((c) => c.replace(/^\n/, '')).filter((c) => c.trim() && !c.split('\n').every((l) => l.startsWith('%%') || !l.trim()));
  cases.forEach((c, i) => {
    try {
      checkAnnotated(c, ruleIds, options);
    } catch (e) {
      (e as Error).message = `case ${i + 1}:\n${c}\n${(e as Error).message}`;
      throw e;
    }
  });
  return cases.length;
}
