/**
 * Grammatical gender for the patient-sex rules: noun genders and masculine/feminine forms of
 * adjectives and past participles from the Lefff (Lexique des formes fléchies du français,
 * Benoît Sagot, INRIA; LGPL-LR), through the npm packages french-words-gender-lefff and
 * lefff-helper, reduced at build time (scripts/build-dictionary.mjs) to dist/lefff/gender.json,
 * loaded on first use (~25 ms). Clinical nouns the Lefff lacks are added below, with their gender
 * in French usage.
 */
import { requireBuilt } from './built.js';

export type Gender = 'M' | 'F';

/** dist/lefff/gender.json: sorted lists joined by '|', with one letter per entry where said. */
interface GenderFile {
  nouns: string;
  /** M or F, per noun. */
  nounGenders: string;
  forms: string;
  /** Per adjective form: M (masculine with a feminine), E (both genders), F (feminine singular), U (another form). */
  formGenders: string;
  /** Per adjective form, that of the other gender: for M and E the feminine ('' when none), for F and U the root. */
  otherForms: string;
  participles: string;
}

interface Lexicon {
  nouns: Map<string, Gender>;
  /** Adjective form → its index in formGenders and otherForms. */
  forms: Map<string, number>;
  formGenders: string;
  otherForms: string[];
  /** Masculine singular past participles. */
  participles: Set<string>;
}

let lexicon: Lexicon | undefined;

function lefff(): Lexicon {
  if (lexicon) return lexicon;
  const file = requireBuilt<GenderFile>('lefff/gender.json');
  if (!file) throw new Error('lexique des genres introuvable : lancez « npm run build »');
  const nouns = new Map<string, Gender>();
  file.nouns.split('|').forEach((noun, i) => nouns.set(noun, file.nounGenders[i] as Gender));
  const forms = new Map<string, number>();
  file.forms.split('|').forEach((form, i) => forms.set(form, i));
  lexicon = {
    nouns,
    forms,
    formGenders: file.formGenders,
    otherForms: file.otherForms.split('|'),
    participles: new Set([...file.participles.split('|'), ...BE_PARTICIPLES, ...CLINICAL_PARTICIPLES]),
  };
  return lexicon;
}

/** Clinical nouns missing from the Lefff, or that it genders otherwise than clinicians do. */
const CLINICAL_NOUNS: Record<string, Gender> = {
  irm: 'F', tdm: 'F', tep: 'F', 'tep-tdm': 'F', 'tep-scanner': 'F', échographie: 'F', echographie: 'F', radiographie: 'F',
  scintigraphie: 'F', coloscopie: 'F', fibroscopie: 'F', endoscopie: 'F', biopsie: 'F', cytoponction: 'F', ponction: 'F',
  greffe: 'F', œdème: 'M', oedème: 'M', scanner: 'M', ecg: 'M', eeg: 'M', emg: 'M', bilan: 'M', nodule: 'M', kyste: 'M',
  adénopathie: 'F', lésion: 'F', tumeur: 'F', masse: 'F', métastase: 'F', récidive: 'F', fièvre: 'F', douleur: 'F',
  toux: 'F', dyspnée: 'F', asthénie: 'F', anémie: 'F', thrombose: 'F', embolie: 'F', infection: 'F', plaie: 'F',
  cicatrice: 'F', fracture: 'F', sténose: 'F', hémorragie: 'F', nécrose: 'F', fistule: 'F', collection: 'F',
  chimiothérapie: 'F', radiothérapie: 'F', immunothérapie: 'F', hormonothérapie: 'F', corticothérapie: 'F',
  antibiothérapie: 'F', intervention: 'F', chirurgie: 'F', exérèse: 'F', résection: 'F', cure: 'F', séance: 'F',
  évolution: 'F', imagerie: 'F', cytologie: 'F', histologie: 'F', immunohistochimie: 'F', sérologie: 'F', culture: 'F',
  pièce: 'F', tuméfaction: 'F', hypertrophie: 'F', insuffisance: 'F', hypertension: 'F', cardiopathie: 'F',
  échocardiographie: 'F', fraction: 'F', dose: 'F', posologie: 'F', mutation: 'F', maladie: 'F', pathologie: 'F',
  rechute: 'F', rémission: 'F', réponse: 'F', progression: 'F', atteinte: 'F', localisation: 'F', extension: 'F',
  prise: 'F', tolérance: 'F', toxicité: 'F', sonde: 'F', prothèse: 'F', valve: 'F', artère: 'F', veine: 'F',
  glande: 'F', thyroïde: 'F', rate: 'F', vessie: 'F', vésicule: 'F', prostate: 'F', paroi: 'F', muqueuse: 'F',
  peau: 'F', plèvre: 'F', aorte: 'F', cavité: 'F', tête: 'F', jambe: 'F', main: 'F', cuisse: 'F', hanche: 'F',
  épaule: 'F', cheville: 'F', colonne: 'F', région: 'F', face: 'F', zone: 'F', image: 'F', opacité: 'F',
  hyperfixation: 'F', prolifération: 'F', infiltration: 'F', cellule: 'F', tumorectomie: 'F', mastectomie: 'F',
  gastrectomie: 'F', colectomie: 'F', néphrectomie: 'F', thyroïdectomie: 'F', hystérectomie: 'F', splénectomie: 'F',
  patiente: 'F', 'mère': 'F', 'épouse': 'F', fille: 'F', 'sœur': 'F', soeur: 'F', tante: 'F', 'grand-mère': 'F',
  patient: 'M', 'père': 'M', mari: 'M', 'époux': 'M', fils: 'M', 'frère': 'M', oncle: 'M', 'grand-père': 'M',
};

