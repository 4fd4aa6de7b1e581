/**
 * Terms that concern one sex only: anatomy, procedures, physiological states and tests.
 * Source: French anatomical and clinical terminology (Terminologia Anatomica, French edition;
 * the CCAM act labels for the procedures). Matched on lower-cased text, whole words.
 */
export const SEX_SPECIFIC_TERMS: { sex: 'male' | 'female'; pattern: string; label: string }[] = [
  ...[
    ['ménopause', 'ménopausée?s?|ménopause|périménopause|post-ménopause'],
    ['grossesse', 'grossesses?|enceinte|gestante'],
    ['gestité et parité', 'gestité|parité|primipare|multipare|nullipare|primigeste|multigeste|g\\d+\\s?p\\d+'],
    ['utérus', 'utérus|utérine?s?|hystérectomie|hystéroscopie|myomectomie|endomètre|endométriale?s?|endométriose'],
    ['ovaires', 'ovaires?|ovariennes?|ovarien|ovariectomie|annexectomie|salpingectomie|trompes? de fallope'],
    ['cycle menstruel', 'aménorrhée|dysménorrhée|ménorragies?|métrorragies?|ménarche|menstruations?|dernières règles|ddr'],
    ['col utérin', 'col utérin|cervico-vaginale?s?|colposcopie|vagin|vaginale?s?|vulve|vulvaire'],
    // 'accouchement du kyste' is a surgeon's word for delivering a cyst whole.
    ['accouchement', "accouchement(?!\\s+(?:du|de|d['’]))|accouchée|césarienne|post-partum|allaitement|parturiente"],
  ].map(([label, pattern]) => ({ sex: 'female' as const, label, pattern })),
  ...[
    ['prostate', 'prostate|prostatique|prostatectomie|psa'],
    // Not a woman's 'varicocèle pelvienne', a girl's 'hydrocèle du canal de Nuck', the nose's 'tissu érectile'.
    ['testicules', 'testicules?|testiculaire|orchidectomie|orchite|cryptorchidie|épididyme|épididymite|scrotum|scrotale?|varicocèle(?!\\s+pelvienne)|hydrocèle(?!\\s+du\\s+canal)'],
    ['pénis', 'pénis|pénienne?|verge|dysfonction érectile|troubles? érectiles?|troubles? de l[\'’]érection|circoncision'],
    // Not 'spermogramme': a couple's infertility work-up lists it in the woman's note.
    ['fertilité masculine', 'vasectomie|azoospermie|oligospermie'],
  ].map(([label, pattern]) => ({ sex: 'male' as const, label, pattern })),
];

/**
 * Words that say the patient's gender is not the sex their anatomy was assigned at birth (a
 * transgender person's note: a trans woman's prostate, a trans man's uterus, named as they should
 * be). Source: French clinical terminology of gender incongruence (CIM-11, HA60 'incongruence de
 * genre'; Haute Autorité de santé, 'Parcours de transition des personnes transgenres', 2022).
 * Lower-cased, whole words.
 */
export const GENDER_TRANSITION = [
  'transgenres?',
  'transidentités?',
  'transsexuel(?:le)?s?',
  'transsexualisme',
  '(?:femme|homme|personne|patiente?)\\s+trans',
  'dysphorie\\s+de\\s+genre',
  'incongruence\\s+de\\s+genre',
  'réassignation',
  'vaginoplastie',
  'phalloplastie',
  'métaïdoioplastie',
  'assignée?\\s+(?:garçon|fille|homme|femme|(?:de\\s+|au\\s+)?sexe\\s+(?:masculin|féminin))\\s+à\\s+la\\s+naissance',
  'sexe\\s+assigné',
  'transition\\s+(?:de\\s+genre|hormonale|médicale|sociale|chirurgicale|féminisante|masculinisante)',
  'parcours\\s+de\\s+transition',
  'hormonothérapie\\s+(?:féminisante|masculinisante)',
];
