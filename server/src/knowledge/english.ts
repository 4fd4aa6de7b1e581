/**
 * English words that translations of case reports leave in French notes, with the French words
 * clinicians write instead. General bilingual vocabulary (no source text): each English word
 * maps to its usual French rendering in a case note; where the French word agrees in gender, both
 * forms are given. Only words the French dictionaries lack matter here: 'patient', 'normal',
 * 'pain' (a French word too) are never read as English.
 */
const WORDS: Record<string, string | string[]> = {
  // Time and frequency.
  day: 'jour', days: 'jours', week: 'semaine', weeks: 'semaines', month: 'mois', months: 'mois', year: 'an', years: 'ans',
  hour: 'heure', hours: 'heures', daily: 'par jour', weekly: 'par semaine', monthly: 'par mois', twice: 'deux fois', yearly: 'par an',
  'follow-up': 'suivi', followup: 'suivi', 'work-up': 'bilan', workup: 'bilan', onset: 'début', outcome: 'évolution', history: 'antécédents',
  // Units and forms counted after a number.
  unit: 'unité', units: 'unités', tablet: 'comprimé', tablets: 'comprimés', drops: 'gouttes', puff: 'bouffée', puffs: 'bouffées',
  beats: 'battements', breaths: 'cycles',
  // Body.
  chest: 'thorax', breast: 'sein', breasts: 'seins', bone: 'os', bones: 'os', bowel: 'intestin', stomach: 'estomac', blood: 'sang',
  node: 'ganglion', nodes: 'ganglions', thigh: 'cuisse', knee: 'genou', shoulder: 'épaule', neck: 'cou', throat: 'gorge',
  eye: 'œil', eyes: 'yeux', ear: 'oreille', ears: 'oreilles', mouth: 'bouche', tongue: 'langue', teeth: 'dents', tooth: 'dent',
  hands: 'mains', foot: 'pied', feet: 'pieds', leg: 'jambe', legs: 'jambes', arm: 'bras', arms: 'bras', head: 'tête', back: 'dos',
  kidney: 'rein', kidneys: 'reins', liver: 'foie', lung: 'poumon', lungs: 'poumons', heart: 'cœur', brain: 'cerveau', bladder: 'vessie',
  left: ['gauche'], right: ['droit', 'droite'], upper: ['supérieur', 'supérieure'], lower: ['inférieur', 'inférieure'], bilateral: ['bilatéral', 'bilatérale'],
  // Signs and symptoms.
  fever: 'fièvre', cough: 'toux', headache: 'céphalées', headaches: 'céphalées', dizziness: 'vertiges', nausea: 'nausées', vomiting: 'vomissements',
  swelling: 'tuméfaction', weakness: 'faiblesse', shortness: 'essoufflement', breath: 'souffle', bleeding: 'saignement', seizure: 'crise convulsive',
  seizures: 'crises convulsives', weight: 'poids', height: 'taille', wound: 'plaie', healing: 'cicatrisation', mild: ['léger', 'légère'],
  severe: ['sévère'], tumour: 'tumeur', tumours: 'tumeurs', mass: 'masse', findings: 'résultats', stroke: 'AVC', hemorrhage: 'hémorragie',
  haemorrhage: 'hémorragie', diabetes: 'diabète', smoker: 'fumeur', alcohol: 'alcool', drug: 'médicament', drugs: 'médicaments',
  negative: ['négatif', 'négative'], increased: ['augmenté', 'augmentée'], decreased: ['diminué', 'diminuée'],
  acute: ['aigu', 'aiguë'], chronic: ['chronique'], respiratory: 'respiratoire', distress: 'détresse', failure: 'insuffisance', pressure: 'pression',
  ulcer: 'ulcère', frailty: 'fragilité', preserved: ['préservé', 'préservée'], reduced: ['réduit', 'réduite'], ejection: 'éjection', disease: 'maladie',
  injury: 'lésion', deep: ['profond', 'profonde'], vein: 'veine', thrombosis: 'thrombose', cardiac: 'cardiaque', arrest: 'arrêt',
  transient: 'transitoire', ischemic: 'ischémique', ischaemic: 'ischémique', sleep: 'sommeil', apnea: 'apnée', apnoea: 'apnée',
  pneumonia: 'pneumopathie', walk: 'marche', moderate: ['modéré', 'modérée'], disability: 'handicap', associated: ['associé', 'associée'],
  ventilator: 'respirateur',
  // Care.
  surgery: 'chirurgie', treatment: 'traitement', discharge: 'sortie', ultrasound: 'échographie', biopsy: 'biopsie', chemotherapy: 'chimiothérapie', radiotherapy: 'radiothérapie', hospital: 'hôpital',
  emergency: 'urgences', ward: 'service', doctor: 'médecin', physician: 'médecin', outpatient: 'en ambulatoire', inpatient: 'hospitalisé',
  without: 'sans', with: 'avec',
};

