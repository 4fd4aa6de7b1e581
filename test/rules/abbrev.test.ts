import { strict as assert } from 'node:assert';
import { checkAnnotated, fixtureText } from '../helpers/annotated.js';
import { lint } from '../../server/src/lint.js';

describe('abbrev/ambiguous', () => {
  it('flags the first use of an ambiguous abbreviation never expanded, quiet where the note says which', () => {
    checkAnnotated(fixtureText('abbrev/ambiguous.txt'), ['abbrev/ambiguous']);
  });

  it("leaves 'ICD' alone where it is French (insuffisance cardiaque droite), and offers 'DAI' only where the device is meant", () => {
    const english = (text: string) => lint(text).filter((x) => x.ruleId === 'abbrev/english');
    assert.deepEqual(english("Pas de signe d'ICD. Turgescence jugulaire, reflux hépatojugulaire : ICD."), []);
    const [f] = english('Pose d\'un ICD en prévention secondaire après une fibrillation ventriculaire, sonde endocavitaire.');
    assert.equal(f.fixes[0].edits[0].newText, 'DAI');
    assert.equal(f.fixes[0].preferred, false);
  });

  it('leaves an English acronym given as a gloss of the French one', () => {
    const english = (text: string) => lint(text).filter((x) => x.ruleId === 'abbrev/english' || x.ruleId === 'spelling/unknown-word');
    assert.deepEqual(english('IMC (BMI, body mass index) à 32 ; IRM cérébrale (MRI) normale.'), []);
    assert.equal(english('Le MRI montre une lésion.').length, 1);
  });

  it('reads an abbreviation right after a dose as its route', () => {
    const ambiguous = (text: string) => lint(text).filter((x) => x.ruleId === 'abbrev/ambiguous');
    assert.deepEqual(ambiguous('Énoxaparine 0,4 mL SC par jour.'), []);
    assert.deepEqual(ambiguous('Héparine 5000 UI en SC.'), []);
    // A rate or a frequency between them.
    assert.deepEqual(ambiguous('Héparine calcique 5 000 UI/12 h SC. Lovenox 4000 UI x 1/j SC. Ceftriaxone 1 g/j IM. Morphine 2 ampoules SC.'), []);
    assert.equal(ambiguous('Antécédent de SC connu, suivi en consultation.').length, 1);
  });

  it('offers each sense as a fix, the likelier first, never applied by --fix', () => {
    const [f] = lint('Antécédents : IR connue.').filter((x) => x.ruleId === 'abbrev/ambiguous');
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), ['insuffisance rénale (IR)', 'insuffisance respiratoire (IR)']);
    // One word for each: the data's order (commonest first); more words for one (not twice as many: then it is meant): it comes first.
    const [g] = lint('Dyspnée, hypoxémie et créatinine élevée, urée à 15 ; oxygène, IR connue.').filter((x) => x.ruleId === 'abbrev/ambiguous');
    assert.equal(g.fixes[0].edits[0].newText, 'insuffisance respiratoire (IR)');
    assert.ok(f.fixes.every((x) => !x.preferred));
  });

  it('takes the senses of a workspace glossary', () => {
    const glossary = [{ term: 'ZZQ', category: 'examen' as const, senses: [
      { expansion: 'premier examen local', definition: 'Un premier examen propre à ce service.' },
      { expansion: 'second examen local', definition: 'Un second examen propre à ce service.' },
    ] }];
    assert.deepEqual(lint('ZZQ fait.', { glossary }).map((f) => f.ruleId), ['abbrev/ambiguous']);
  });
});

describe('abbrev/english', () => {
  it('replaces an English acronym by the French one', () => {
    checkAnnotated(fixtureText('abbrev/english.txt'), ['abbrev/english']);
  });

  it("offers 'TDM' for a 'CT' read as the scanner from its context, without applying it", () => {
    const [f] = lint('Le CT abdominal montre une masse hypodense au scanner.').filter((x) => x.ruleId === 'abbrev/english');
    assert.equal(f.message, "«\u00a0CT\u00a0» est l'acronyme anglais ; en français : «\u00a0TDM\u00a0» (tomodensitométrie).");
    assert.deepEqual(f.fixes.map((x) => [x.edits[0].newText, x.preferred]), [['TDM', false]]);
  });

  it("replaces 'CT scan' whole, the English 'scan' with it", () => {
    const text = 'Le CT scan abdominal montre une masse hypodense.';
    const [f] = lint(text).filter((x) => x.ruleId === 'abbrev/english');
    assert.equal(f.message, "«\u00a0CT scan\u00a0» est anglais ; en français : «\u00a0TDM\u00a0» (tomodensitométrie).");
    assert.equal(text.slice(f.fixes[0].edits[0].range.start, f.fixes[0].edits[0].range.end), 'CT scan');
    assert.deepEqual(f.fixes.map((x) => [x.edits[0].newText, x.preferred]), [['TDM', false]]);
  });
});
