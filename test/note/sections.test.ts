import { strict as assert } from 'node:assert';
import { NoteModel } from '../../server/src/note/model.js';

const outline = (text: string) =>
  new NoteModel(text).allSections.map((s) => `${'  '.repeat(s.level - 1)}${s.kind}: ${text.slice(s.titleRange.start, s.titleRange.end)}`);

describe('sections', () => {
  it('reads plain, capitalised and colon headings, matched without case or accents', () => {
    const text = 'Anamnèse\nHomme de 67 ans.\n\nEXAMEN PHYSIQUE\nRAS.\n\nExamens complémentaires :\nBilan normal.\n\nevolution et traitement\nStable.\n';
    assert.deepEqual(outline(text), [
      'anamnese: Anamnèse',
      'examen-physique: EXAMEN PHYSIQUE',
      'examens-complementaires: Examens complémentaires',
      'evolution-traitement: evolution et traitement',
    ]);
  });

  it('reads Markdown and bold headings, and nests by level', () => {
    const text = '# Cas clinique\n\n## Antécédents\n\n### Antécédents familiaux\nMère diabétique.\n\n## Évolution\nBonne.\n\n**Conclusion**\nGuérison.\n';
    assert.deepEqual(outline(text), [
      'cas-clinique: Cas clinique',
      '  antecedents: Antécédents',
      '    antecedents-familiaux: Antécédents familiaux',
      '  evolution: Évolution',
      'conclusion: Conclusion',
    ]);
  });

  it('reads a known title followed by an aside in parentheses, not a line of results or a sentence', () => {
    const text = 'Bilan du 16/04/2025\nPoids 75 kg.\n\nÉvolution (addendum du 20/05/2025)\nPTH 352 pg/mL.\n\n## Biologie (J3)\nHb 12 g/dL\n\nLe patient (65 ans)\nCRP (mg/L)\n';
    assert.deepEqual(outline(text), ['evolution: Évolution', '  biologie: Biologie']);
  });

  it('nests known subsections under their parent kind in plain text', () => {
    const text = 'Examens complémentaires\n\nBiologie\nNFS normale.\n\nImagerie\nTDM normale.\n\nDiagnostic\nColite.\n';
    assert.deepEqual(outline(text), ['examens-complementaires: Examens complémentaires', '  biologie: Biologie', '  imagerie: Imagerie', 'diagnostic: Diagnostic']);
  });

  it('reads the abbreviated headings of hospital notes', () => {
    const text = 'ATCD :\nHTA.\n\nHDM :\nDouleur.\n\nEC :\nPA 150/90 mmHg.\n\nParaclinique :\nECG.\n\nCAT :\nCoronarographie.\n\nAu total :\nSCA.\n';
    assert.deepEqual(outline(text), [
      'antecedents: ATCD',
      'histoire: HDM',
      'examen-physique: EC',
      'examens-complementaires: Paraclinique',
      'traitement: CAT',
      'conclusion: Au total',
    ]);
  });

  it('takes an unknown short heading as a section of kind other, but not a sentence', () => {
    const text = 'SUIVI ONCOLOGIQUE\nContrôle à 3 mois.\n\nBilan à prévoir :\nTDM.\nPatient de 45 ans vu ce jour.\nLe patient va bien\n';
    assert.deepEqual(outline(text), ['other: SUIVI ONCOLOGIQUE', 'other: Bilan à prévoir']);
  });

  it("takes a narrative title worded its own way for its kind, not a sentence that opens with the same word", () => {
    const text = "Vue le 15/10/2025.\n\nHistoire de l'infection\nDécouverte en 2016.\n\nChirurgie et couverture\nExcision.\nTraitement de l'HTA par ramipril\nSuivi de la plaie\n\nTraitement bien toléré\n";
    assert.deepEqual(outline(text), ["histoire: Histoire de l'infection", 'traitement: Chirurgie et couverture']);
    // With a colon, no blank line is needed; under the antecedents, such a line is an item of their list.
    assert.deepEqual(outline("Femme de 58 ans.\nHistoire de l'infection :\nFièvre.\nChirurgie et couverture :\nGreffe."), ["histoire: Histoire de l'infection", 'traitement: Chirurgie et couverture']);
    assert.deepEqual(outline('Antécédents :\nHTA depuis 2008.\n\nChirurgie de la cataracte\nŒil droit en 2018.'), ['antecedents: Antécédents']);
    // Titles of records (helper U): an oncological history, the course after surgery.
    assert.deepEqual(outline("Antécédents\nHTA.\n\nHistoire oncologique\nBronchoscopie.\n\nSuites opératoires\nSimples.\n\nDéroulement de l'hospitalisation\nBien."), [
      'antecedents: Antécédents',
      'histoire: Histoire oncologique',
      'evolution: Suites opératoires',
      "evolution: Déroulement de l'hospitalisation",
    ]);
  });

  it('ends each section at its last non-blank line, with right offsets under CRLF', () => {
    const text = 'Anamnèse\r\nHomme de 67 ans.\r\n\r\nÉvolution\r\nStable.';
    const [a, b] = new NoteModel(text).sections;
    assert.equal(text.slice(a.range.start, a.range.end), 'Anamnèse\r\nHomme de 67 ans.');
    assert.equal(text.slice(b.range.start, b.range.end), 'Évolution\r\nStable.');
  });
});
