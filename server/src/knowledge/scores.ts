/**
 * Clinical scores and classes that notes write with their value ('Glasgow 14/15', 'Apgar 8/9/10',
 * 'NYHA III', 'ECOG 1'), and the values each scale can take.
 *
 * Sources: the scales' definitions as published by their authors: Glasgow coma scale (Teasdale
 * and Jennett, 1974; 3 to 15), Apgar (1953; 0 to 10 at each minute), MMSE (Folstein, 1975; 0 to
 * 30), MoCA (Nasreddine, 2005; 0 to 30), NIHSS (National Institutes of Health stroke scale; 0 to
 * 42), ECOG performance status (Oken, 1982; 0 to 5), ASA physical status (American Society of
 * Anesthesiologists; I to VI), NYHA classes (I to IV), Killip classes (1967; I to IV), modified
 * Mallampati classes (Samsoon and Young, 1987; I to IV), Cormack and Lehane grades (1984; I to
 * IV), modified Rankin scale (0 to 6), Child-Pugh score (5 to 15), MELD (6 to 40, uncapped a little beyond),
 * CHA2DS2-VASc (0 to 9), HAS-BLED (0 to 9), SOFA (Vincent, 1996; 0 to 24), qSOFA (0 to 3),
 * Epworth sleepiness scale (Johns, 1991; 0 to 24), Silverman score (1956; 0 to 10), G8
 * oncogeriatric screening tool (Bellera, 2012; 0 to 17), Karnofsky index (0 to 100), Gleason score
 * (2 to 10), ISUP grade groups (2014; 1 to 5), EDSS (Kurtzke, 1983; 0 to 10), Hunt and Hess
 * grades (1968; I to V), WFNS grades (1988; I to V), Barthel index (0 to 100), Braden scale (6 to
 * 23), CURB-65 (0 to 5), Tanner stages (1 to 5), Fazekas scale of white matter lesions (1987; 0 to 3), modified Fisher scale (0 to 4), Rutherford
 * classification (0 to 6), pain scales (EVA, 0 to 10 or 0 to 100 mm; EN, 0 to 10), Palliative
 * Performance Scale (0 to 100 %), Mayo score of ulcerative colitis (Schroeder, 1987; 0 to 12),
 * AUDIT (WHO, 1989; 0 to 40), the Fagerström test for nicotine dependence (Heatherton, 1991; 0 to 10), PHQ-9 (Kroenke, 2001; 0 to 27), Cushman withdrawal score (1985; 0 to 21),
 * Berg balance scale (Berg, 1989; 0 to 56), Tinetti's performance-oriented mobility assessment
 * (1986; 0 to 28), the Functional Independence Measure (MIF in French; Granger and Hamilton, 1987;
 * 18 to 126), HIT-6 (Kosinski, 2003; 36 to 78), the FRENCH triage scale of the Société française
 * de médecine d'urgence (2018; levels 1 to 5), Forrest's classification of bleeding ulcers (1974;
 * I to III), the Ann Arbor stages of lymphomas (1971, Cotswolds revision 1989; I to IV), BI-RADS
 * categories (American College of Radiology, 5th edition, 2013; 0 to 6), the IKDC subjective knee
 * form (Irrgang, 2001; 0 to 100), the Lysholm knee score (1982; 0 to 100), the Tegner activity
 * scale (1985; 0 to 10), the Dermatology Life Quality Index (Finlay and Khan, 1994; 0 to 30), the
 * Psoriasis Area and Severity Index (Fredriksson and Pettersson, 1978; 0 to 72), SCORAD (European
 * Task Force on Atopic Dermatitis, 1993; 0 to 103), the mini-GDS (Clément, 1997; 0 to 4), the
 * Hospital Anxiety and Depression scale (Zigmond and Snaith, 1983; 0 to 21 for each part, 42 in
 * all), the Glasgow coma scale's parts (eyes 1 to 4, verbal 1 to 5, motor 1
 * to 6), ASPECTS (Barber, 2000; 0 to 10), the TICI reperfusion grades (Higashida, 2003; 0 to 3,
 * with 2a, 2b, 2c), the International Prognostic Index of lymphomas (Shipp, 1993; 0 to 5), the
 * Deauville scale of PET response (Meignan, 2009; 1 to 5), DAS28 (Prevoo, 1995; 0 to 9.4), and
 * the RegiSCAR score of DRESS (Kardaun, 2007; −4 to 9). The numbers are the scales' own limits,
 * not reference values.
 */

