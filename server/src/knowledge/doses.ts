/**
 * Usual adult doses of common drugs, in mg per administration or per day, to catch a unit off by
 * a factor 1000 ('imatinib 400 g', 'lévothyroxine 100 mg').
 *
 * Source: the summaries of product characteristics (Résumé des Caractéristiques du Produit) of
 * the French public drug database (base de données publique des médicaments,
 * https://base-donnees-publique.medicaments.gouv.fr). The range spans the smallest unit dose to
 * the largest daily dose; the rule only flags a dose more than 20 times outside it.
 *
 * `weeklyUpToMg`: at or below this dose the drug is taken once a week, never daily: low-dose
 * methotrexate (rheumatology, dermatology), whose daily intake by mistake is a known fatal
 * medication error (SmPC of Novatrex, Imeth, Metoject; measures of the European Medicines Agency's
 * PRAC, 2019, against daily dosing errors with methotrexate).
 */

export interface DoseRange {
  /** INN (DCI) as written in French, lower case, and usual spelling variants. */
  names: string[];
  minMg: number;
  maxMg: number;
  weeklyUpToMg?: number;
}

export const DOSE_RANGES: DoseRange[] = [
  { names: ['imatinib', 'glivec'], minMg: 100, maxMg: 800 },
  { names: ['paracétamol', 'paracetamol', 'doliprane', 'dafalgan', 'efferalgan'], minMg: 80, maxMg: 4000 },
  { names: ['amoxicilline'], minMg: 125, maxMg: 12000 },
  { names: ['metformine'], minMg: 500, maxMg: 3000 },
  { names: ['ibuprofène', 'ibuprofene'], minMg: 50, maxMg: 2400 },
  { names: ['aspirine', 'acide acétylsalicylique', 'kardégic', 'kardegic'], minMg: 75, maxMg: 3000 },
  { names: ['prednisone', 'cortancyl'], minMg: 1, maxMg: 1000 },
  { names: ['prednisolone', 'solupred'], minMg: 1, maxMg: 1000 },
  { names: ['méthylprednisolone', 'methylprednisolone', 'solumédrol', 'solumedrol'], minMg: 4, maxMg: 1000 },
  { names: ['dexaméthasone', 'dexamethasone'], minMg: 0.5, maxMg: 40 },
  { names: ['furosémide', 'furosemide', 'lasilix'], minMg: 20, maxMg: 2000 },
  { names: ['amiodarone', 'cordarone'], minMg: 100, maxMg: 1200 },
  { names: ['lévothyroxine', 'levothyroxine', 'levothyrox'], minMg: 0.0125, maxMg: 0.3 },
  { names: ['digoxine'], minMg: 0.0625, maxMg: 0.5 },
  { names: ['warfarine', 'coumadine'], minMg: 1, maxMg: 15 },
  { names: ['bisoprolol'], minMg: 1.25, maxMg: 20 },
  { names: ['ramipril'], minMg: 1.25, maxMg: 10 },
  { names: ['amlodipine'], minMg: 2.5, maxMg: 10 },
  { names: ['atorvastatine'], minMg: 10, maxMg: 80 },
  { names: ['simvastatine'], minMg: 5, maxMg: 80 },
  { names: ['oméprazole', 'omeprazole'], minMg: 10, maxMg: 80 },
  { names: ['ésoméprazole', 'esomeprazole'], minMg: 10, maxMg: 80 },
  { names: ['pantoprazole'], minMg: 20, maxMg: 80 },
  { names: ['tramadol'], minMg: 50, maxMg: 400 },
  { names: ['clopidogrel'], minMg: 75, maxMg: 600 },
  { names: ['ticagrélor', 'ticagrelor'], minMg: 60, maxMg: 180 },
  { names: ['colchicine'], minMg: 0.5, maxMg: 3 },
  { names: ['allopurinol'], minMg: 100, maxMg: 900 },
  { names: ['lithium'], minMg: 250, maxMg: 1800 },
  { names: ['lévétiracétam', 'levetiracetam', 'keppra'], minMg: 250, maxMg: 3000 },
  { names: ['valproate', 'acide valproïque', 'dépakine', 'depakine'], minMg: 200, maxMg: 3000 },
  { names: ['carbamazépine', 'carbamazepine', 'tégrétol', 'tegretol'], minMg: 100, maxMg: 1600 },
  { names: ['tamoxifène', 'tamoxifene'], minMg: 10, maxMg: 40 },
  { names: ['létrozole', 'letrozole'], minMg: 2.5, maxMg: 2.5 },
  { names: ['anastrozole'], minMg: 1, maxMg: 1 },
  { names: ['hydroxychloroquine', 'plaquenil'], minMg: 200, maxMg: 800 },
  { names: ['spironolactone', 'aldactone'], minMg: 12.5, maxMg: 400 },
  { names: ['fluconazole'], minMg: 50, maxMg: 800 },
  { names: ['vancomycine'], minMg: 125, maxMg: 4000 },
  { names: ['ceftriaxone', 'rocéphine', 'rocephine'], minMg: 250, maxMg: 4000 },
  { names: ['ciprofloxacine'], minMg: 200, maxMg: 1500 },
  { names: ['sunitinib', 'sutent'], minMg: 12.5, maxMg: 50 },
  { names: ['morphine'], minMg: 1, maxMg: 600 },
  { names: ['énoxaparine', 'enoxaparine', 'lovenox'], minMg: 20, maxMg: 200 },
  { names: ['apixaban', 'eliquis'], minMg: 2.5, maxMg: 20 },
  { names: ['rivaroxaban', 'xarelto'], minMg: 10, maxMg: 30 },
  // High doses (oncology) go up to grams, written per m² or as a total: no 1000-fold check above 2.5 mg.
  { names: ['méthotrexate', 'methotrexate', 'novatrex', 'imeth', 'metoject'], minMg: 2.5, maxMg: 30000, weeklyUpToMg: 30 },
];