/** Relatives of the patient: a sex cue or a pronoun about one of them is not about the patient. */
export const RELATIVES = [
  'mère', 'père', 'épouse', 'époux', 'mari', 'femme', 'fille', 'fils', 'sœur', 'soeur', 'frère', 'tante', 'oncle',
  'grand-mère', 'grand-père', 'cousine', 'cousin', 'compagne', 'compagnon', 'conjointe', 'conjoint', 'partenaire',
  'voisine', 'voisin', 'amie', 'ami', 'enfant', 'nièce', 'neveu', 'petite-fille', 'petit-fils', 'belle-mère', 'beau-père',
  'belle-sœur', 'beau-frère', 'belle-fille', 'gendre', 'demi-frère', 'demi-sœur', 'parrain', 'marraine',
  // Not kin, but another person the note tells of: the organ donor of a transplant.
  'donneur', 'donneuse',
];
/** Carers: 'Le Dr Martin l'a examiné. Elle a prescrit…' may be about them. */
export const CARERS = [
  'médecin', 'docteur', 'doctoresse', 'professeur', 'chirurgien', 'chirurgienne', 'infirmière', 'infirmier', 'sage-femme', 'kinésithérapeute', 'interne',
  'aide-soignant', 'aide-soignante', 'psychiatre', 'psychologue', 'pompier', 'ergothérapeute', 'cardiologue', 'anesthésiste', 'radiologue',
  'pédiatre', 'gynécologue', 'urgentiste', 'neurologue', 'juge', 'assistante sociale', 'assistant social', 'diététicienne', 'diététicien',
  'orthophoniste', 'IDE', 'pharmacienne', 'pharmacien', 'auxiliaire de vie', 'tutrice', 'tuteur', 'curatrice', 'curateur',
  'cadre de santé', 'manipulatrice', 'manipulateur', 'interprète', 'traducteur', 'traductrice', 'médiateur', 'médiatrice',
  // The team of an operating room, named in a report's staff lines ('IBODE : Mme C.', 'Aide : Mme C., IBODE').
  'IBODE', 'IADE', 'opérateur', 'opératrice', 'instrumentiste', 'panseuse', 'panseur', 'aide opératoire',
];

/** Animals a note tells of (a bite, a zoonosis): 'Le chien est vivant. Il reste en surveillance.' is about the dog. */
export const ANIMALS = ['chien', 'chienne', 'chiot', 'chat', 'chatte', 'chaton', 'animal', 'cheval', 'jument', 'rat', 'singe', 'renard', 'chauve-souris', 'furet', 'lapin'];

