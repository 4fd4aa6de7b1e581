/**
 * Time expressions, case by case: each note → its expressions as 'written → kind value', where
 * value is the ISO-like value ('∅' when nothing anchors a relative date) and '[from written]'
 * names the anchor of a resolved relative date. Notes written for the project.
 */
import { strict as assert } from 'node:assert';
import { NoteModel } from '../../server/src/note/model.js';

const CASES: [string, string[]][] = [
  // durations
  ['traitée pendant deux mois', ['deux mois → duration P2M']],
  ['un recul de 1 an et demi', ['1 an et demi → duration P1Y6M']],
  ['pendant 1 semaine', ['1 semaine → duration P1W']],
  ['durant 6mois', ['6mois → duration P6M']],
  ['depuis 15 ans', ['15 ans → duration P15Y']],
  ['une année de traitement', ['une année → duration P1Y']],
  ['sur 48 heures', ['48 heures → duration PT48H']],
  ['extubé après 20min de ventilation', ['20min → duration PT20M']],
  ['une perfusion de 8h', ['8h → duration PT8H']],
  ['en 24 h', ['24 h → duration PT24H']],
  ['depuis quelques jours', ['quelques jours → duration PXD']],
  ['depuis plusieurs mois', ['plusieurs mois → duration PXM']],
  ['environ deux ans plus tôt', ['environ deux ans plus tôt → relative ∅']],
  ['depuis environ deux ans', ['environ deux ans → duration P2Y']],
  ['pendant plus de sept mois', ['plus de sept mois → duration P7M']],
  ['une heure et demie', ['une heure et demie → duration PT1H30M']],
  ['pendant 10 jours', ['10 jours → duration P10D']],
  ['pendant 3 j', ['3 j → duration P3D']],
  ['grossesse de 36 semaines d’aménorrhée', ['36 semaines d’aménorrhée → duration P36W']],
  ['mesures de 31 SA + 4 j', ['31 SA + 4 j → duration P31W4D']],
  ['pendant 12 semaines', ['12 semaines → duration P12W']],
  ['pendant 5 minutes', ['5 minutes → duration PT5M']],
  ['pendant 02 mois', ['02 mois → duration P2M']],
  ['les 3 jours suivants', ['3 jours suivants → duration P3D']],
  ['un recul de 2,5 ans', ['2,5 ans → duration P2.5Y']],
  // relative dates, resolved against the date before them
  ['Opérée en octobre 2008. Un mois après, récidive.', ['octobre 2008 → date 2008-10', 'Un mois après → relative 2008-11 [octobre 2008]']],
  ['Bilan en mai 2012. Deux mois plus tard, TDM.', ['mai 2012 → date 2012-05', 'Deux mois plus tard → relative 2012-07 [mai 2012]']],
  ['Le 3 mars 2010, biopsie. Trois jours plus tard, sortie.', ['3 mars 2010 → date 2010-03-03', 'Trois jours plus tard → relative 2010-03-06 [3 mars 2010]']],
  ['Le 30 décembre 2010, chute. Trois jours après, fièvre.', ['30 décembre 2010 → date 2010-12-30', 'Trois jours après → relative 2011-01-02 [30 décembre 2010]']],
  ['Le 31 janvier 2012, admission. Un mois plus tard, sortie.', ['31 janvier 2012 → date 2012-01-31', 'Un mois plus tard → relative 2012-02 [31 janvier 2012]']],
  ['En 2005, greffe. Deux ans plus tard, rejet.', ['2005 → date 2005', 'Deux ans plus tard → relative 2007 [2005]']],
  ['En 2005, greffe. Trois mois après, rejet.', ['2005 → date 2005', 'Trois mois après → relative 2005 [2005]']],
  ['Le 10/05/2011, TDM. Une semaine plus tôt, douleurs.', ['10/05/2011 → date 2011-05-10', 'Une semaine plus tôt → relative 2011-05-03 [10/05/2011]']],
  ['En mars 2010, chirurgie. Deux mois après, récidive. Trois mois plus tard, décès.', [
    'mars 2010 → date 2010-03',
    'Deux mois après → relative 2010-05 [mars 2010]',
    'Trois mois plus tard → relative 2010-08 [Deux mois après]',
  ]],
  ['Le 4 juin 2014, admission ; le lendemain, scanner.', ['4 juin 2014 → date 2014-06-04', 'le lendemain → relative 2014-06-05 [4 juin 2014]']],
  ['Le 1er mars 2016, chute ; la veille, malaise.', ['1er mars 2016 → date 2016-03-01', 'la veille → relative 2016-02-29 [1er mars 2016]']],
  ['Le 30 janvier 2015, pose ; deux semaines plus tard, retrait.', ['30 janvier 2015 → date 2015-01-30', 'deux semaines plus tard → relative 2015-02-13 [30 janvier 2015]']],
  ['Le 5 mai 2015 ; le surlendemain, IRM.', ['5 mai 2015 → date 2015-05-05', 'le surlendemain → relative 2015-05-07 [5 mai 2015]']],
  // relative dates nothing anchors
  ['Deux mois plus tard, récidive.', ['Deux mois plus tard → relative ∅']],
  ['Le lendemain, fièvre.', ['Le lendemain → relative ∅']],
  ['Douleurs apparues il y a 3 mois.', ['il y a 3 mois → relative ∅']],
  // Numbers in words whole ('quatre-vingt-deux ans' is no 'deux ans'); 'deux-trois jours' is vague.
  ['---\ndate: 2021-03-04\n---\nOpéré il y a vingt-deux ans ; toux depuis deux-trois jours.', ['il y a vingt-deux ans → relative 1999 [reference]', 'deux-trois jours → duration PXD']],
  ['Hospitalisée hier.', ['hier → relative ∅']],
  // … or that are told from an event of the care, never resolved
  ['En 2010 ; deux mois après l’intervention, récidive.', ['2010 → date 2010', 'deux mois après → relative ∅ (event)']],
  ['Fièvre à J3.', ['J3 → relative ∅ (event)']],
  ['Contrôle à J+7.', ['J+7 → relative ∅ (event)']],
  ['Bilan à J 30.', ['J 30 → relative ∅ (event)']],
  ['Évaluation à M6.', ['à M6 → relative ∅ (event)']],
  ['Fistule au dixième jour.', ['au dixième jour → relative ∅ (event)']],
  ['Sortie le 4ème jour.', ['le 4ème jour → relative ∅ (event)']],
  ['IRM à 28 SA.', ['28 SA → relative ∅ (event)']],
  ['Accouchement jusqu’à 33 SA sans incident.', ['33 SA → relative ∅ (event)']],
  // resolved against the note's reference date
  ['---\ndate: 2021-03-04\n---\nDouleurs depuis 2 jours, apparues il y a 3 mois.', ['2 jours → duration P2D', 'il y a 3 mois → relative 2020-12 [reference]']],
  ['---\ndate: 2021-03-04\n---\nAdmise hier.', ['hier → relative 2021-03-03 [reference]']],
  ['---\ndate: 2021-03-04\n---\nDouleurs depuis avant-hier.', ['avant-hier → relative 2021-03-02 [reference]']],
  ['---\ndate: 2021-03-04\n---\nVue aujourd’hui.', ['aujourd’hui → relative 2021-03-04 [reference]']],
  // a day and month without a year: the year told before (the next one when the day comes earlier)
  ['En décembre 2010, chute. Le 3 mars, fièvre ; le 12 décembre, décès.', [
    'décembre 2010 → date 2010-12',
    '3 mars → relative 2011-03-03 [décembre 2010]',
    '12 décembre → relative 2011-12-12 [3 mars]',
  ]],
  ['Le 1er juin, admission.', ['1er juin → relative ∅']],
  // ranges, with their ends
  ['Hospitalisée du 3 au 5 mars 2010.', ['du 3 au 5 mars 2010 → range 2010-03-03/2010-03-05', '3 → date 2010-03-03', '5 mars 2010 → date 2010-03-05']],
  ['Hospitalisée du 12 avril au 10 mai 2019.', ['du 12 avril au 10 mai 2019 → range 2019-04-12/2019-05-10', '12 avril → date 2019-04-12', '10 mai 2019 → date 2019-05-10']],
  ['Traitée entre 2009 et 2011.', ['entre 2009 et 2011 → range 2009/2011', '2009 → date 2009', '2011 → date 2011']],
  ['Suivie de novembre 2011 à aujourd’hui.', ['de novembre 2011 à aujourd’hui → range ∅', 'novembre 2011 → date 2011-11', 'aujourd’hui → relative ∅']],
  ['Traitée de mars 2010 à juin 2011.', ['de mars 2010 à juin 2011 → range 2010-03/2011-06', 'mars 2010 → date 2010-03', 'juin 2011 → date 2011-06']],
  // moments of the stay
  ['Fièvre à l’admission, puis en postopératoire.', ['à l’admission → relative ∅ (event)', 'en postopératoire → relative ∅ (event)']],
  ['Apyrexie à la sortie.', ['à la sortie → relative ∅ (event)']],
  // a case told in time, end to end
  [
    'Histoire de la maladie\nPatiente suivie depuis 2008 pour une HTA. En janvier 2014, elle consulte pour une masse. ' +
      'Le 03/02/2014, une biopsie est réalisée ; trois semaines plus tard, mastectomie. Radiothérapie pendant 5 semaines. ' +
      'À J10, lymphocèle. En mars 2015, récidive ; le lendemain, TEP-TDM. Décès le 2 juin 2016, après 2 ans et demi de suivi.',
    [
      '2008 → date 2008',
      'janvier 2014 → date 2014-01',
      '03/02/2014 → date 2014-02-03',
      'trois semaines plus tard → relative 2014-02-24 [03/02/2014]',
      '5 semaines → duration P5W',
      'J10 → relative ∅ (event)',
      'mars 2015 → date 2015-03',
      'le lendemain → relative 2015-03 [mars 2015]',
      '2 juin 2016 → date 2016-06-02',
      '2 ans et demi → duration P2Y6M',
    ],
  ],
  ['Vue le 14 juillet 2019, puis le 21 juillet ; revue 6 mois après.', [
    '14 juillet 2019 → date 2019-07-14',
    '21 juillet → relative 2019-07-21 [14 juillet 2019]',
    '6 mois après → relative 2020-01 [21 juillet]',
  ]],
  ['Le 28/12/2019, admission ; 5 jours plus tard, sortie.', ['28/12/2019 → date 2019-12-28', '5 jours plus tard → relative 2020-01-02 [28/12/2019]']],
  ['En 1998, greffe rénale ; dix ans plus tard, rejet chronique.', ['1998 → date 1998', 'dix ans plus tard → relative 2008 [1998]']],
  ['Chimiothérapie de 6 cycles pendant 18 semaines.', ['18 semaines → duration P18W']],
  ['Antibiothérapie pendant 14 j puis relais oral 7 jours.', ['14 j → duration P14D', '7 jours → duration P7D']],
  ['Extubée au bout de 36 heures.', ['36 heures → duration PT36H']],
  ['Apparition à 7 semaines d’aménorrhée de métrorragies.', ['7 semaines d’aménorrhée → relative ∅ (event)']],
  ['Surveillance à M3, M6 et à M12.', ['à M3 → relative ∅ (event)', 'à M12 → relative ∅ (event)']],
  ['Fièvre au 2e jour postopératoire.', ['au 2e jour → relative ∅ (event)']],
  // not time expressions
  ['Poids 70 kg, taille 1,72 m.', []],
  ['Score de Glasgow 14/15, ECOG 1.', []],
  ['Tél. 06 12 34 56 78.', []],
  ['Rendez-vous à 11h30.', []],
  ['Dose de 5 mg/kg/j.', []],
  ['Stade pT2N0M0, grade 2/3.', []],
  ['Les 7 sept patients.', []],
  ['Entre 5 et 10 mm.', []],
  ['Homme de 67 ans.', []],
  ['Patiente âgée de 35 ans.', []],
  ['Enfant de 3 ans.', []],
  ['à l’âge de 12 ans', []],
  ['imatinib 400 mg/j', []],
  ['2 fois par jour', []],
  ['3 fois/jour', []],
  ['perfusion de 10 mg/2 h', []],
  ['à 11h30', []],
  ['T4N0M1, score 12/15', []],
  ['sept patients', []],
  ['un jour férié', []],
  ['la vertèbre D3', []],
  ['Il a été admis pour une douleur', []],
];

function describe_(note: NoteModel): string[] {
  return note.timeExpressions.map((e) => {
    const anchor = e.anchor === 'reference' ? ' [reference]' : e.anchor ? ` [${e.anchor.text}]` : '';
    const value = e.value ?? '∅';
    return `${e.text} → ${e.kind} ${value}${e.kind === 'relative' && e.eventRelative ? ' (event)' : anchor}`;
  });
}

describe('time expressions (timex)', () => {
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(describe_(new NoteModel(text)), expected);
    });
  }

  it('keeps each expression’s offsets right after a BOM-less CRLF note', () => {
    const text = 'Anamnèse\r\nEn mars 2010, chirurgie.\r\nDeux mois après, récidive.\r\n';
    for (const e of new NoteModel(text).timeExpressions) assert.equal(text.slice(e.range.start, e.range.end), e.text);
  });
});
