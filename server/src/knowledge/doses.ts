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
  /** In mg, from the smallest single dose to the largest daily dose (absent for a drug dosed only by weight or surface). */
  minMg?: number;
  maxMg?: number;
  weeklyUpToMg?: number;
  /**
   * Doses per kilogram of body weight, where the drug is given so (children, intensive care,
   * anaesthesia): from the smallest single dose to the largest daily dose, in mg/kg; a rate
   * ('µg/kg/min') is counted over a day.
   */
  mgPerKg?: [number, number];
  /** Per square metre of body surface (chemotherapy), in mg/m². */
  mgPerM2?: [number, number];
  /** In international units (heparins, insulins), and per kg of body weight. */
  ui?: [number, number];
  uiPerKg?: [number, number];
}

/** The doses a drug is given in, for an amount in mg or UI, per kg or m² or neither. */
export function doseBounds(range: DoseRange, amount: 'mg' | 'UI', per?: 'kg' | 'm²'): [number, number] | undefined {
  if (amount === 'UI') return per === 'kg' ? range.uiPerKg : per ? undefined : range.ui;
  if (per === 'kg') return range.mgPerKg;
  if (per === 'm²') return range.mgPerM2;
  return range.minMg !== undefined && range.maxMg !== undefined ? [range.minMg, range.maxMg] : undefined;
}