export interface Score {
  /** As messages name it ('le score de Glasgow'). */
  label: string;
  /** Words that introduce its value, lower case as notes write them, whole words. */
  cues: string[];
  min: number;
  max: number;
  /** Written in Roman numerals too ('NYHA III', 'ASA II'). */
  roman?: true;
  /** Three values one after the other ('Apgar 8/9/10': at 1, 5 and 10 minutes), not a value over a maximum. */
  series?: true;
  /** Values the name also takes in another sense ('PASI 90': an improvement of 90 %, a response to treatment). */
  otherSense?: number[];
}

/** The Glasgow coma scale's parts, written 'E3V4M5': eyes, verbal, motor. */
export const GLASGOW_PARTS = { E: { label: "l'ouverture des yeux", max: 4 }, V: { label: 'la réponse verbale', max: 5 }, M: { label: 'la réponse motrice', max: 6 } };

export const SCORES: Score[] = [
  { label: 'le score de Glasgow', cues: ['glasgow', 'gcs'], min: 3, max: 15 },
  { label: "le score d'Apgar", cues: ['apgar'], min: 0, max: 10, series: true },
  { label: 'le MMSE', cues: ['mmse', 'mms', 'mini-mental state', 'mini-mental', 'minimental'], min: 0, max: 30 },
  { label: 'le MoCA', cues: ['moca'], min: 0, max: 30 },
  { label: 'le score NIHSS', cues: ['nihss'], min: 0, max: 42 },
  // 'PS OMS 2': the same performance status, as the WHO names it ('PS' alone is also the protein S100: 'PS 100').
  { label: "l'indice ECOG", cues: ['ecog', 'ps oms', 'performance status'], min: 0, max: 5 },
  { label: 'la classe ASA', cues: ['asa'], min: 1, max: 6, roman: true },
  { label: 'la classe NYHA', cues: ['nyha'], min: 1, max: 4, roman: true },
  { label: 'la classe de Killip', cues: ['killip'], min: 1, max: 4, roman: true },
  { label: 'la classe de Mallampati', cues: ['mallampati'], min: 1, max: 4, roman: true },
  { label: 'le grade de Cormack', cues: ['cormack'], min: 1, max: 4, roman: true },
  { label: 'le score de Rankin', cues: ['rankin', 'mrs'], min: 0, max: 6 },
  { label: 'le score de Child-Pugh', cues: ['child-pugh'], min: 5, max: 15 },
  // Capped at 40 for allocation, uncapped beyond in some reports.
  { label: 'le score MELD', cues: ['meld'], min: 6, max: 60 },
  { label: 'le score CHA2DS2-VASc', cues: ['cha2ds2-vasc', 'cha2ds2vasc'], min: 0, max: 9 },
  { label: 'le score HAS-BLED', cues: ['has-bled', 'hasbled'], min: 0, max: 9 },
  { label: 'le score SOFA', cues: ['sofa'], min: 0, max: 24 },
  { label: 'le score qSOFA', cues: ['qsofa'], min: 0, max: 3 },
  { label: "l'échelle d'Epworth", cues: ['epworth'], min: 0, max: 24 },
  { label: 'le score de Silverman', cues: ['silverman'], min: 0, max: 10 },
  { label: 'le score G8', cues: ['g8'], min: 0, max: 17 },
  { label: "l'indice de Karnofsky", cues: ['karnofsky'], min: 0, max: 100 },
  { label: 'le score de Gleason', cues: ['gleason'], min: 2, max: 10 },
  { label: 'le groupe ISUP', cues: ['isup'], min: 1, max: 5 },
  { label: "l'échelle EDSS", cues: ['edss'], min: 0, max: 10 },
  { label: 'le grade de Hunt et Hess', cues: ['hunt et hess', 'hunt-hess'], min: 1, max: 5, roman: true },
  { label: 'le grade WFNS', cues: ['wfns'], min: 1, max: 5, roman: true },
  { label: "l'indice de Barthel", cues: ['barthel'], min: 0, max: 100 },
  { label: "l'échelle de Braden", cues: ['braden'], min: 6, max: 23 },
  { label: 'le score CURB-65', cues: ['curb-65', 'curb65', 'crb-65'], min: 0, max: 5 },
  { label: 'le stade de Tanner', cues: ['tanner'], min: 1, max: 5, roman: true },
  { label: 'le score de Fazekas', cues: ['fazekas'], min: 0, max: 3 },
  { label: "l'échelle de Fisher", cues: ['fisher'], min: 0, max: 4 },
  { label: 'la classification de Rutherford', cues: ['rutherford'], min: 0, max: 6 },
  // Pain, 0 to 10 (or 0 to 100 mm on the visual scale): '12/10' is above the maximum written.
  { label: "l'échelle de la douleur", cues: ['eva', 'ens', 'evn'], min: 0, max: 100 },
  { label: "l'échelle de performance palliative (PPS)", cues: ['pps'], min: 0, max: 100 },
  { label: 'le score de Mayo', cues: ['mayo'], min: 0, max: 12 },
  { label: 'le questionnaire AUDIT', cues: ['audit'], min: 0, max: 40 },
  { label: 'le test de Fagerström', cues: ['fagerström', 'fagerstrom', 'ftnd'], min: 0, max: 10 },
  { label: 'le questionnaire PHQ-9', cues: ['phq-9', 'phq9'], min: 0, max: 27 },
  { label: 'le score de Cushman', cues: ['cushman'], min: 0, max: 21 },
  { label: "l'échelle de Berg", cues: ['berg'], min: 0, max: 56 },
  { label: 'le test de Tinetti', cues: ['tinetti'], min: 0, max: 28 },
  { label: "la mesure d'indépendance fonctionnelle (MIF)", cues: ['mif'], min: 18, max: 126 },
  { label: 'le score HIT-6', cues: ['hit-6', 'hit6'], min: 36, max: 78 },
  // 'french' alone only as written in capitals: 'sonde French 6' is a catheter's gauge.
  { label: 'le tri FRENCH', cues: ['tri french', 'french'], min: 1, max: 5 },
  { label: 'la classification de Forrest', cues: ['forrest'], min: 1, max: 3, roman: true },
  { label: "le stade d'Ann Arbor", cues: ['ann arbor', 'ann-arbor'], min: 1, max: 4, roman: true },
  { label: 'la catégorie BI-RADS', cues: ['bi-rads', 'birads'], min: 0, max: 6 },
  { label: 'le score IKDC', cues: ['ikdc'], min: 0, max: 100 },
  { label: 'le score de Lysholm', cues: ['lysholm'], min: 0, max: 100 },
  { label: "l'échelle d'activité de Tegner", cues: ['tegner'], min: 0, max: 10 },
  { label: 'le DLQI', cues: ['dlqi'], min: 0, max: 30 },
  { label: 'le score PASI', cues: ['pasi'], min: 0, max: 72, otherSense: [50, 75, 90, 100] },
  { label: 'le SCORAD', cues: ['scorad'], min: 0, max: 103 },
  { label: 'la mini-GDS', cues: ['mini-gds'], min: 0, max: 4 },
  // Each part (anxiety, depression) up to 21: a part above the maximum written after it is caught so.
  { label: "l'échelle HAD", cues: ['had', 'hads'], min: 0, max: 42 },
  // 'aspects' only as written in capitals: the French word is not the score.
  { label: 'le score ASPECTS', cues: ['aspects', 'aspects-dwi', 'dwi-aspects', 'pc-aspects'], min: 0, max: 10 },
  { label: 'le grade TICI', cues: ['tici', 'mtici', 'etici'], min: 0, max: 3 },
  { label: "l'index pronostique international (IPI)", cues: ['ipi', 'r-ipi'], min: 0, max: 5 },
  { label: "l'échelle de Deauville", cues: ['deauville'], min: 1, max: 5 },
  { label: 'le DAS28', cues: ['das28', 'das28-crp', 'das28-vs', 'das28-esr', 'das 28'], min: 0, max: 9.4 },
  { label: 'le score RegiSCAR', cues: ['regiscar'], min: -4, max: 9 },
];