/** Phrases, read from their first word: the French says them in other words ('chest pain' → 'douleur thoracique'). */
const PHRASES: [english: string, french: string][] = [
  ['chest pain', 'douleur thoracique'], ['chest x-ray', 'radiographie thoracique'], ['chest ct', 'TDM thoracique'], ['weight loss', 'perte de poids'],
  ['weight gain', 'prise de poids'], ['shortness of breath', 'dyspnée'], ['blood pressure', 'pression artérielle'], ['heart rate', 'fréquence cardiaque'],
  ['blood cultures', 'hémocultures'], ['blood culture', 'hémoculture'], ['blood tests', 'bilan sanguin'], ['blood test', 'bilan sanguin'],
  ['blood count', 'numération formule sanguine'], ['white blood cell count', 'numération leucocytaire'], ['white blood cells', 'leucocytes'],
  ['white blood cell', 'leucocyte'], ['red blood cells', 'hématies'], ['red blood cell', 'hématie'], ['malar rash', 'érythème malaire'], ['lymph nodes', 'ganglions'], ['lymph node', 'ganglion'],
  ['follow up', 'suivi'], ['work up', 'bilan'], ['emergency department', 'service des urgences'], ['emergency room', 'service des urgences'],
  ['intensive care unit', 'unité de soins intensifs'], ['intensive care', 'soins intensifs'], ['bowel movements', 'selles'],
  ['return to play', 'reprise du sport'], ['return to sport', 'reprise du sport'],
  ['deep vein thrombosis', 'thrombose veineuse profonde'], ['transient ischemic attack', 'accident ischémique transitoire'],
  ['cardiac arrest', 'arrêt cardiaque'], ['heart attack', 'infarctus'], ['sleep apnea', 'apnée du sommeil'],
];

/** The English phrase starting `text` and its French ('chest pain, …' → ['chest pain', 'douleur thoracique']; 'day 3' → 'J3'). */
export function englishPhraseAt(text: string): [english: string, french: string] | undefined {
  const lower = text.toLowerCase();
  const day = /^days?\s*(\d{1,3})(?![\p{L}\d])/u.exec(lower);
  if (day) return [text.slice(0, day[0].length), `J${day[1]}`];
  for (const [english, french] of PHRASES) {
    if (lower.startsWith(english) && !/[\p{L}\d]/u.test(lower[english.length] ?? '')) return [text.slice(0, english.length), french];
  }
  return undefined;
}

/**
 * The units among them: after a number ('pendant 3 days', '10 units d'insuline') the unit rules
 * judge them. 'units' is 'unités': 'UI' would be wrong for blood products.
 */
const UNIT_WORDS = new Set(['unit', 'units', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'tablet', 'tablets', 'drops', 'puff', 'puffs', 'beats', 'breaths']);

/** The words as notes write them (lower case, capitalised, in capitals): most words asked of are none, answered without lowering them. */
const WRITTEN = new Set(Object.keys(WORDS).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));

/** English function words French lacks: two of them make a line English, one a quotation or a parenthesis ('the', 'of', 'with'). */
export const ENGLISH = new Set(['the', 'of', 'and', 'with', 'for', 'was', 'were', 'is', 'are', 'this', 'that', 'from', 'by', 'to', 'in', 'which', 'these', 'their', 'has', 'have', 'been', 'we', 'our', 'its', 'it', 'not', 'at', 'be']);

/** A word of English: a function word, or one the lists translate ('fever', 'ultrasound'). */
export function isEnglishWord(word: string): boolean {
  return ENGLISH.has(word.toLowerCase()) || frenchFor(word) !== undefined;
}

/** The French for an English word ('chest' → ['thorax'], 'right' → ['droit', 'droite']), or undefined. */
export function frenchFor(word: string): string[] | undefined {
  if (!WRITTEN.has(word)) return undefined;
  const lower = word.toLowerCase();
  const french = WORDS[lower];
  return typeof french === 'string' ? [french] : french;
}

/** After an English unit word, the English word that goes with it ('years old', 'days later', 'weeks ago'). */
const TAIL_AFTER_UNIT = /^[\s-]+(old|later|ago|before|after|earlier)(?![\p{L}])/iu;
/** Their French after the unit ('3 days later' → '3 jours plus tard'); 'old' goes, 'ago' is 'il y a' before the number. */
const TAIL_FRENCH: Record<string, string> = { old: '', ago: '', later: ' plus tard', before: ' avant', after: ' après', earlier: ' plus tôt' };

/** The English word that goes with the English unit word ending at `unitEnd` in `text` ('32 years old'), its French after the unit, and where it ends. */
export function englishTailAfterUnit(text: string, unitEnd: number): { word: string; french: string; end: number } | undefined {
  const m = TAIL_AFTER_UNIT.exec(text.slice(unitEnd, unitEnd + 10));
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return { word, french: TAIL_FRENCH[word], end: unitEnd + m[0].length };
}

/** The French for an English unit word after a number ('days' → 'jours'), or undefined. */
export function englishUnitWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  return UNIT_WORDS.has(lower) ? frenchFor(lower)![0] : undefined;
}
