import { strict as assert } from 'node:assert';
import { NoteModel } from '../../server/src/note/model.js';

const sentences = (text: string) => new NoteModel(text).paragraphs.flatMap((p) => p.sentences.map((s) => text.slice(s.range.start, s.range.end)));

describe('sentences', () => {
  it('does not end a sentence after French abbreviations', () => {
    assert.deepEqual(sentences('Vue par le Dr. Martin puis par M. Dupont, cf. compte rendu. Elle va bien.'), [
      'Vue par le Dr. Martin puis par M. Dupont, cf. compte rendu.',
      'Elle va bien.',
    ]);
  });

  it('keeps decimal and grouped numbers inside words of one sentence', () => {
    const model = new NoteModel('Hémoglobine à 9,7 g/dl, soit 1 500 mg. Fin.');
    const [first] = model.paragraphs[0].sentences;
    assert.deepEqual(first.words.map((w) => w.text), ['Hémoglobine', 'à', '9,7', 'g/dl', 'soit', '1 500', 'mg']);
    assert.equal(model.paragraphs[0].sentences.length, 2);
  });

  it('splits paragraphs on blank lines and parses very long paragraphs line by line', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Ligne ${i} sans point final`).join('\n');
    const model = new NoteModel(`Premier paragraphe.\n\n${long}`);
    assert.equal(model.paragraphs.length, 2);
    assert.ok(model.paragraphs[1].sentences.length >= 400);
  });
});
