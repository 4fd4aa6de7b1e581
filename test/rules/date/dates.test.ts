import { strict as assert } from 'node:assert';
import { checkAnnotated, checkAnnotatedCases, fixtureText } from '../../helpers/annotated.js';
import { lint } from '../../../server/src/lint.js';

describe('date/invalid', () => {
  it('flags days that do not exist, with the reason', () => {
    checkAnnotated(fixtureText('date/invalid.txt'), ['date/invalid']);
    const [f] = lint('Revu le mardi 5 mars 2020.').filter((x) => x.ruleId === 'date/invalid');
    assert.match(f.message, /était un jeudi/);
    assert.match(lint('Opéré le 29 février 2011.')[0].message, /2011 n'est pas une année bissextile/);
  });

  it('offers the day-first order for a month-first date', () => {
    const [f] = lint('Opéré le 03/14/2010.');
    assert.equal(f.fixes[0].edits[0].newText, '14/03/2010');
    assert.equal(f.fixes[0].preferred, false);
  });

  it('says there is no day or month 0, and offers no order that does not exist either', () => {
    const [day] = lint('Opéré le 00/12/2019.');
    assert.match(day.message, /il n'y a pas de jour 0\.$/);
    const [month] = lint('Opéré le 12/00/2019.');
    assert.match(month.message, /il n'y a pas de mois 0\.$/);
    assert.deepEqual(month.fixes, []);
  });
});

describe('date/future', () => {
  it('flags dates after the front matter’s date, not planned ones', () => {
    checkAnnotated(fixtureText('date/future.txt'), ['date/future']);
  });

  it('takes the configured reference date, else today', () => {
    assert.equal(lint('Opéré en 2030.', { referenceDate: '2031-01-01' }).length, 0);
    assert.equal(lint('Opéré en 2030.', { referenceDate: '2029-01-01' })[0].ruleId, 'date/future');
    const next = new Date().getUTCFullYear() + 1;
    assert.match(lint(`Opéré en ${next}.`)[0].message, /aujourd'hui/);
  });
});

describe('date/unanchored-relative', () => {
  it('flags dates counted from the day of writing when the note does not give it', () => {
    checkAnnotated(fixtureText('date/unanchored-relative.txt'), ['date/unanchored-relative']);
    checkAnnotated(fixtureText('date/unanchored-relative-dated.txt'), ['date/unanchored-relative']);
    assert.equal(lint('Admise hier.', { referenceDate: '2021-03-04' }).length, 0, 'a configured date places them too');
    assert.equal(lint('Suivi téléphonique – 22/10/2026\nDouleur apparue hier soir.').length, 0, "a title line's date places them too");
    assert.equal(lint('Entretien psychiatrique, 25 mars 2026\nDépression il y a deux ans.').length, 0, "a title 'Document, date' places them too");
    assert.equal(lint('Dossier transfusionnel – semaine du 02/11/2025\nPatiente de 64 ans.\nMardi 04/11/2025 : culot globulaire.').filter((f) => f.ruleId === 'date/future').length, 0, "a title's 'semaine du' is no day the note was written");
    assert.equal(lint('Consultation du 10/11/2025\nRage : si accord, J0 le 17/11/2025. Rappel dTpa en 2029. Rappels à venir : hépatite A en 2027.').filter((f) => f.ruleId === 'date/future').length, 0, 'what is proposed, to come or a booster is planned');
    assert.equal(lint('Admis aux urgences, 14/09/2024\nChute il y a deux ans.').filter((f) => f.ruleId === 'date/unanchored-relative').length, 1, 'a line that tells the story is no title');
    assert.equal(lint('Consultation du 09/11/2096\nDouleur apparue hier.').filter((f) => f.ruleId === 'date/unanchored-relative').length, 1, 'a title date to come places nothing');
  });

  it('is an info, and says how to place the date', () => {
    const [f] = lint('Admise hier.');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /date: AAAA-MM-JJ/);
  });
});

describe('date/chronology', () => {
  it('flags a date told before the previous one in the narrative, not announced step backs', () => {
    checkAnnotatedCases(fixtureText('date/chronology.txt'), ['date/chronology']);
  });

  it('leaves a date to come to date/future: the next date is not judged against it', () => {
    const found = lint('Histoire de la maladie\nMammographie du 28 novembre 2033 : masse. Biopsie le 6 décembre 2023.', { referenceDate: '2024-01-10' });
    assert.deepEqual(found.filter((f) => f.ruleId.startsWith('date/')).map((f) => f.ruleId), ['date/future']);
  });

  it('says which period ends before it starts, pointing to its start', () => {
    const [f, ...others] = lint('Évolution\nHospitalisé du 12/03/2019 au 01/02/2019.').filter((x) => x.ruleId === 'date/chronology');
    assert.equal(others.length, 0, 'reported once, not again as a date told out of order');
    assert.equal(f.message, 'La période «\u00a0du 12/03/2019 au 01/02/2019\u00a0» finit avant de commencer : «\u00a001/02/2019\u00a0» précède «\u00a012/03/2019\u00a0». Erreur de date ?');
    assert.match(f.related[0].message, /12\/03\/2019/);
  });

  it('points to the date told just before', () => {
    const [f] = lint('En mai 2016, récidive. En janvier 2016, reprise.');
    assert.equal(f.ruleId, 'date/chronology');
    assert.match(f.related[0].message, /mai 2016/);
  });

  it("reads a short title line's date as the report's, not as a step of the story", () => {
    const chronology = (text: string) => lint(text).filter((x) => x.ruleId === 'date/chronology');
    assert.equal(chronology('Compte rendu de TEP-TDM du 17/03/2026\nAdénocarcinome prouvé par la biopsie du 09/03/2026.\n').length, 0);
    assert.equal(chronology('TEP-TDM du 17/03/2026. Indication : adénocarcinome prouvé par la biopsie du 09/03/2026.').length, 0);
    // A first line that tells the story is no title.
    assert.equal(chronology('Le 17/03/2026, la patiente est opérée. Le 09/03/2026, elle sort.\nSuite simple.\n').length, 1);
    assert.equal(chronology('Admission le 12/03/2015 pour pneumopathie\nLe 02/03/2014, extubation.\n').length, 1);
    assert.equal(chronology('Compte rendu d\'hospitalisation – 14/02/2025\nBiopsie du 09/02/2025.\n').length, 0);
    // Titles as records and regions write them: in capitals, in Markdown, with an ISO day, after a comma.
    for (const title of ["COMPTE RENDU D'HOSPITALISATION DU 19/11/2025", '# Synthèse du 19/11/2025', 'Consultation du 2025-11-19', 'Observation – Pédiatrie, Dakar, 19/11/2025']) {
      const findings = lint(`${title}\nDouleurs apparues hier. Biopsie du 09/11/2025. Opéré en 2026.\n`);
      assert.deepEqual(findings.map((f) => f.ruleId), ['date/future'], title);
    }
    // A stay's period in the title: the note is of its end (helper W).
    assert.deepEqual(lint('DOSSIER CHIRURGICAL – SÉJOUR DU 02/11/2025 AU 09/11/2025\nPatiente sortie le 09/11/2025, revue le 12/11/2025.\n').map((f) => f.ruleId), ['date/future']);
    // Dates to come under 'Conduite à tenir' are planned.
    assert.deepEqual(lint('# Synthèse du 17/11/2025\n\n## Conduite à tenir\n\n- C3J1 de docétaxel le 26/11/2025.\n'), []);
    // A later visit or addendum the note records is written on its own day: what follows is judged against it (helper X).
    const followUp = 'Consultation ORL du 23/10/2025\nPatiente de 46 ans.\n\nÉvolution\nConsultation du 06/11/2025 (J21) : IRM du 29/10/2025 normale.\nPas de récidive le 14/12/2025.\n';
    const later = lint(followUp).filter((x) => x.ruleId === 'date/future');
    assert.equal(later.length, 1);
    assert.match(later[0].message, /14\/12\/2025.+postérieure à la date du suivi écrit avant elle \(06\/11\/2025\)/);
    assert.deepEqual(lint('Bilan trimestriel du 16/04/2025\nPoids sec 75 kg.\n\nÉvolution (addendum du 20/05/2025)\nPTH à 352 pg/mL le 13/05/2025.\n').filter((x) => x.ruleId === 'date/future'), []);
    // A line of the story ending on a date is no title.
    assert.equal(lint('Admis aux urgences, 19/11/2025\nDouleurs apparues hier.\n').filter((x) => x.ruleId === 'date/unanchored-relative').length, 1);
  });
});

describe('date/missing', () => {
  it('flags undated events of the history and the course, not linked, denied or planned ones', () => {
    checkAnnotated(fixtureText('date/missing.txt'), ['date/missing']);
  });

  it('says nothing in a note that dates nothing, and offers to date the sentence', () => {
    assert.equal(lint('Histoire de la maladie\nLa patiente est opérée.\n').length, 0);
    const [f] = lint('Histoire de la maladie\nEn 2015, masse.\nLa patiente est opérée.\n').filter((x) => x.ruleId === 'date/missing');
    assert.equal(f.severity, 'info');
    assert.equal(f.fixes[0].edits[0].newText, 'En <mois année>, l');
    assert.equal(f.fixes[0].preferred, false);
  });
});
