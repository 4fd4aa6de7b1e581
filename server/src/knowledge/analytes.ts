/**
 * Vital signs and common laboratory analytes, the words that name them in French notes, and the
 * values a living patient can have in each of their usual French units.
 *
 * The bounds are not reference intervals: they are deliberately wide limits beyond which no
 * living patient has been described (extremes reported in the clinical literature, e.g. survived
 * accidental hypothermia at 13.7 °C and heat stroke at 46.5 °C), several times beyond the adult
 * reference intervals published by the Société Française de Biologie Clinique. Unit conversions
 * follow UCUM and the molar masses of creatinine (113.12 g/mol) and glucose (180.16 g/mol).
 * Only values that cannot be true are flagged.
 */

export interface UnitBounds {
  /** Canonical unit, as `UnitToken.canonical` writes it. */
  unit: string;
  min: number;
  max: number;
  /**
   * The least a patient has, where `min` lets smaller values pass for another thing the cue names
   * (the 'taille' of a lesion): this unit is suggested for a value only from here.
   */
  least?: number;
}

export interface Analyte {
  id: string;
  /** French name, as shown in messages. */
  label: string;
  /** Words that introduce it, matched on folded text (lower case, no accents), whole words. */
  cues: string[];
  bounds: UnitBounds[];
  /** Why a value beyond the bounds cannot be, in the message: 'chez un patient vivant' unless said here. */
  impossible?: string;
  /** For blood pressure: the first number of a ratio must exceed the second. */
  ratio?: { first: UnitBounds; second: UnitBounds };
  /**
   * Measured in blood: the bounds are the blood's. A value said of another fluid ('sodium
   * urinaire 210 mmol/L', 'LCR : glucose 0,3 mmol/L') is not this analyte, unless its cue names
   * the blood itself (the '-émie' words: 'kaliémie', 'glycémie').
   */
  blood?: true;
  /**
   * A unit written for another of this analyte by a slip of case: a count of cells in 'g/L'
   * (grams per litre) is in 'G/L' (10⁹ per litre). The value is judged in the unit meant.
   */
  caseSlips?: Record<string, string>;
  /** The unit alone says what is measured ('39 SA' is a term of pregnancy): bound with no word before it. */
  namedByUnit?: true;
}

