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
