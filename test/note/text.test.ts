import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/note/text.js';
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
