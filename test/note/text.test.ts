import { strict as assert } from 'node:assert';
import { ClaimedRanges, LineIndex } from '../../server/src/note/text.js';
import { lint } from '../../server/src/lint.js';

describe('line index', () => {
  it('maps offsets and positions for LF, CRLF and CR alike', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const index = new LineIndex(text);
    assert.deepEqual(index.lines.map((l) => text.slice(l.start, l.end)), ['ab', 'cd', 'ef', 'gh']);
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 1, character: 1 });
    assert.equal(index.offsetAt({ line: 3, character: 1 }), text.indexOf('h'));
    assert.deepEqual(index.positionAt(text.length), { line: 3, character: 2 });
  });

  it('keeps findings on the right characters after a BOM, tabs, no-break spaces and emoji', () => {
    const text = '\uFEFF\tPatient 🙂\u00a0: imatinib 400mg/j';
    const [f] = lint(text);
    assert.equal(text.slice(f.range.start, f.range.end), '400mg');
  });
});

describe('claimed ranges', () => {
  it('claims a range only when no claimed range overlaps it, whatever the order of the passes', () => {
    const claimed = new ClaimedRanges();
    const claim = (start: number, end: number) => claimed.claim({ start, end });
    // first pass, in text order
    assert.deepEqual([claim(10, 20), claim(30, 40), claim(35, 45), claim(50, 60)], [true, true, false, true]);
    // second pass starts over: gaps are free, overlaps with either pass are not
    assert.deepEqual([claim(0, 10), claim(19, 21), claim(20, 30), claim(40, 50), claim(55, 70), claim(60, 61)], [true, false, true, true, false, true]);
    // third pass
    assert.deepEqual([claim(0, 1), claim(9, 10), claim(45, 46), claim(61, 100)], [false, false, false, true]);
  });

  it('agrees with a naive check on random claims', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const claimed = new ClaimedRanges();
    const taken: { start: number; end: number }[] = [];
    for (let i = 0; i < 3000; i++) {
      const start = random(5000);
      const range = { start, end: start + 1 + random(20) };
      const free = !taken.some((t) => t.start < range.end && range.start < t.end);
      if (free) taken.push(range);
      assert.equal(claimed.claim(range), free, `claim ${i}`);
    }
  });
});
