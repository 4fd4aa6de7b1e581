/** Markdown front matter, read line by line (note/front-matter.ts). */
import { strict as assert } from 'node:assert';
import { frontMatter } from '../../server/src/note/front-matter.js';

describe('front matter', () => {
  it('reads key: value lines between two ---, with their ranges in the note', () => {
    const text = '\uFEFF---\r\nDate: 2021-03-04 \r\nsexe : femme\r\ndiffusion:interne\r\n---\r\nAnamnèse\r\n';
    const fm = frontMatter(text);
    assert.ok(fm);
    assert.equal(text.slice(fm.range.start, fm.range.end), '\uFEFF---\r\nDate: 2021-03-04 \r\nsexe : femme\r\ndiffusion:interne\r\n---\r\n');
    assert.deepEqual([...fm.fields.values()].map((f) => [f.key, f.value]), [['date', '2021-03-04'], ['sexe', 'femme'], ['diffusion', 'interne']]);
    const sex = fm.fields.get('sexe')!;
    assert.equal(text.slice(sex.range.start, sex.range.end), 'sexe : femme');
  });

  it('keeps the first of a repeated key and skips lines that are not fields', () => {
    const fm = frontMatter('---\ndate: 2020-01-01\n# commentaire\ndate: 2022-02-02\n---');
    assert.equal(fm?.fields.get('date')?.value, '2020-01-01');
    assert.equal(fm?.fields.size, 1);
  });

  it('is absent without a closing --- within the head, or when the note does not open with ---', () => {
    assert.equal(frontMatter('---\ndate: 2021-03-04\nAnamnèse\n'), undefined);
    assert.equal(frontMatter('Anamnèse\n---\ndate: 2021-03-04\n---\n'), undefined);
    assert.equal(frontMatter(' ---\ndate: 2021-03-04\n---\n'), undefined);
    assert.equal(frontMatter('---\n' + 'x: y\n'.repeat(1000) + '---\n'), undefined);
    assert.equal(frontMatter(''), undefined);
  });

  it('reads a head of many blank lines in linear time (the old regex was quadratic)', () => {
    const text = '---\ndate:0000-00-00' + '\r\n'.repeat(200_000);
    assert.equal(frontMatter(text), undefined);
  });
});