export const ANALYTES: Analyte[] = [
  {
    id: 'temperature',
    label: 'température',
    // 'T' alone is read as the temperature only before a unit of temperature (binding needs the unit to fit).
    cues: ['temperature', 'temp', 't°', 't', 'fievre', 'febrile', 'hyperthermie', 'hypothermie', 'apyretique', 'apyrexie', 'subfebrile', 'thermie'],
    bounds: [
      { unit: '°C', min: 13, max: 46.5 },
      { unit: '°', min: 13, max: 46.5 },
    ],
  },
  {
    id: 'heart-rate',
    label: 'fréquence cardiaque',
    // A fetus's too ('activité cardiaque à 150 bpm', 'RCF 140/min'): 110 to 160, up to 300 in a tachycardia.
    cues: ['frequence cardiaque', 'fc', 'pouls', 'tachycardie', 'tachycarde', 'bradycardie', 'bradycarde', 'rythme cardiaque', 'rythme sinusal', 'activite cardiaque', 'rcf', 'rythme cardiaque foetal', 'rythme cardiaque fœtal'],
    bounds: [
      { unit: 'bpm', min: 15, max: 300 },
      { unit: '/min', min: 15, max: 300 },
      { unit: 'batt/min', min: 15, max: 300 },
    ],
  },
  {
    id: 'respiratory-rate',
    label: 'fréquence respiratoire',
    cues: ['frequence respiratoire', 'fr', 'polypnee', 'polypneique', 'bradypnee'],
    bounds: [{ unit: '/min', min: 3, max: 90 }],
  },
  {
    id: 'blood-pressure',
    label: 'pression artérielle',
    cues: ['pression arterielle', 'tension arterielle', 'pa', 'ta', 'pas', 'pad', 'pam', 'tension', 'hypotension', 'hypertension', 'hypotendu', 'hypotendue'],
    bounds: [{ unit: 'mmHg', min: 10, max: 320 }],
    ratio: { first: { unit: 'mmHg', min: 40, max: 320 }, second: { unit: 'mmHg', min: 10, max: 220 } },
  },
  {
    id: 'spo2',
    label: 'saturation en oxygène',
    cues: ['spo2', 'sao2', 'sp02', 'saturation', 'saturation en oxygene', 'saturant', 'desaturation'],
    bounds: [{ unit: '%', min: 30, max: 100 }],
  },
  {
    // Not the arterial saturation: other bounds, and words the cue 'saturation' would take for it.
    id: 'transferrin-saturation',
    label: 'saturation de la transferrine',
    cues: ['saturation de la transferrine', 'coefficient de saturation', 'cst'],
    bounds: [{ unit: '%', min: 0, max: 100 }],
    impossible: 'pour une saturation',
  },
  {
    // Central or mixed venous blood: far lower than arterial in shock.
    id: 'venous-saturation',
    label: 'saturation veineuse en oxygène',
    cues: ['saturation veineuse', 'saturation veineuse centrale', 'saturation veineuse melee', 'svo2', 'scvo2', 'svco2'],
    bounds: [{ unit: '%', min: 0, max: 100 }],
    impossible: 'pour une saturation',
  },
  {
    // Room air is 21 %, pure oxygen 100 %; hypoxic mixtures (17-19 %) are given to some newborns with heart disease.
    id: 'fio2',
    label: "fraction inspirée d'oxygène",
    cues: ['fio2', 'fi02', "fraction inspiree d'oxygene", 'fraction inspiree en oxygene'],
    bounds: [{ unit: '%', min: 10, max: 100 }],
    impossible: 'pour un gaz inspiré',
  },
  {
    // Ventilator settings: a positive end-expiratory pressure beyond 30 cmH₂O is not used.
    id: 'peep',
    label: 'pression expiratoire positive',
    cues: ['pep', 'peep', 'pression expiratoire positive', 'pression de fin d\'expiration'],
    bounds: [{ unit: 'cmH₂O', min: 0, max: 40 }],
    impossible: 'pour un réglage du ventilateur',
  },
  {
    // Arterial blood gases: PaCO2 35-45 mmHg (4.7-6 kPa), from about 10 mmHg in extreme
    // hyperventilation to 200 in the deepest hypercapnia survived; PaO2 80-100 mmHg (10.7-13.3
    // kPa) in room air, up to 700 under pure oxygen. 1 kPa = 7.50 mmHg.
    id: 'paco2',
    label: 'PaCO2',
    blood: true,
    cues: ['paco2', 'pco2', 'pac02', 'capnie'],
    bounds: [
      { unit: 'mmHg', min: 10, max: 200 },
      { unit: 'kPa', min: 1.3, max: 27 },
    ],
  },
  {
    id: 'pao2',
    label: 'PaO2',
    blood: true,
    cues: ['pao2', 'po2', 'pa02'],
    bounds: [
      { unit: 'mmHg', min: 10, max: 720 },
      { unit: 'kPa', min: 1.3, max: 96 },
    ],
  },
  {
    // Forced expiratory volume in one second and forced vital capacity: from a few hundred
    // millilitres in the most severe obstruction to about 7 (FEV1) and 9 litres (FVC) in tall athletes.
    id: 'fev1',
    label: 'VEMS',
    cues: ['vems', 'fev1'],
    bounds: [
      { unit: 'L', min: 0.1, max: 8 },
      { unit: 'mL', min: 100, max: 8000 },
    ],
  },
  {
    id: 'fvc',
    label: 'capacité vitale forcée',
    cues: ['cvf', 'capacite vitale forcee', 'capacite vitale', 'fvc'],
    bounds: [
      { unit: 'L', min: 0.2, max: 10 },
      { unit: 'mL', min: 200, max: 10000 },
    ],
  },
  {
    // 0.8-1.5 mmol/L in adults (molar mass of phosphorus 30.97 g/mol); up to
    // about 13 mmol/L in a tumour lysis.
    id: 'phosphate',
    blood: true,
    label: 'phosphorémie',
    cues: ['phosphore', 'phosphoremie', 'phosphatemie', 'phosphates', 'hypophosphoremie', 'hyperphosphoremie', 'hyperphosphatemie', 'hypophosphatemie'],
    bounds: [
      { unit: 'mmol/L', min: 0.05, max: 15 },
      { unit: 'mg/L', min: 1.5, max: 465 },
    ],
  },
  {
    // Total testosterone: below 0.1 ng/mL after castration, up to about 10 in young men, a few
    // tens with anabolic steroids (1 ng/mL = 3.47 nmol/L).
    id: 'testosterone',
    blood: true,
    label: 'testostérone',
    cues: ['testosterone', 'testosteronemie', 'testosterone totale', 'testosterone libre'],
    bounds: [
      { unit: 'ng/mL', min: 0.005, max: 60 },
      { unit: 'nmol/L', min: 0.017, max: 210 },
    ],
  },
  {
    // Serum tryptase: below 11.4 µg/L at baseline, up to a few hundred in anaphylaxis or mastocytosis.
    id: 'tryptase',
    blood: true,
    label: 'tryptase',
    cues: ['tryptase', 'tryptasemie', 'tryptase serique'],
    bounds: [{ unit: 'µg/L', min: 0, max: 5000 }],
  },
  {
    // Fetal biparietal diameter: about 15 mm at 12 weeks, 100 mm at term.
    id: 'bpd',
    label: 'diamètre bipariétal',
    cues: ['bip', 'diametre biparietal'],
    bounds: [
      { unit: 'mm', min: 5, max: 115 },
      { unit: 'cm', min: 0.5, max: 11.5 },
    ],
  },
  {
    // Central corneal thickness: about 540 µm, from 300 (keratoconus, after surgery) to 1000 in oedema.
    id: 'corneal-thickness',
    label: 'épaisseur cornéenne',
    cues: ['pachymetrie', 'epaisseur corneenne', 'epaisseur corneenne centrale'],
    bounds: [
      { unit: 'µm', min: 250, max: 1200 },
      { unit: 'mm', min: 0.25, max: 1.2 },
    ],
  },
  {
    id: 'weight',
    label: 'poids',
    cues: ['poids', 'pesant', 'pese', 'pesait', 'poids de naissance'],
    bounds: [
      { unit: 'kg', min: 0.2, max: 650 },
    ],
  },
  {
    id: 'height',
    label: 'taille',
    cues: ['taille', 'mesurant', 'il mesure', 'elle mesure'],
    bounds: [
      // A lesion's 'taille' may be small; a person, even born at 22 weeks, measures 20 cm or more.
      { unit: 'cm', min: 0, max: 275, least: 20 },
      { unit: 'm', min: 0, max: 2.75, least: 0.2 },
    ],
  },
  {
    id: 'bmi',
    label: 'indice de masse corporelle',
    cues: ['imc', 'indice de masse corporelle', 'bmi'],
    bounds: [{ unit: 'kg/m²', min: 6, max: 200 }],
  },
  {
    // Peak oxygen uptake: about 5 mL/kg/min in the most severe heart failure, up to 90 in elite endurance athletes.
    id: 'vo2max',
    label: 'VO2max',
    cues: ['vo2max', 'vo2 max', 'vo2 pic', 'vo2pic', 'pic de vo2', 'vo2'],
    bounds: [
      { unit: 'mL/kg/min', min: 3, max: 95 },
      { unit: 'mL/min/kg', min: 3, max: 95 },
    ],
  },
  {
    // Body surface area (Mosteller, Du Bois): about 0,2 m² at birth, 2,7 m² for the largest adults.
    id: 'body-surface',
    label: 'surface corporelle',
    cues: ['surface corporelle', 'surface cutanee', 'sc', 'scorp'],
    bounds: [{ unit: 'm²', min: 0.1, max: 3.5 }],
  },
  {
    // Weeks of amenorrhoea: a pregnancy is post-term from 42 SA; none lasts past 45.
    id: 'gestational-age',
    label: 'terme',
    cues: ['terme', 'age gestationnel'],
    namedByUnit: true,
    bounds: [{ unit: 'SA', min: 0, max: 45 }],
  },
  {
    id: 'age',
    label: 'âge',
    cues: ['age', 'agee', 'ages', 'agees', 'age de', 'agee de', 'homme de', 'femme de', 'patient de', 'patiente de', 'garcon de', 'fille de', 'fillette de', 'enfant de', 'nourrisson de'],
    bounds: [{ unit: 'ans', min: 0, max: 125 }],
  },
  {
    id: 'hemoglobin',
    blood: true,
    label: 'hémoglobine',
    cues: ['hemoglobine', 'hemoglobinemie', 'hb', 'hgb', 'taux d\'hemoglobine'],
    caseSlips: { 'G/L': 'g/L', 'G/dL': 'g/dL' },
    bounds: [
      { unit: 'g/dL', min: 1.5, max: 26 },
      { unit: 'g/L', min: 15, max: 260 },
      { unit: 'mmol/L', min: 1, max: 16 },
    ],
  },
  {
    // Named here so that 'concentration corpusculaire moyenne en hémoglobine' is not read as haemoglobin.
    id: 'mchc',
    blood: true,
    label: 'CCMH',
    cues: ['ccmh', 'concentration corpusculaire moyenne en hemoglobine', 'tcmh', 'teneur corpusculaire moyenne en hemoglobine'],
    bounds: [
      { unit: 'g/dL', min: 15, max: 50 },
      { unit: 'g/L', min: 150, max: 500 },
      { unit: '%', min: 15, max: 50 },
    ],
  },
  {
    id: 'creatinine',
    blood: true,
    label: 'créatinine',
    cues: ['creatinine', 'creatininemie', 'creat', 'creatinine plasmatique', 'creatinine serique'],
    bounds: [
      { unit: 'µmol/L', min: 5, max: 3500 },
      // Rarely written so, but 'créatinine 80 mmol/L' is a slip for µmol/L worth naming.
      { unit: 'mmol/L', min: 0.005, max: 3.5 },
      { unit: 'mg/L', min: 0.5, max: 400 },
      { unit: 'mg/dL', min: 0.05, max: 40 },
    ],
  },
  {
    id: 'glucose',
    blood: true,
    label: 'glycémie',
    cues: ['glycemie', 'glucose', 'glycemie a jeun', 'glucosemie', 'hypoglycemie', 'hyperglycemie'],
    caseSlips: { 'G/L': 'g/L' },
    bounds: [
      { unit: 'g/L', min: 0.1, max: 20 },
      { unit: 'mmol/L', min: 0.5, max: 110 },
      { unit: 'mg/dL', min: 10, max: 2000 },
    ],
  },
  {
    id: 'potassium',
    blood: true,
    label: 'kaliémie',
    cues: ['kaliemie', 'potassium', 'k+', 'k', 'hypokaliemie', 'hyperkaliemie'],
    bounds: [
      { unit: 'mmol/L', min: 1, max: 12 },
      { unit: 'mEq/L', min: 1, max: 12 },
    ],
  },
  {
    id: 'sodium',
    blood: true,
    label: 'natrémie',
    cues: ['natremie', 'sodium', 'na+', 'na', 'hyponatremie', 'hypernatremie'],
    bounds: [
      { unit: 'mmol/L', min: 90, max: 200 },
      { unit: 'mEq/L', min: 90, max: 200 },
    ],
  },
  {
    id: 'platelets',
    blood: true,
    label: 'plaquettes',
    cues: ['plaquettes', 'plaquettaire', 'thrombocytes', 'plq', 'thrombopenie', 'thrombocytose', 'numeration plaquettaire'],
    caseSlips: { 'g/L': 'G/L' },
    bounds: [
      { unit: 'G/L', min: 0.1, max: 3000 },
      { unit: '/mm³', min: 100, max: 3000000 },
      { unit: '/µL', min: 100, max: 3000000 },
    ],
  },
  {
    id: 'leukocytes',
    blood: true,
    label: 'leucocytes',
    cues: ['leucocytes', 'leucocytose', 'hyperleucocytose', 'globules blancs', 'gb', 'leucopenie'],
    caseSlips: { 'g/L': 'G/L' },
    bounds: [
      { unit: 'G/L', min: 0.05, max: 1000 },
      { unit: '/mm³', min: 50, max: 1000000 },
      { unit: '/µL', min: 50, max: 1000000 },
    ],
  },
  {
    // Differential counts: 1.5–7 G/L neutrophils, 1–4 G/L lymphocytes; leukaemias reach hundreds.
    id: 'neutrophils',
    blood: true,
    label: 'polynucléaires neutrophiles',
    cues: ['pnn', 'polynucleaires neutrophiles', 'polynucleaires', 'neutrophiles', 'neutropenie', 'neutrophilie'],
    caseSlips: { 'g/L': 'G/L' },
    bounds: [
      { unit: 'G/L', min: 0, max: 1000 },
      { unit: '/mm³', min: 0, max: 1000000 },
      { unit: '/µL', min: 0, max: 1000000 },
    ],
  },
  {
    id: 'lymphocytes',
    blood: true,
    label: 'lymphocytes',
    cues: ['lymphocytes', 'lymphopenie', 'lymphocytose', 'hyperlymphocytose'],
    caseSlips: { 'g/L': 'G/L' },
    bounds: [
      { unit: 'G/L', min: 0, max: 1000 },
      { unit: '/mm³', min: 0, max: 1000000 },
      { unit: '/µL', min: 0, max: 1000000 },
    ],
  },
  {
    id: 'proteinuria',
    label: 'protéinurie',
    cues: ['proteinurie', 'proteinurie des 24 heures', 'proteinurie de 24 heures', 'albuminurie', 'microalbuminurie'],
    bounds: [
      { unit: 'g/24 h', min: 0, max: 60 },
      { unit: 'mg/24 h', min: 0, max: 60000 },
      { unit: 'g/L', min: 0, max: 60 },
      { unit: 'g/j', min: 0, max: 60 },
    ],
  },
  {
    // Reference interval 4–6 % (20–42 mmol/mol); above 20 % is exceptional. The two units are tied by
    // the IFCC–NGSP master equation: mmol/mol = 10.929 × (% − 2.15).
    id: 'hba1c',
    blood: true,
    label: 'HbA1c',
    cues: ['hba1c', 'hb a1c', 'hba1', 'hemoglobine glyquee', 'hemoglobine glycosylee', 'hemoglobine glyquee hba1c'],
    bounds: [
      { unit: '%', min: 1, max: 25 },
      { unit: 'mmol/mol', min: 0, max: 250 },
    ],
  },
  {
    // Total calcium 2.20–2.60 mmol/L, ionised 1.15–1.30 mmol/L (molar mass 40.08 g/mol); the
    // lower bound leaves room for an ionised calcium in profound hypocalcaemia.
    id: 'calcium',
    blood: true,
    label: 'calcémie',
    cues: ['calcemie', 'calcium', 'calcium total', 'calcium ionise', 'calcemie ionisee', 'calcemie corrigee', 'ca', 'ca2+', 'ca++', 'hypercalcemie', 'hypocalcemie'],
    bounds: [
      { unit: 'mmol/L', min: 0.2, max: 8 },
      { unit: 'mg/L', min: 8, max: 320 },
      { unit: 'mg/dL', min: 0.8, max: 32 },
    ],
  },
  {
    // 2.5–7.5 mmol/L (molar mass 60.06 g/mol); beyond 100 mmol/L only in untreated end-stage uraemia.
    id: 'urea',
    blood: true,
    label: 'urée',
    cues: ['uree', 'uremie', 'uree sanguine', 'uree plasmatique'],
    bounds: [
      { unit: 'mmol/L', min: 0.2, max: 150 },
      { unit: 'g/L', min: 0.012, max: 9 },
    ],
  },
  {
    // 35–50 g/L; congenital analbuminaemia leaves almost none, hence no lower bound.
    id: 'albumin',
    blood: true,
    label: 'albuminémie',
    cues: ['albumine', 'albuminemie', 'albumine serique', 'albumine plasmatique', 'hypoalbuminemie'],
    caseSlips: { 'G/L': 'g/L', 'G/dL': 'g/dL' },
    bounds: [
      { unit: 'g/L', min: 0, max: 75 },
      { unit: 'g/dL', min: 0, max: 7.5 },
    ],
  },
  {
    id: 'crp',
    blood: true,
    label: 'CRP',
    cues: ['crp', 'proteine c reactive', 'c reactive protein'],
    bounds: [
      { unit: 'mg/L', min: 0, max: 900 },
      { unit: 'mg/dL', min: 0, max: 90 },
      { unit: 'g/L', min: 0, max: 0.9 },
    ],
  },
  // Drug levels (therapeutic monitoring, poisonings): far above the toxic ranges; the unit 1000
  // times off ('tacrolimémie 8,2 µg/mL') is the slip caught. One unit of each kind: the others
  // are scaled from it (boundsFor). Named by the level's word, not the drug's alone:
  // 'vancomycine 50 mg/mL' is an eye drop's strength.
  {
    id: 'tacrolimus',
    blood: true,
    label: 'tacrolimémie',
    cues: ['tacrolimemie', 'taux de tacrolimus', 'residuel de tacrolimus', 'tacrolimus residuel'],
    bounds: [{ unit: 'ng/mL', min: 0, max: 150 }],
  },
  {
    id: 'ciclosporin',
    blood: true,
    label: 'ciclosporinémie',
    cues: ['ciclosporinemie', 'cyclosporinemie', 'taux de ciclosporine', 'residuel de ciclosporine'],
    bounds: [{ unit: 'ng/mL', min: 0, max: 5000 }],
  },
  {
    id: 'vancomycin',
    blood: true,
    label: 'vancocinémie',
    cues: ['vancocinemie', 'vancomycinemie', 'taux de vancomycine', 'residuel de vancomycine'],
    bounds: [{ unit: 'mg/L', min: 0, max: 200 }],
  },
  {
    id: 'digoxin',
    blood: true,
    label: 'digoxinémie',
    cues: ['digoxinemie', 'taux de digoxine'],
    bounds: [
      { unit: 'ng/mL', min: 0, max: 30 },
      { unit: 'nmol/L', min: 0, max: 40 },
    ],
  },
  {
    // Paracetamol: 1 mg/L = 6.62 µmol/L (151.16 g/mol).
    id: 'paracetamol',
    blood: true,
    label: 'paracétamolémie',
    cues: ['paracetamolemie', 'taux de paracetamol'],
    bounds: [
      { unit: 'mg/L', min: 0, max: 2000 },
      { unit: 'µmol/L', min: 0, max: 13300 },
    ],
  },
  {
    id: 'lithium',
    blood: true,
    label: 'lithiémie',
    cues: ['lithiemie', 'lithemie', 'taux de lithium'],
    bounds: [{ unit: 'mmol/L', min: 0, max: 15 }],
  },
  {
    // A share of cells or of a volume: no more than all of it.
    id: 'ki67',
    label: 'index Ki67',
    cues: ['ki67', 'ki-67', 'ki 67', 'mib1', 'mib-1', 'index de proliferation'],
    bounds: [{ unit: '%', min: 0, max: 100 }],
    impossible: 'pour un pourcentage de cellules',
  },
  {
    id: 'lvef',
    label: "fraction d'éjection",
    cues: ['fevg', "fraction d'ejection ventriculaire gauche", "fraction d'ejection du ventricule gauche", "fraction d'ejection vg"],
    bounds: [{ unit: '%', min: 3, max: 95 }],
  },
  {
    id: 'hematocrit',
    blood: true,
    label: 'hématocrite',
    cues: ['hematocrite', 'ht', 'hte'],
    bounds: [{ unit: '%', min: 3, max: 90 }],
  },
];

