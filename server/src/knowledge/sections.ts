/**
 * Section titles of French case notes and the canonical kind each one names.
 *
 * Source: the headings of French case reports (structure 'Observation / Cas clinique' of French
 * medical journals) and of French hospital reports (compte rendu d'hospitalisation: motif,
 * antécédents, histoire de la maladie, examen clinique, examens complémentaires, évolution,
 * conclusion), with the abbreviated headings of hospital notes (ATCD, HDM, EC, CAT: conduite à
 * tenir). Titles are matched without case or accents.
 */

export type SectionKind =
  | 'cas-clinique'
  | 'motif'
  | 'anamnese'
  | 'antecedents'
  | 'antecedents-familiaux'
  | 'mode-de-vie'
  | 'allergies'
  | 'traitement-habituel'
  | 'histoire'
  | 'examen-physique'
  | 'examens-complementaires'
  | 'biologie'
  | 'imagerie'
  | 'anatomopathologie'
  | 'diagnostic'
  | 'traitement'
  | 'evolution'
  | 'evolution-traitement'
  | 'conclusion'
  | 'discussion'
  | 'introduction'
  | 'other';

export const SECTION_LABELS: Record<SectionKind, string> = {
  'cas-clinique': 'Cas clinique',
  motif: 'Motif de consultation',
  anamnese: 'Anamnèse',
  antecedents: 'Antécédents',
  'antecedents-familiaux': 'Antécédents familiaux',
  'mode-de-vie': 'Mode de vie',
  allergies: 'Allergies',
  'traitement-habituel': 'Traitement habituel',
  histoire: 'Histoire de la maladie',
  'examen-physique': 'Examen physique',
  'examens-complementaires': 'Examens complémentaires',
  biologie: 'Biologie',
  imagerie: 'Imagerie',
  anatomopathologie: 'Anatomopathologie',
  diagnostic: 'Diagnostic',
  traitement: 'Traitement',
  evolution: 'Évolution',
  'evolution-traitement': 'Évolution et traitement',
  conclusion: 'Conclusion',
  discussion: 'Discussion',
  introduction: 'Introduction',
  other: 'Section',
};