/** Past participles of verbs conjugated with 'être', which the Lefff list of participles lacks. */
const BE_PARTICIPLES = ['resté', 'né', 'décédé', 'venu', 'revenu', 'arrivé', 'parti', 'entré', 'rentré', 'retourné', 'tombé', 'mort', 'devenu', 'demeuré', 'passé', 'réapparu', 'apparu', 'survenu'];
/**
 * Past participles of clinical verbs the Lefff lacks ('elle est ménopausée', 'il a été extubé'),
 * and 'âgé' (an adjective for the Lefff, said of a patient as a participle is: 'une patiente âgée
 * de 45 ans'), also written 'agé'.
 */
const CLINICAL_PARTICIPLES = [
  'ménopausé', 'référé', 'extubé', 'intubé', 'réintubé', 'réopéré', 'sédaté', 'anticoagulé', 'héparinisé', 'biopsié', 'rebiopsié', 'reconvoqué',
  'césarisé', 'hystérectomisé', 'mastectomisé', 'splénectomisé', 'cholécystectomisé', 'appendicectomisé', 'thyroïdectomisé', 'colectomisé',
  'néphrectomisé', 'gastrectomisé', 'trachéotomisé', 'stomisé', 'exéaté', 'âgé', 'agé',
  // Civil status, said in the identity line ('Patiente de 42 ans, divorcée').
  'divorcé', 'pacsé',
];
/** Participles made from a procedure ('surrénalectomisé', 'laryngectomisée'). */
const PROCEDURE_PARTICIPLE = /(?:ectomis|otomis)é$/;

/** The gender of a noun, lower-cased, or undefined when unknown. */
export function nounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  const clinical = Object.hasOwn(CLINICAL_NOUNS, w) ? CLINICAL_NOUNS[w] : undefined;
  if (clinical) return clinical;
  const { nouns } = lefff();
  return nouns.get(w) ?? nouns.get(word);
}

/**
 * The gender an adjective or past participle shows ('restée' → F, 'resté' → M), 'epicene' when
 * both genders share the form ('stable', 'asymptomatique'), undefined when not an adjective.
 */
export function formGender(word: string): Gender | 'epicene' | undefined {
  const { forms, formGenders } = lefff();
  // 'normo-tendu': the last part carries the agreement.
  const w = word.toLowerCase().split('-').pop()!;
  const participle = participleGender(w);
  if (participle) return participle;
  const i = forms.get(w);
  if (i === undefined) return undefined;
  const gender = formGenders[i];
  return gender === 'E' ? 'epicene' : gender === 'M' || gender === 'F' ? gender : undefined;
}

/** The gender a past participle shows ('admise' → F), undefined for a word that is not one ('présente'). */
export function participleGender(word: string): Gender | undefined {
  const { participles } = lefff();
  const w = word.toLowerCase();
  if (isParticiple(participles, w)) return 'M';
  if (w.endsWith('e') && isParticiple(participles, w.slice(0, -1))) return 'F';
  return undefined;
}

/** A participle, also made again ('réadressé', 'readressé', 'réhospitalisé'). */
function isParticiple(participles: Set<string>, form: string): boolean {
  if (participles.has(form)) return true;
  if (!form.endsWith('é')) return false;
  return PROCEDURE_PARTICIPLE.test(form) || ((form.startsWith('ré') || form.startsWith('re')) && form.length > 6 && participles.has(form.slice(2)));
}

/** Words said of a person whose other gender the Lefff's adjectives lack. */
const IRREGULAR_PAIRS = new Map([['veuf', 'veuve'], ['veuve', 'veuf']]);

/** The same adjective or participle in the other gender ('restée' → 'resté', 'admis' → 'admise'). */
export function otherGenderForm(word: string): string | undefined {
  const { forms, otherForms } = lefff();
  const w = word.toLowerCase();
  // 'normo-tendu', a compound the Lefff lacks: its last part carries the agreement.
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && !forms.has(w)) {
    const last = otherGenderForm(word.slice(hyphen + 1));
    return last && word.slice(0, hyphen + 1) + last.toLowerCase();
  }
  let out = IRREGULAR_PAIRS.get(w);
  if (!out) {
    const participle = participleGender(w);
    if (participle) out = participle === 'M' ? w + 'e' : w.slice(0, -1);
    else {
      const i = forms.get(w);
      if (i !== undefined) out = otherForms[i];
    }
  }
  if (!out || out === w) return undefined;
  return word[0] === word[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
}