export const ANALYTE_BY_ID = new Map(ANALYTES.map((x) => [x.id, x]));

/**
 * Concentrations of one kind, in litres' worth of their unit: a value written in another unit of
 * the same kind ('kaliémie 3,4 mol/L', 'créatinine 1,1 mg/dL') is judged against bounds scaled
 * from the analyte's own.
 */
const FAMILIES: Record<string, number>[] = [
  { 'mol/L': 1, 'mmol/L': 1e-3, 'µmol/L': 1e-6, 'nmol/L': 1e-9, 'pmol/L': 1e-12 },
  { 'g/L': 1, 'g/dL': 10, 'mg/mL': 1, 'g/mL': 1000, 'mg/L': 1e-3, 'µg/mL': 1e-3, 'mg/dL': 1e-2, 'µg/L': 1e-6, 'ng/mL': 1e-6, 'µg/dL': 1e-5, 'ng/L': 1e-9, 'pg/mL': 1e-9 },
];
const FAMILY_OF = new Map(FAMILIES.flatMap((family) => Object.keys(family).map((unit) => [unit, family] as const)));

/** The analyte's bounds in `unit`: its own, or scaled from its own in a unit of the same kind (made once). */
export function boundsFor(analyte: Analyte, unit: string): UnitBounds | undefined {
  let byUnit = boundsByUnit.get(analyte);
  if (!byUnit) boundsByUnit.set(analyte, (byUnit = new Map()));
  if (!byUnit.has(unit)) byUnit.set(unit, findBounds(analyte, unit));
  return byUnit.get(unit);
}

const boundsByUnit = new WeakMap<Analyte, Map<string, UnitBounds | undefined>>();

function findBounds(analyte: Analyte, unit: string): UnitBounds | undefined {
  const own = analyte.bounds.find((b) => b.unit === unit);
  if (own) return own;
  const family = FAMILY_OF.get(unit);
  const base = family && analyte.bounds.find((b) => family[b.unit] !== undefined);
  if (!family || !base) return undefined;
  const scale = family[base.unit] / family[unit];
  return { unit, min: base.min * scale, max: base.max * scale };
}

/** Are two units of the same kind of concentration (both molar, or both by mass)? */
export function sameKind(a: string, b: string): boolean {
  const family = FAMILY_OF.get(a);
  return family !== undefined && family === FAMILY_OF.get(b);
}

/** Every unit some analyte can be judged in, its own or of the same kind. */
export const ANALYTE_UNITS = new Set(
  ANALYTES.flatMap((a) => [
    ...a.bounds.flatMap((b) => Object.keys(FAMILY_OF.get(b.unit) ?? { [b.unit]: 1 })),
    ...Object.keys(a.caseSlips ?? {}),
  ]),
);