/** Folded title (lower case, no accents, single spaces) → kind. */
const TITLES: Record<string, SectionKind> = {
  'cas clinique': 'cas-clinique',
  observation: 'cas-clinique',
  'presentation du cas': 'cas-clinique',
  'motif de consultation': 'motif',
  "motif d'hospitalisation": 'motif',
  "motif d'admission": 'motif',
  'motif de la consultation': 'motif',
  "motif de l'hospitalisation": 'motif',
  motif: 'motif',
  anamnese: 'anamnese',
  antecedents: 'antecedents',
  'antecedents personnels': 'antecedents',
  'antecedents medicaux': 'antecedents',
  'antecedents chirurgicaux': 'antecedents',
  'antecedents medicaux et chirurgicaux': 'antecedents',
  'antecedents medico-chirurgicaux': 'antecedents',
  'antecedents personnels et familiaux': 'antecedents',
  'antecedents et mode de vie': 'antecedents',
  atcd: 'antecedents',
  atcds: 'antecedents',
  'atcd personnels': 'antecedents',
  'facteurs de risque': 'antecedents',
  'facteurs de risque cardiovasculaire': 'antecedents',
  'facteurs de risque cardio-vasculaire': 'antecedents',
  vaccinations: 'antecedents',
  vaccins: 'antecedents',
  'statut vaccinal': 'antecedents',
  'carnet de vaccination': 'antecedents',
  'atcd familiaux': 'antecedents-familiaux',
  'antecedents familiaux': 'antecedents-familiaux',
  'histoire familiale': 'antecedents-familiaux',
  'enquete familiale': 'antecedents-familiaux',
  'arbre genealogique': 'antecedents-familiaux',
  'mode de vie': 'mode-de-vie',
  habitus: 'mode-de-vie',
  'contexte social': 'mode-de-vie',
  'histoire sociale': 'mode-de-vie',
  'habitudes de vie': 'mode-de-vie',
  allergies: 'allergies',
  allergie: 'allergies',
  'traitement habituel': 'traitement-habituel',
  'traitements habituels': 'traitement-habituel',
  'traitement en cours': 'traitement-habituel',
  'traitements en cours': 'traitement-habituel',
  "traitement a l'entree": 'traitement-habituel',
  'histoire de la maladie': 'histoire',
  'histoire de la maladie actuelle': 'histoire',
  'maladie actuelle': 'histoire',
  'histoire clinique': 'histoire',
  'histoire oncologique': 'histoire',
  'historique oncologique': 'histoire',
  'histoire recente': 'histoire',
  histoire: 'histoire',
  chronologie: 'histoire',
  'chronologie des evenements': 'histoire',
  hdm: 'histoire',
  'examen physique': 'examen-physique',
  'examen clinique': 'examen-physique',
  "examen clinique a l'admission": 'examen-physique',
  "examen clinique a l'entree": 'examen-physique',
  "examen a l'entree": 'examen-physique',
  "examen a l'admission": 'examen-physique',
  "examen clinique a l'arrivee": 'examen-physique',
  'examen clinique initial': 'examen-physique',
  "examen a l'arrivee": 'examen-physique',
  'examen aux urgences': 'examen-physique',
  examen: 'examen-physique',
  ec: 'examen-physique',
  'examens complementaires': 'examens-complementaires',
  'tests complementaires': 'examens-complementaires',
  'examens paracliniques': 'examens-complementaires',
  'bilan paraclinique': 'examens-complementaires',
  'explorations complementaires': 'examens-complementaires',
  'bilan complementaire': 'examens-complementaires',
  paraclinique: 'examens-complementaires',
  'bilan paraclinique initial': 'examens-complementaires',
  biologie: 'biologie',
  'bilan biologique': 'biologie',
  'examens biologiques': 'biologie',
  'bilan biologique initial': 'biologie',
  bio: 'biologie',
  imagerie: 'imagerie',
  'examens radiologiques': 'imagerie',
  'bilan radiologique': 'imagerie',
  radiologie: 'imagerie',
  "examens d'imagerie": 'imagerie',
  anatomopathologie: 'anatomopathologie',
  'anatomie pathologique': 'anatomopathologie',
  'examen anatomopathologique': 'anatomopathologie',
  histologie: 'anatomopathologie',
  anapath: 'anatomopathologie',
  'examen histologique': 'anatomopathologie',
  diagnostic: 'diagnostic',
  'diagnostic differentiel': 'diagnostic',
  'diagnostic retenu': 'diagnostic',
  'hypotheses diagnostiques': 'diagnostic',
  traitement: 'traitement',
  traitements: 'traitement',
  'prise en charge': 'traitement',
  'prise en charge therapeutique': 'traitement',
  'conduite a tenir': 'traitement',
  cat: 'traitement',
  // What is to be done, decided, booked: its dates are planned (PLAN_TITLE).
  projet: 'traitement',
  'projet therapeutique': 'traitement',
  plan: 'traitement',
  decision: 'traitement',
  decisions: 'traitement',
  'decision therapeutique': 'traitement',
  propositions: 'traitement',
  'a prevoir': 'traitement',
  'suite de la prise en charge': 'traitement',
  'suivi prevu': 'traitement',
  'rendez-vous': 'traitement',
  'prochains rendez-vous': 'traitement',
  'prochain rendez-vous': 'traitement',
  rdv: 'traitement',
  'traitement de sortie': 'traitement',
  'traitement a la sortie': 'traitement',
  evolution: 'evolution',
  suivi: 'evolution',
  'evolution et suivi': 'evolution',
  'evolution clinique': 'evolution',
  'evolution dans le service': 'evolution',
  'suites operatoires': 'evolution',
  'suites postoperatoires': 'evolution',
  'suites post-operatoires': 'evolution',
  'evolution postoperatoire': 'evolution',
  'evolution post-operatoire': 'evolution',
  "deroulement de l'hospitalisation": 'evolution',
  "deroulement du sejour": 'evolution',
  transmissions: 'evolution',
  'transmissions infirmieres': 'evolution',
  'evolution et prise en charge': 'evolution-traitement',
  'evolution et traitement': 'evolution-traitement',
  'traitement et evolution': 'evolution-traitement',
  'prise en charge et evolution': 'evolution-traitement',
  conclusion: 'conclusion',
  synthese: 'conclusion',
  'au total': 'conclusion',
  'en resume': 'conclusion',
  resume: 'conclusion',
  'resume du sejour': 'conclusion',
  "resume de l'hospitalisation": 'conclusion',
  discussion: 'discussion',
  // A published case's opening: the disease and the cases reported before, not the patient.
  introduction: 'introduction',
  rappels: 'introduction',
  generalites: 'introduction',
  // A list of references: a heading, its lines left to their language (note/foreign.ts).
  references: 'other',
  reference: 'other',
  'references bibliographiques': 'other',
  bibliographie: 'other',
};