export const DOSE_RANGES: DoseRange[] = [
  { names: ['imatinib', 'glivec'], minMg: 100, maxMg: 800 },
  { names: ['paracétamol', 'paracetamol', 'doliprane', 'dafalgan', 'efferalgan'], minMg: 80, maxMg: 4000, mgPerKg: [7.5, 80] },
  { names: ['amoxicilline'], minMg: 125, maxMg: 12000, mgPerKg: [15, 200] },
  // Dosed by its amoxicillin.
  { names: ['amoxicilline-acide clavulanique', 'amoxicilline-clavulanate', 'augmentin'], minMg: 125, maxMg: 6000, mgPerKg: [15, 150] },
  // Antiretrovirals, antiasthmatics.
  { names: ['dolutégravir', 'dolutegravir', 'tivicay'], minMg: 10, maxMg: 100 },
  { names: ['emtricitabine'], minMg: 100, maxMg: 240, mgPerKg: [3, 6] },
  { names: ['ténofovir', 'tenofovir'], minMg: 25, maxMg: 300 },
  { names: ['bictégravir', 'bictegravir'], minMg: 30, maxMg: 50 },
  { names: ['raltégravir', 'raltegravir', 'isentress'], minMg: 100, maxMg: 1200 },
  { names: ['darunavir', 'prezista'], minMg: 75, maxMg: 1200 },
  // Darbepoetin is dosed in µg (10 to 500 µg a week).
  { names: ['darbépoétine', 'darbepoetine', 'aranesp'], minMg: 0.01, maxMg: 0.5 },
  // From a puff (0,1 mg) to continuous nebulisation.
  { names: ['salbutamol', 'ventoline'], minMg: 0.1, maxMg: 60, mgPerKg: [0.005, 1] },
  { names: ['metformine'], minMg: 500, maxMg: 3000 },
  { names: ['ibuprofène', 'ibuprofene'], minMg: 50, maxMg: 2400, mgPerKg: [4, 40] },
  { names: ['aspirine', 'acide acétylsalicylique', 'kardégic', 'kardegic'], minMg: 75, maxMg: 3000, mgPerKg: [1, 100] },
  { names: ['prednisone', 'cortancyl'], minMg: 1, maxMg: 1000 },
  { names: ['prednisolone', 'solupred'], minMg: 1, maxMg: 1000 },
  { names: ['méthylprednisolone', 'methylprednisolone', 'solumédrol', 'solumedrol'], minMg: 4, maxMg: 1000, mgPerKg: [0.5, 30] },
  { names: ['dexaméthasone', 'dexamethasone'], minMg: 0.5, maxMg: 40, mgPerKg: [0.05, 1] },
  { names: ['furosémide', 'furosemide', 'lasilix'], minMg: 20, maxMg: 2000, mgPerKg: [0.2, 10] },
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
  { names: ['lévétiracétam', 'levetiracetam', 'keppra'], minMg: 250, maxMg: 3000, mgPerKg: [5, 60] },
  { names: ['valproate', 'acide valproïque', 'dépakine', 'depakine'], minMg: 200, maxMg: 3000, mgPerKg: [5, 60] },
  { names: ['carbamazépine', 'carbamazepine', 'tégrétol', 'tegretol'], minMg: 100, maxMg: 1600 },
  { names: ['tamoxifène', 'tamoxifene'], minMg: 10, maxMg: 40 },
  { names: ['létrozole', 'letrozole'], minMg: 2.5, maxMg: 2.5 },
  { names: ['anastrozole'], minMg: 1, maxMg: 1 },
  { names: ['hydroxychloroquine', 'plaquenil'], minMg: 200, maxMg: 800 },
  { names: ['spironolactone', 'aldactone'], minMg: 12.5, maxMg: 400 },
  { names: ['fluconazole'], minMg: 50, maxMg: 800 },
  { names: ['vancomycine'], minMg: 125, maxMg: 4000, mgPerKg: [10, 60] },
  { names: ['ceftriaxone', 'rocéphine', 'rocephine'], minMg: 250, maxMg: 4000, mgPerKg: [20, 100] },
  { names: ['ciprofloxacine'], minMg: 200, maxMg: 1500 },
  { names: ['sunitinib', 'sutent'], minMg: 12.5, maxMg: 50 },
  { names: ['morphine'], minMg: 1, maxMg: 600, mgPerKg: [0.01, 2] },
  { names: ['énoxaparine', 'enoxaparine', 'lovenox'], minMg: 20, maxMg: 200, ui: [1000, 30000], uiPerKg: [40, 200] },
  { names: ['apixaban', 'eliquis'], minMg: 2.5, maxMg: 20 },
  { names: ['rivaroxaban', 'xarelto'], minMg: 10, maxMg: 30 },
  // Anti-infectives.
  { names: ['céfazoline', 'cefazoline'], minMg: 250, maxMg: 12000 },
  { names: ['céfotaxime', 'cefotaxime', 'claforan'], minMg: 500, maxMg: 24000, mgPerKg: [25, 300] },
  { names: ['céfépime', 'cefepime'], minMg: 500, maxMg: 6000, mgPerKg: [25, 200] },
  { names: ['ceftazidime', 'fortum'], minMg: 500, maxMg: 9000 },
  { names: ['cloxacilline', 'orbénine', 'orbenine'], minMg: 500, maxMg: 12000 },
  { names: ['pipéracilline', 'piperacilline', 'tazocilline'], minMg: 2000, maxMg: 18000, mgPerKg: [50, 400] },
  { names: ['augmentin'], minMg: 250, maxMg: 12000 },
  { names: ['méropénème', 'meropeneme', 'méropénem', 'meropenem'], minMg: 500, maxMg: 6000 },
  { names: ['imipénème', 'imipeneme', 'imipénem', 'imipenem', 'tienam'], minMg: 250, maxMg: 4000 },
  { names: ['gentamicine'], minMg: 20, maxMg: 800, mgPerKg: [1, 10] },
  { names: ['amikacine'], minMg: 100, maxMg: 3000, mgPerKg: [5, 30] },
  { names: ['métronidazole', 'metronidazole', 'flagyl'], minMg: 250, maxMg: 2000, mgPerKg: [7.5, 40] },
  { names: ['clindamycine', 'dalacine'], minMg: 150, maxMg: 4800 },
  { names: ['lévofloxacine', 'levofloxacine', 'tavanic'], minMg: 250, maxMg: 1000 },
  { names: ['ofloxacine', 'oflocet'], minMg: 200, maxMg: 800 },
  { names: ['rifampicine', 'rifadine'], minMg: 150, maxMg: 1800 },
  { names: ['isoniazide', 'rimifon'], minMg: 50, maxMg: 900 },
  { names: ['éthambutol', 'ethambutol', 'myambutol'], minMg: 400, maxMg: 2500 },
  { names: ['pyrazinamide', 'pirilène', 'pirilene'], minMg: 400, maxMg: 2500 },
  { names: ['doxycycline'], minMg: 50, maxMg: 300 },
  { names: ['azithromycine', 'zithromax'], minMg: 250, maxMg: 2000 },
  { names: ['clarithromycine', 'zeclar'], minMg: 250, maxMg: 1500 },
  { names: ['linézolide', 'linezolide', 'zyvoxid'], minMg: 600, maxMg: 1200 },
  { names: ['daptomycine', 'cubicin'], minMg: 200, maxMg: 1500 },
  { names: ['aciclovir', 'zovirax'], minMg: 200, maxMg: 4000, mgPerKg: [5, 60] },
  { names: ['valaciclovir', 'zelitrex'], minMg: 500, maxMg: 3000 },
  { names: ['ganciclovir', 'cymevan'], minMg: 100, maxMg: 1000 },
  { names: ['oseltamivir', 'tamiflu'], minMg: 30, maxMg: 150 },
  { names: ['voriconazole', 'vfend'], minMg: 100, maxMg: 800 },
  { names: ['ivermectine', 'stromectol'], minMg: 3, maxMg: 30 },
  { names: ['albendazole', 'zentel'], minMg: 200, maxMg: 800 },
  // Cardiovascular and anticoagulants.
  { names: ['dabigatran', 'pradaxa'], minMg: 75, maxMg: 300 },
  { names: ['fondaparinux', 'arixtra'], minMg: 2.5, maxMg: 10 },
  { names: ['acénocoumarol', 'acenocoumarol', 'sintrom'], minMg: 1, maxMg: 12 },
  { names: ['fluindione', 'préviscan', 'previscan'], minMg: 5, maxMg: 40 },
  { names: ['métoprolol', 'metoprolol'], minMg: 25, maxMg: 400 },
  { names: ['aténolol', 'atenolol'], minMg: 25, maxMg: 200 },
  { names: ['propranolol', 'avlocardyl'], minMg: 10, maxMg: 320 },
  { names: ['diltiazem', 'tildiem'], minMg: 60, maxMg: 360 },
  { names: ['vérapamil', 'verapamil', 'isoptine'], minMg: 40, maxMg: 480 },
  { names: ['périndopril', 'perindopril', 'coversyl'], minMg: 2, maxMg: 10 },
  { names: ['énalapril', 'enalapril'], minMg: 2.5, maxMg: 40 },
  { names: ['lisinopril'], minMg: 2.5, maxMg: 40 },
  { names: ['losartan'], minMg: 12.5, maxMg: 150 },
  { names: ['valsartan'], minMg: 40, maxMg: 320 },
  { names: ['candésartan', 'candesartan'], minMg: 4, maxMg: 32 },
  { names: ['irbésartan', 'irbesartan'], minMg: 75, maxMg: 300 },
  { names: ['hydrochlorothiazide'], minMg: 12.5, maxMg: 50 },
  { names: ['indapamide'], minMg: 1.5, maxMg: 2.5 },
  { names: ['rosuvastatine', 'crestor'], minMg: 5, maxMg: 40 },
  { names: ['pravastatine'], minMg: 10, maxMg: 40 },
  { names: ['ivabradine', 'procoralan'], minMg: 2.5, maxMg: 15 },
  // Diabetes.
  { names: ['gliclazide', 'diamicron'], minMg: 30, maxMg: 320 },
  { names: ['glimépiride', 'glimepiride', 'amarel'], minMg: 1, maxMg: 6 },
  { names: ['sitagliptine', 'januvia'], minMg: 25, maxMg: 100 },
  { names: ['dapagliflozine', 'forxiga'], minMg: 5, maxMg: 10 },
  { names: ['empagliflozine', 'jardiance'], minMg: 10, maxMg: 25 },
  // Neurology and psychiatry.
  { names: ['sertraline', 'zoloft'], minMg: 25, maxMg: 200 },
  { names: ['fluoxétine', 'fluoxetine', 'prozac'], minMg: 10, maxMg: 80 },
  { names: ['paroxétine', 'paroxetine', 'deroxat'], minMg: 10, maxMg: 60 },
  { names: ['escitalopram', 'seroplex'], minMg: 5, maxMg: 20 },
  { names: ['citalopram'], minMg: 10, maxMg: 40 },
  { names: ['venlafaxine', 'effexor'], minMg: 37.5, maxMg: 375 },
  { names: ['duloxétine', 'duloxetine', 'cymbalta'], minMg: 30, maxMg: 120 },
  { names: ['mirtazapine', 'norset'], minMg: 15, maxMg: 45 },
  { names: ['amitriptyline', 'laroxyl'], minMg: 10, maxMg: 300 },
  { names: ['olanzapine', 'zyprexa'], minMg: 2.5, maxMg: 30 },
  { names: ['rispéridone', 'risperidone', 'risperdal'], minMg: 0.5, maxMg: 16 },
  { names: ['quétiapine', 'quetiapine', 'xeroquel'], minMg: 25, maxMg: 800 },
  { names: ['aripiprazole', 'abilify'], minMg: 5, maxMg: 30 },
  { names: ['halopéridol', 'haloperidol', 'haldol'], minMg: 0.5, maxMg: 100 },
  { names: ['clozapine', 'leponex'], minMg: 12.5, maxMg: 900 },
  { names: ['diazépam', 'diazepam', 'valium'], minMg: 2, maxMg: 40 },
  { names: ['lorazépam', 'lorazepam', 'témesta', 'temesta'], minMg: 0.5, maxMg: 10 },
  { names: ['alprazolam', 'xanax'], minMg: 0.25, maxMg: 4 },
  { names: ['clonazépam', 'clonazepam', 'rivotril'], minMg: 0.5, maxMg: 8 },
  { names: ['zolpidem', 'stilnox'], minMg: 5, maxMg: 10 },
  { names: ['hydroxyzine', 'atarax'], minMg: 10, maxMg: 300 },
  { names: ['oxazépam', 'oxazepam', 'séresta', 'seresta'], minMg: 10, maxMg: 300 },
  // Opioid substitution: methadone from the 1 mg capsule; buprenorphine from the 0.2 mg tablet to the monthly injection (Buvidal 160 mg).
  { names: ['méthadone', 'methadone'], minMg: 1, maxMg: 200 },
  { names: ['buprénorphine', 'buprenorphine', 'subutex', 'orobupré', 'orobupre', 'suboxone', 'buvidal', 'temgesic'], minMg: 0.2, maxMg: 160 },
  // Reproductive medicine: progesterone (vaginal luteal support up to 800 mg/j), GnRH analogues and antagonists, gonadotrophins.
  { names: ['progestérone', 'progesterone', 'utrogestan', 'progestan'], minMg: 25, maxMg: 800 },
  { names: ['triptoréline', 'triptoreline', 'décapeptyl', 'decapeptyl', 'gonapeptyl'], minMg: 0.1, maxMg: 22.5 },
  { names: ['ganirélix', 'ganirelix', 'orgalutran'], minMg: 0.25, maxMg: 0.25 },
  { names: ['cétrorélix', 'cetrorelix', 'cetrotide'], minMg: 0.25, maxMg: 3 },
  { names: ['follitropine', 'gonal-f', 'puregon', 'ovaleap', 'bemfola'], ui: [37.5, 450] },
  { names: ['ménotropine', 'menotropine', 'menopur'], ui: [75, 450] },
  { names: ['gabapentine', 'neurontin'], minMg: 100, maxMg: 3600 },
  { names: ['prégabaline', 'pregabaline', 'lyrica'], minMg: 25, maxMg: 600 },
  { names: ['lamotrigine', 'lamictal'], minMg: 25, maxMg: 500 },
  { names: ['topiramate', 'épitomax', 'epitomax'], minMg: 25, maxMg: 400 },
  { names: ['phénytoïne', 'phenytoine', 'dilantin'], minMg: 50, maxMg: 2000 },
  { names: ['phénobarbital', 'phenobarbital', 'gardénal', 'gardenal'], minMg: 10, maxMg: 1500, mgPerKg: [1, 25] },
  // Others.
  { names: ['ondansétron', 'ondansetron', 'zophren'], minMg: 4, maxMg: 32 },
  { names: ['métoclopramide', 'metoclopramide', 'primpéran', 'primperan'], minMg: 5, maxMg: 30 },
  { names: ['oxycodone', 'oxycontin', 'oxynorm'], minMg: 5, maxMg: 400 },
  { names: ['codéine', 'codeine'], minMg: 10, maxMg: 240 },
  { names: ['néfopam', 'nefopam', 'acupan'], minMg: 20, maxMg: 120 },
  { names: ['kétoprofène', 'ketoprofene', 'profénid', 'profenid'], minMg: 50, maxMg: 300 },
  { names: ['diclofénac', 'diclofenac', 'voltarène', 'voltarene'], minMg: 25, maxMg: 150 },
  { names: ['naproxène', 'naproxene'], minMg: 250, maxMg: 1100 },
  { names: ['hydrocortisone'], minMg: 5, maxMg: 400 },
  { names: ['tacrolimus', 'prograf', 'advagraf'], minMg: 0.5, maxMg: 30 },
  { names: ['ciclosporine', 'néoral', 'neoral'], minMg: 10, maxMg: 600 },
  { names: ['mycophénolate', 'mycophenolate', 'cellcept'], minMg: 250, maxMg: 3000 },
  { names: ['azathioprine', 'imurel'], minMg: 25, maxMg: 300, mgPerKg: [1, 3] },
  { names: ['hydroxyurée', 'hydroxyuree', 'hydroxycarbamide', 'hydréa', 'hydrea'], minMg: 500, maxMg: 3000 },
  { names: ['acide tranexamique', 'exacyl'], minMg: 500, maxMg: 6000 },
  // High doses (oncology) go up to grams, written per m² or as a total: no 1000-fold check above 2.5 mg.
  // Intensive care and anaesthesia: boluses, and infusions counted over a day.
  { names: ['noradrénaline', 'noradrenaline', 'norépinéphrine', 'norepinephrine'], minMg: 0.1, maxMg: 100, mgPerKg: [0.01, 8] },
  { names: ['adrénaline', 'adrenaline', 'épinéphrine', 'epinephrine'], minMg: 0.01, maxMg: 100, mgPerKg: [0.005, 8] },
  { names: ['dobutamine'], minMg: 10, maxMg: 3000, mgPerKg: [2, 30] },
  { names: ['fentanyl'], minMg: 0.01, maxMg: 3, mgPerKg: [0.0005, 0.1] },
  { names: ['sufentanil'], minMg: 0.002, maxMg: 0.5, mgPerKg: [0.0001, 0.025] },
  { names: ['rémifentanil', 'remifentanil'], minMg: 0.02, maxMg: 10, mgPerKg: [0.0005, 2] },
  { names: ['midazolam'], minMg: 0.5, maxMg: 500, mgPerKg: [0.02, 6] },
  { names: ['propofol'], minMg: 10, maxMg: 10000, mgPerKg: [0.5, 150] },
  { names: ['kétamine', 'ketamine'], minMg: 5, maxMg: 2000, mgPerKg: [0.1, 20] },
  { names: ['rocuronium'], minMg: 5, maxMg: 1000, mgPerKg: [0.3, 15] },
  { names: ['suxaméthonium', 'suxamethonium', 'célocurine', 'celocurine'], minMg: 20, maxMg: 200, mgPerKg: [0.5, 3] },
  // Doses in international units.
  // Down to a catheter flush ('rinçage par 10 UI d'héparine').
  { names: ['héparine', 'heparine', 'hnf', 'calciparine'], ui: [10, 60000], uiPerKg: [10, 800] },
  { names: ['tinzaparine', 'innohep'], ui: [2500, 30000], uiPerKg: [40, 200] },
  { names: ['daltéparine', 'dalteparine', 'fragmine'], ui: [2500, 30000], uiPerKg: [40, 250] },
  { names: ['nadroparine', 'fraxiparine', 'fraxodi'], ui: [1900, 30000], uiPerKg: [40, 200] },
  {
    names: ['insuline', 'insulines', 'glargine', 'lantus', 'toujeo', 'abasaglar', 'détémir', 'detemir', 'levemir', 'dégludec', 'degludec', 'tresiba', 'lispro', 'humalog', 'asparte', 'novorapid', 'fiasp', 'glulisine', 'apidra', 'actrapid', 'umuline', 'insulatard'],
    ui: [0.5, 300],
    // Up to high-dose insulin for a calcium-channel-blocker poisoning (10 UI/kg/h).
    uiPerKg: [0.02, 25],
  },
  // Chemotherapy, per m² of body surface (protocols' usual doses; high-dose methotrexate and cytarabine in g/m²).
  { names: ['rituximab', 'mabthera'], minMg: 100, maxMg: 2000, mgPerM2: [100, 500] },
  { names: ['cyclophosphamide', 'endoxan'], mgPerM2: [100, 4000] },
  { names: ['doxorubicine', 'adriamycine'], mgPerM2: [10, 90] },
  { names: ['épirubicine', 'epirubicine'], mgPerM2: [20, 120] },
  { names: ['vincristine', 'oncovin'], minMg: 0.5, maxMg: 2, mgPerM2: [0.5, 2] },
  { names: ['cisplatine'], mgPerM2: [10, 120] },
  { names: ['oxaliplatine'], mgPerM2: [50, 130] },
  { names: ['paclitaxel', 'taxol'], mgPerM2: [50, 260] },
  { names: ['docétaxel', 'docetaxel'], mgPerM2: [20, 100] },
  { names: ['gemcitabine'], mgPerM2: [500, 1250] },
  { names: ['fluorouracile', '5-fu', '5-fluorouracile'], mgPerM2: [200, 3000] },
  { names: ['étoposide', 'etoposide'], mgPerM2: [50, 200] },
  { names: ['cytarabine', 'aracytine'], mgPerM2: [10, 6000] },
  { names: ['ifosfamide'], mgPerM2: [1000, 5000] },
  { names: ['irinotécan', 'irinotecan'], mgPerM2: [50, 350] },
  { names: ['bélimumab', 'belimumab', 'benlysta'], minMg: 200, maxMg: 1500, mgPerKg: [1, 10] },
  { names: ['infliximab', 'remicade', 'inflectra', 'remsima', 'flixabi'], minMg: 100, maxMg: 1500, mgPerKg: [3, 10] },
  { names: ['mercaptopurine', 'purinéthol', 'purinethol', 'xaluprine'], minMg: 10, maxMg: 300, mgPerKg: [0.5, 2.5], mgPerM2: [25, 100] },
  { names: ['mésalazine', 'mesalazine', 'pentasa', 'fivasa', 'rowasa'], minMg: 250, maxMg: 4800 },
  { names: ['thiamine', 'vitamine b1', 'bévitine', 'benerva'], minMg: 25, maxMg: 1500 },
  { names: ['acamprosate', 'aotal'], minMg: 333, maxMg: 2000 },
  // Severe malaria: 2.4 mg/kg per injection (3 mg/kg under 20 kg).
  { names: ['artésunate', 'artesunate'], minMg: 20, maxMg: 600, mgPerKg: [2.4, 9] },
  { names: ['méthotrexate', 'mtx', 'methotrexate', 'novatrex', 'imeth', 'metoject'], minMg: 2.5, maxMg: 30000, weeklyUpToMg: 30, mgPerM2: [10, 12000] },
];
