import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/lint.js';

const ids = (text: string) => lint(text).map((f) => `${f.ruleId}@${text.slice(f.range.start, f.range.end)}`);

describe('inline directives', () => {
  it('disable-next-line silences the next line only, for the rules named', () => {
    const text = '<!-- clinlint-disable-next-line unit/spacing -- recopié de l’ordonnance -->\nImatinib 400mg, 2 MG.\nImatinib 400mg.';
    assert.deepEqual(ids(text), ['unit/case@MG', 'unit/spacing@400mg']);
  });

  it('disable … enable silences a region, by family too', () => {
    const text = 'A 400mg.\n<!-- clinlint-disable unit -- tableau importé -->\nB 400mg, 3 MG.\n<!-- clinlint-enable unit -->\nC 400mg.';
    assert.deepEqual(ids(text).filter((x) => !x.startsWith('directive/')), ['unit/spacing@400mg', 'unit/spacing@400mg']);
  });

  it('reports a disable without a reason, as info', () => {
    const text = '<!-- clinlint-disable-next-line unit/spacing -->\nImatinib 400mg.';
    const [f] = lint(text);
    assert.equal(f.ruleId, 'directive/missing-reason');
    assert.equal(f.severity, 'info');
  });

  it('lets the configuration switch rules off, change levels and pass options', () => {
    assert.deepEqual(lint('Imatinib 400mg.', { rules: { 'unit/spacing': 'off' } }), []);
    assert.equal(lint('Imatinib 400mg.', { rules: { 'unit/*': 'error' } })[0].severity, 'error');
    assert.deepEqual(lint('Dose 2.5 mg.', { rules: { 'unit/decimal-separator': ['warning', { allowPoint: true }] } }), []);
  });
});