/** Folded titles of what is to be done ('Conduite à tenir', 'Projet thérapeutique'): what they date is planned, not told. */
export const PLAN_TITLE = /^(?:conduite a tenir|cat|projet|plan|propositions?|decisions?|a prevoir|suite de la prise en charge|suivi prevu|prochains? rendez-vous|rendez-vous|rdv)(?![a-z])/;

/** Kinds that sit under a parent kind when a heading of the parent is open. */
export const SECTION_PARENT: Partial<Record<SectionKind, SectionKind[]>> = {
  'antecedents-familiaux': ['antecedents', 'anamnese'],
  allergies: ['antecedents', 'anamnese'],
  'traitement-habituel': ['antecedents', 'anamnese'],
  'mode-de-vie': ['antecedents', 'anamnese'],
  antecedents: ['anamnese'],
  histoire: ['anamnese'],
  biologie: ['examens-complementaires'],
  imagerie: ['examens-complementaires'],
  anatomopathologie: ['examens-complementaires'],
};

/** The most words a known title has. */
export const MAX_TITLE_WORDS = Math.max(...Object.keys(TITLES).map((t) => t.split(' ').length));

/**
 * First words of narrative titles that notes word their own way ('Histoire de l'infection',
 * 'Chirurgie et couverture', 'Suivi des greffes'), and the kind each names: a heading when the
 * word is followed by a linking word, as titles are ('Traitement bien toléré' is a sentence).
 */
const TITLE_FIRST_WORDS: Record<string, SectionKind> = {
  histoire: 'histoire',
  evolution: 'evolution',
  suivi: 'evolution',
  traitement: 'traitement',
  traitements: 'traitement',
  chirurgie: 'traitement',
  reanimation: 'traitement',
};
const LINKED_TITLE = /^([a-z]+)\s+(?:et|de|du|des|d')(?:\s|(?<=')\S)/;

/** The kind of an unknown title worded from a narrative title's first word ('histoire de l'infection'), folded. */
export function linkedTitleKind(foldedTitle: string): SectionKind | undefined {
  const m = LINKED_TITLE.exec(foldedTitle);
  return m && Object.hasOwn(TITLE_FIRST_WORDS, m[1]) ? TITLE_FIRST_WORDS[m[1]] : undefined;
}

/** The kind a folded heading names, if it is a known title. */
export function sectionKind(foldedTitle: string): SectionKind | undefined {
  // Own keys only: a heading 'constructor' is no section kind.
  return Object.hasOwn(TITLES, foldedTitle) ? TITLES[foldedTitle] : undefined;
}
