/**
 * Mentions of the patient whose grammatical gender can be checked against the patient's sex:
 * 'le patient' / 'la patiente', subject pronouns whose antecedent is the patient, and the
 * participles and adjectives said of them ('elle est restée', 'il a été admise').
 */
import type { Range, TextEdit } from '../findings.js';
import { ANIMALS, CARERS, formGender, nounGender, otherGenderForm, participleGender, RELATIVES, type Gender } from '../knowledge/gender.js';
import { PERSON, type Sex } from './patient.js';
import { anchored, type AnchoredPattern, isWordChar, opensSentence, paragraphBefore, quotations, wordMatches } from './text.js';

export interface Agreement {
  /** The participle or adjective ('restée'). */
  range: Range;
  word: string;
  gender: Gender;
}

export interface Mention {
  kind: 'noun' | 'pronoun';
  /** 'la patiente', 'Elle'. */
  range: Range;
  text: string;
  gender: Gender;
  /** A participle or adjective of the same clause agreeing with the mention. */
  agreement?: Agreement;
  /** For pronouns: why it is taken to mean the patient. */
  certainty: 'agreement' | 'human-predicate' | 'no-other-antecedent';
  /**
   * Certainly the patient even in a note about several people (a mother and her newborn): the
   * mention disagrees with its own participle ('Il a été admise', 'Le patient fut mise'), or a
   * noun is said to do what only a woman does ('le patient avait accouché', in a woman's note).
   */
  sure: boolean;
}

const sexGender = (s: Sex): Gender => (s === 'male' ? 'M' : 'F');

// Both run on the lower-cased text (NoteModel.lowerText), at word starts: case-insensitive Unicode
// regexes are slow in V8. startsWord also rules out an apostrophe or hyphen before.
// 'le patient' is looked for from its noun, a literal V8 finds fast, then its determiner just before
// (searched as one pattern, the determiner at every word start cost three times as much).
const PATIENT_NOUN = /patiente?(?![a-zà-öø-ÿœæ-])/g;
const DETERMINER_BEFORE = /(^|[^a-zà-öø-ÿœæ\d])(le|du|au|ce|un|la|de la|à la|cette|une)\s+$/;
// A lookbehind here, not wordRegex's consumed character: measured twice as fast for this short body.
const PRONOUN = /(?<![a-zà-öø-ÿœæ\d])(il|elle)(?=\s)/g;

/**
 * 'le patient', 'la patiente', 'de la patiente' starting in [from, to) of the lower-cased text,
 * as wordMatches would give them: index at the determiner, [0] the whole, [1] the determiner,
 * [2] the noun.
 */
function* nounMentions(lower: string, from: number, to: number): Generator<{ index: number; 0: string; 1: string; 2: string }> {
  PATIENT_NOUN.lastIndex = from;
  for (let n = PATIENT_NOUN.exec(lower); n && n.index < to + 40; n = PATIENT_NOUN.exec(lower)) {
    const window = Math.max(0, n.index - 40);
    const d = DETERMINER_BEFORE.exec(lower.slice(window, n.index));
    if (!d) {
      // No determiner, opening a sentence, a line or a telegraphic clause with its participle: the operative
      // note's 'Patiente installée en décubitus', 'Transfert en chirurgie, patiente informée'.
      if (n.index < from || n.index >= to || !(opensSentenceAt(lower, n.index) || opensTelegraphicClause(lower, n.index, n.index + n[0].length))) continue;
      yield { index: n.index, 0: n[0], 1: '', 2: n[0] };
      continue;
    }
    // Matched at the window's start (not the text's): the determiner must start a word there too.
    if (d[1] === '' && window > 0 && /[a-zà-öø-ÿœæ\d]/.test(lower[window - 1])) continue;
    const index = window + d.index + d[1].length;
    if (index < from) continue;
    if (index >= to) break;
    const end = n.index + n[0].length;
    yield { index, 0: lower.slice(index, end), 1: d[2], 2: n[0] };
  }
}
/** After a comma, a bare noun with its participle ('Transfert en chirurgie, patiente informée'). */
function opensTelegraphicClause(lower: string, start: number, end: number): boolean {
  return /,\s*$/.test(lower.slice(Math.max(0, start - 3), start)) && participleRightAfter(lower, end) !== undefined;
}
/** Does a sentence, a line or a list item open at `at` (past spaces and list marks)? */
function opensSentenceAt(lower: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (lower[i] === ' ' || lower[i] === '\t' || lower[i] === '-' || lower[i] === '*' || lower[i] === '•')) i--;
  return i < 0 || lower[i] === '\n' || ((lower[i] === '.' || lower[i] === ';') && !/\d/.test(lower[i - 1] ?? ''));
}
const startsWord = (lower: string, at: number, extra = '') => !/[\p{L}'’]/u.test(lower[at - 1] ?? '') && !extra.includes(lower[at - 1] ?? ' ');

/** An age or a participle's phrase in apposition after a subject: ', 58 ans,', ', âgé de 58 ans,', ', informée du résultat,'. */
const APPOSITION = /^\s*,\s*(?:(?:âgée?\s+de\s+)?\d{1,3}\s*ans\s*|[\p{L}-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s[^,.;\n]{1,40}),/u;
/** After the pronoun: auxiliaries and copulas that introduce a participle or adjective said of it. */
const COPULA = /^\s+(?:ne\s+|n['’])?(?:(?:est|était)\s+(?:re)?devenue?|est|était|(?:a|avait)(?:\s+(?:pas|plus|jamais|déjà|toujours|ensuite|alors|rapidement|finalement|récemment|également|aussi|secondairement|initialement))?\s+été|fut|sera|serait|reste|restait|est restée?|(?:re)?devient|(?:re)?devenait|se\s+dit|se\s+disait|se\s+sent|se\s+sentait|se\s+montre|se\s+montrait|semble|semblait|demeure|demeurait|paraît|paraissait|s['’]est|s['’]était)(?:\s+pas|\s+plus|\s+jamais)?(?:\s+(?:ensuite|rapidement|progressivement|alors|donc|toujours|bien|cliniquement|totalement|complètement|secondairement|initialement|également|aussi|finalement|très|\p{L}+ment))?\s+([\p{L}-]+)/iu;
/**
 * Reflexive participles. A feminine one is judged as any ('il s'est cassée la jambe' is wrong
 * whatever follows). A masculine one may be right for a woman: its object may follow ('elle s'est
 * cassé la jambe', 's'est injecté volontairement de l'insuline', 's'est arraché dans la nuit sa
 * sonde'), 'se' may be indirect ('s'est permis de', 's'est imaginé que'), an infinitive may follow
 * ('s'est vu prescrire', 's'est fait opérer'). It is said to disagree only where no object can
 * follow: verbs whose 'se' is always the person ('s'est plaint', 's'est évanoui'), or nothing but
 * the end of the clause, a preposition or a time after it ('s'est présenté aux urgences', 's'est
 * présenté le lendemain').
 */
const ALWAYS_AGREED = new Set(['plaint', 'aperçu', 'évanoui', 'effondré', 'écroulé', 'souvenu', 'enfui', 'endormi', 'rendormi', 'réveillé', 'levé', 'relevé', 'sauvé', 'suicidé', 'absenté', 'évadé', 'assoupi', 'agité', 'aggravé', 'amélioré', 'stabilisé', 'présenté', 'rendu', 'remis', 'occupé', 'senti', 'montré']);
/** Participles before which an infinitive makes no agreement ('s'est fait opérer', 's'est vu prescrire', 's'est entendu dire'). */
const BEFORE_INFINITIVE = new Set(['fait', 'laissé', 'vu', 'entendu']);
/** 'se' an indirect object, or a fixed phrase: never agreed. */
const INDIRECT_REFLEXIVE = new Set(['permis', 'demandé', 'parlé', 'plu', 'déplu', 'complu', 'nui', 'succédé', 'ri', 'souri', 'menti', 'suffi', 'téléphoné', 'dit', 'écrit', 'imaginé', 'juré', 'promis', 'procuré', 'accordé', 'offert', 'acheté', 'fixé']);
/** A time right after the participle ('le lendemain', 'hier', 'ce matin', 'le 12/03', 'trois jours plus tard', 'le dimanche suivant'). */
const TIME_AFTER =
  /^\s+(?:hier(?:\s+(?:soir|matin))?|avant-hier|aujourd['’]hui|ce\s+(?:matin|soir|jour)|cette\s+(?:nuit|semaine)|le\s+\d{1,2}(?:er)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?|(?:le|la|l['’]|une|un|deux|trois|quatre|cinq|\d+)\s*(?:lendemain|surlendemain|veille|matin|soir|jour|jours|nuit|après-midi|semaine|semaines|mois|année|ans|fois|heures?|première|premier|seconde|deuxième|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:même|suivante?|de\s+suite|plus\s+tard|après|fois))*)(?![\p{L}\d])/iu;
/** After the participle, what no object follows: the end of the clause, or a preposition ('de' too, after a time: 'la veille de son admission'). */
const NO_OBJECT_AFTER = /^(?:\s*(?:[.;:!?)]|$)|\s+(?:à|au|aux|en|dans|chez|vers|sur|pour|avec|par|lors|après|avant|pendant|depuis|puis|et|suite|jusqu['’]|entre|sous|sans|contre)(?![\p{L}]))/iu;
/** A short phrase then an object ('s'est arraché dans la nuit sa sonde', 's'est injecté en IV 40 UI'). */
const OBJECT_AFTER_PHRASE = /^\s+(?:dans|pendant|durant|en|à|au|par)\s+(?:(?:la|le|l['’]|les|cette|ce)\s*)?[\p{L}-]+\s+(?:sa|son|ses|leur|leurs|la|le|les|l['’]|une?|des|de\s+l['’]|du|\d)/iu;
const NOT_INFINITIVE = new Set(['hier', 'entre', 'contre', 'notre', 'votre', 'autre', 'leur', 'sur', 'par', 'pour']);

/** Does the reflexive participle `word` (text after it: `after`) take no agreement here? */
function reflexiveUnagreed(word: string, after: string): boolean {
  if (participleGender(word) === 'F') return false;
  const masculine = word.toLowerCase();
  if (masculine === 'rendu' && /^\s+compte(?![\p{L}])/iu.test(after)) return true;
  if (INDIRECT_REFLEXIVE.has(masculine)) return true;
  if (BEFORE_INFINITIVE.has(masculine)) {
    const next = /^\s+(?:mal(?![\p{L}])|\p{L}{2,}(?:er|ir|re)(?![\p{L}]))/iu.exec(after);
    if (next && !NOT_INFINITIVE.has(next[0].trim().toLowerCase())) return true;
  }
  if (ALWAYS_AGREED.has(masculine)) return false;
  const time = TIME_AFTER.exec(after);
  const rest = time ? after.slice(time[0].length) : after;
  if (OBJECT_AFTER_PHRASE.test(rest)) return true;
  return !(NO_OBJECT_AFTER.test(rest) || (time !== null && /^\s+d(?:e|u|es)?(?:\s|['’])/iu.test(rest)));
}
/** 'il existe', 'il s'agit', 'il a été décidé', 'il semblerait qu'elle', 'il se peut que', 'il est admis que' (not 'il est admis aux urgences'): impersonal 'il', never the patient. */
const IMPERSONAL =
  /^\s+(?:n['’]\s?)?(?:existe|existait|s['’]écoul\p{L}*|s['’]ensui\p{L}*|s['’ ]?agit|s['’ ]?agissait|s['’]?\s?y\s|avait\s+pas\s+de|y['’ ]?\s?a|ya(?![\p{L}\d])|y['’ ]?avait|faut|fallait|semble\s+(?:que|qu|probable|possible)|semblerait|semblait\s+(?:que|qu)|se\s+peut|se\s+pourrait|paraît|paraîtrait|parait|arrive\s+(?:que|qu)|apparaît|apparaissait|convient|reste\s+(?:à|un|une|des|que)|persiste|persistait|s['’]est\s+agi|est\s+(?:\p{L}+ment\s+)?(?:admis|établi|connu|reconnu|démontré|prouvé)(?:\s+(?:de\s+façon|par|en|dans|\p{L}+ment)(?:\s+[\p{L}'’]+){0,3})?\s+(?:que|qu['’])|est\s+(?:à|probable|possible|important|nécessaire|donc|clair|recommandé|difficile|intéressant|licite|fréquent|rare|classique|habituel|indispensable|utile|essentiel|évident|impossible|légitime|raisonnable|conseillé|préférable|souhaitable|parfois|souvent|toutefois|cependant|actuellement)|était\s+(?:à|probable|possible|important|nécessaire|difficile|impossible|indispensable|logique|légitime)|a\s+(?:(?:pas|jamais|plus|déjà|également|aussi|ensuite|alors|secondairement|initialement|finalement|rapidement|récemment|toujours)\s+)?été\s+(?:décidé|réalisé|retrouvé|noté|mis\s+en|proposé|constaté|pratiqué|effectué|fait|observé|objectivé|instauré|entrepris|préconisé|demandé|posé|évoqué|découvert|détecté|mentionné|démontré|montré|rapporté|prélevé|conclu|convenu|jugé|envisagé|programmé|procédé|opté|trouvé|prescrit|indiqué|diagnostiqué|réalisée)|ne\s+(?:s['’]agit|faut|existe|y\s+a)|n['’]y\s+a)/u;
/** Predicates only a person has: when one follows, the pronoun means a person even if an object of its gender came before. */
const HUMAN_PREDICATE =
  /^\s+(?:ne\s+|n['’])?(?:a\s+consulté|consulte|consultait|a\s+bénéficié|bénéficie|bénéficiait|a\s+reçu|recevait|a\s+été\s+(?:hospitalisée?|admise?|transférée?|perdue?|adressée?|réhospitalisée?|intubée?|extubée?|transfusée?|sevrée?|convoquée?|réadmise?|évacuée?)|est\s+(?:restée?\s+cliniquement|décédée?|sortie?|rentrée?|née?|hospitalisée?|admise?|asymptomatique|apyrétique|vivante?|en\s+vie|enceinte|ménopausée|originaire|mariée?|célibataire|retraitée?|droitière?|gauchère|tabagique|fumeuse|fumeur|diabétique|hypertendue?|allergique|sous\s+\p{L}+)|était\s+(?:décédée?|asymptomatique|apyrétique|enceinte|ménopausée|originaire|mariée?|hospitalisée?|suivie?|sous\s+\p{L}+|tabagique|diabétique|hypertendue?|âgée?)|a\s+comme\s+antécédents?|(?:a\s+été|est|était)\s+(?:revue?|vue?|suivie?|reçue?|convoquée?)\s+en\s+(?:consultation|hôpital\s+de\s+jour|urgence)|(?:est|était)\s+(?:une?\s+)?(?:cultivat\p{L}*|agricult\p{L}*|enseignant\p{L}*|ouvri\p{L}*|commerçant\p{L}*|étudiant\p{L}*|employée?|chauffeur|mécanicien\p{L}*|cuisini\p{L}*|militaire|maçon|éleveu\p{L}*|pêcheu\p{L}*|artisan\p{L}*|secrétaire|vendeu\p{L}*|professeure?|institut\p{L}*|berger\p{L}*|fermi\p{L}*)(?![\p{L}])|(?:a|avait)\s+pris\s+(?:\d+|plusieurs|des\s+comprimés|du\s+poids)|(?:a|avait|garde|gardait)\s+(?:une|des)\s+séquelles?|(?:est|était|reste|restait)\s+(?:en|sous)\s+surveillance|a\s+des\s+antécédents|avait\s+comme\s+antécédents?|a\s+regagné|regagne|a\s+quitté|a\s+déclaré|a\s+constaté|constate|est\s+dialysée?|est\s+consciente?|est\s+vaccinée?|déclare|déclarait|a\s+rapporté|a\s+signalé|a\s+ressenti|ressent(?:ait)?|a\s+remarqué|a\s+subi|a\s+eu\s+(?:une|un)\s+\p{L}*(?:ectomie|otomie|plastie|biopsie|intervention|chirurgie|accouchement|césarienne|grossesse|enfant)|a\s+mené|avait\s+mené|a\s+accouché|a\s+été\s+enceinte|a\s+été\s+réhospitalisée?|a\s+été\s+réadmise?|a\s+été\s+perdue?\s+de\s+vue|se\s+plai(?:gnait|nt)|s['’]est\s+plainte?|s['’]est\s+présentée?\s+(?:aux|en|à)\s+(?:urgences|consultation)|souhait(?:e|ait)|a\s+souhaité|désir(?:e|ait)\s+(?:une?|la|le|être|avoir|bénéficier)|(?:se\s+)?di(?:t|sait)\s+(?:être|avoir|se\s+sentir)|se\s+(?:dit|disait|sent|sentait|trouve|trouvait|déclare|déclarait)\s+\p{L}|rapport(?:e|ait)|décri(?:t|vait)|signal(?:e|ait)|souffr(?:e|ait)|a\s+souffert|a\s+accouché|fum(?:e|ait)|a\s+fumé|boit|buvait|travaill(?:e|ait)|refus(?:e|ait)|a\s+refusé|a\s+accepté|a\s+toléré|tolér(?:e|ait)|a\s+repris|a\s+arrêté|a\s+développé|a\s+présenté|présentait|présente|avait\s+(?:des\s+antécédents|un\s+antécédent|été\s+\p{L}+|perdu|arrêté|reçu|bénéficié|présenté|consulté)|a\s+perdu|pèse|pesait|a\s+été\s+mise?\s+sous|a\s+été\s+remise?\s+sous|reste\s+(?:asymptomatique|stable\s+cliniquement)|est\s+toujours\s+(?:en\s+vie|suivie?|vivante?))/u;
/** After a noun mention: what only a woman does or is ('avait accouché', 'est enceinte'). */
const WOMAN_ONLY_AFTER = /^\s+(?:(?:a|avait|aurait|est|était|fut)\s+(?:déjà\s+|ensuite\s+|alors\s+)?(?:accouché|enceinte|allaité|ménopausée|césarisée)|accouch(?:e|ait)|allait(?:e|ait))(?![\p{L}])/iu;
/** An adverb between the auxiliary and its participle ('a ensuite reçu', 'a été rapidement hospitalisée'): dropped before HUMAN_PREDICATE reads the predicate. */
const ADVERB_AFTER_AUXILIARY =
  /^(\s+(?:ne\s+|n['’])?(?:a\s+été|avait\s+été|a|avait|est|était))\s+(?:ensuite|alors|donc|puis|rapidement|secondairement|initialement|finalement|également|aussi|toujours|bien|déjà|immédiatement|progressivement|d['’]abord|\p{L}{3,}ment)(?=\s)/iu;
const DETERMINED_NOUN = /(?<![\p{L}])(le|la|l['’]|un|une|ce|cet|cette|son|sa|du|au|de\s+la|à\s+la|notre)\s*([\p{L}-]{3,})/giu;

/** After 'patient(e)': another one than the note's. */
const ANOTHER_PATIENT_AFTER = /^\s+(?:suivante?|précédente?|voisine?|d['’]à\s+côté|de\s+la\s+chambre)(?![a-zà-öø-ÿœæ])/;

/** Where the sentence holding `offset` begins (after '.', '!', '?' followed by a space, or a blank line). */
function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i > 0; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return i + 1;
    if ((c === ' ' || c === '\n') && /[.!?]/.test(text[i - 1]) && (!/\d/.test(text[i - 2] ?? '') || /\p{L}/u.test(text[i + 1] ?? '')) && !/\b(?:M|Dr|Pr|Mme|cf|p|env|vs|etc)\.$/.test(text.slice(Math.max(0, i - 5), i))) return i + 1;
    if (offset - i > 600) return i;
  }
  return 0;
}

function agreementAfter(text: string, end: number): Agreement | undefined {
  const predicate = predicateAfter(text, end);
  return predicate?.gender === 'M' || predicate?.gender === 'F' ? (predicate as Agreement) : undefined;
}

/** The word after the subject's auxiliary or copula, whatever its gender ('il est admis': 'admis', of either number). */
function predicateAfter(text: string, end: number): (Omit<Agreement, 'gender'> & { gender: ReturnType<typeof formGender> }) | undefined {
  // Past an age or a participle's phrase in apposition ('Le patient, 58 ans, est hospitalisé', 'La patiente, informée du résultat, a été orientée').
  const apposition = APPOSITION.exec(text.slice(end, end + 60));
  const from = end + (apposition ? apposition[0].length : 0);
  const m = COPULA.exec(text.slice(from, from + 120));
  if (!m) return undefined;
  const word = m[1];
  // A reflexive verb with its object after it agrees with nothing ('elle s'est fracturé le poignet',
  // 's'était tordu la cheville', 's'est fait mal', 's'est fait opérer').
  if (/s['’](?:est|était)/i.test(m[0]) && reflexiveUnagreed(word, text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 40))) return undefined;
  const start = from + m.index + m[0].length - word.length;
  return { range: { start, end: start + word.length }, word, gender: formGender(word) };
}

/** A bare noun's participle, right after it ('Patiente installée en décubitus'). */
function participleRightAfter(text: string, end: number): Agreement | undefined {
  return participleEnding(/^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40)), end);
}

/** The participle a match ends on (its [1]), the match read at `base`; undefined if no participle. */
function participleEnding(m: RegExpExecArray | null, base: number): Agreement | undefined {
  const gender = m ? participleGender(m[1]) : undefined;
  if (!m || !gender) return undefined;
  const start = base + m.index + m[0].length - m[1].length;
  return { range: { start, end: start + m[1].length }, word: m[1], gender };
}

/** After a participle: another joined to it ('extubée, puis transférée', 'opéré et réopéré'), with its auxiliary or an adverb between. */
const COORDINATED = /^(?:\s*,)?\s+(?:puis|et|ou)\s+(?:(?:a\s+été|avait\s+été|est|était)\s+)?(?:(?:\p{L}+ment|secondairement|ensuite|alors|rapidement)\s+)?([\p{L}-]+)/u;

function coordinatedParticiple(text: string, end: number): Agreement | undefined {
  const m = COORDINATED.exec(text.slice(end, end + 60)) ?? THEN_LATER.exec(text.slice(end, end + 80));
  // 'opéré, puis prise en charge en rééducation': a noun as often as a participle; not across a relative clause ('une plaie qui a saigné puis cicatrisée').
  return m && !Object.hasOwn(NOUN_LIKE, m[1].toLowerCase()) && !RELATIVE_PRONOUN.test(m[0]) ? participleEnding(m, end) : undefined;
}

/** Or joined by 'puis' past the first's complements ('admis aux urgences le 26/07/2024 puis transférée en réanimation'). */
const THEN_LATER = /^[^.;!?\n]{1,60}?\spuis\s+(?:(?:\p{L}+ment|ensuite|alors|rapidement)\s+)?([\p{L}-]+)/u;

/**
 * Later in the subject's clause, a second predicate joined by 'et' or 'puis' with its own
 * auxiliary ('Le patient a repris une alimentation à J5 et est sorti à J9'); not across a
 * relative pronoun, whose clause has its own subject ('une masse qui a grossi et est devenue…').
 */
const LATER_PREDICATE = /^[^.;!?\n]{1,100}?\s(?:et|puis)\s+(?:ne\s+|n['’])?(?:est|était|a\s+été|avait\s+été)\s+(?:(?:\p{L}+ment|ensuite|alors|rapidement)\s+)?([\p{L}-]+)/iu;
const RELATIVE_PRONOUN = /(?<![\p{L}])(?:qui|que|qu['’]|dont|lequel|laquelle|lesquel(?:le)?s|où)(?![\p{L}])/iu;

function laterPredicate(text: string, end: number): Agreement | undefined {
  const m = LATER_PREDICATE.exec(text.slice(end, end + 160));
  // After its auxiliary, a participle even if also a noun ('et est sorti').
  return m && !RELATIVE_PRONOUN.test(m[0]) ? participleEnding(m, end) : undefined;
}

/** Nouns of a given gender in a stretch of text, other than 'patient(e)'. */
function competingNouns(text: string, from: number, to: number, gender: Gender): string[] {
  const out: string[] = [];
  DETERMINED_NOUN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = DETERMINED_NOUN.exec(slice); m; m = DETERMINED_NOUN.exec(slice)) {
    // A former relative is one still ('son ex-mari', 'son ex-compagne').
    const noun = m[2].replace(/^ex-/i, '');
    if (/^patiente?$/i.test(noun)) continue;
    const det = m[1].toLowerCase();
    // 'son épouse': 'son' also stands before a feminine noun that starts with a vowel.
    const elided = /^[aeiouyéèêâîôûœh]/i.test(noun);
    const detGender = /^(la|une|cette|sa|de\s+la|à\s+la)$/.test(det) ? 'F' : /^(le|un|ce|du|au)$/.test(det) || (/^(cet|son)$/.test(det) && !elided) ? 'M' : undefined;
    const g = nounGender(noun);
    // A noun the lexicon lacks ('le lymphome') has its determiner's gender.
    if ((g === gender || (g === undefined && detGender === gender)) && (detGender === undefined || detGender === gender)) out.push(noun.toLowerCase());
  }
  // A noun without determiner opening a line or a list item, as telegraphic notes write ('1. Surdité de perception bilatérale, aggravée').
  BARE_NOUN_OPENING.lastIndex = 0;
  for (let m = BARE_NOUN_OPENING.exec(slice); m; m = BARE_NOUN_OPENING.exec(slice)) {
    const noun = m[1];
    // Not the noun that names the patient ('Nourrisson de 4 mois, …').
    if (!NAMES_THE_PATIENT.test(noun) && nounGender(noun) === gender && formGender(noun) !== (gender === 'F' ? 'M' : 'F')) out.push(noun.toLowerCase());
  }
  return out;
}
const NAMES_THE_PATIENT = /^(?:patiente?|homme|femme|garçon|fille|fillette|enfant|nourrisson|bébé|nouveau-née?|sujet|adolescente?)$/i;
/** The first word of a line or of a numbered or bulleted item. */
const BARE_NOUN_OPENING = /(?:^|\n)[^\S\n]*(?:(?:\d{1,2}[.)]|[-*•])[^\S\n]*)?(\p{Lu}[\p{Ll}-]{3,})(?![\p{L}'’])/gu;

/** A doctor or carer named just before: 'Le Dr Martin l'a examiné. Elle a prescrit…' may be about them. */
const CARER = new RegExp(`(?<![\\p{L}])(?:Dr|Pr|${CARERS.join('|')})(?![\\p{L}])`, 'iu');

/** People other than the patient, and animals, a pronoun may stand for ('Le chien est vivant. Il reste en surveillance.'). */
const OTHER_BEINGS = new Set([...RELATIVES, ...CARERS, ...ANIMALS, 'personne', 'victime', 'parturiente', 'nourrice']);

/**
 * Is a relative or carer of `gender` the subject of one of the three sentences before `from`,
 * within its paragraph ('Son compagnon, âgé de 29 ans, a consulté…'; not 'le départ du père')?
 * The sentences of a quotation closed between them and the pronoun at `pronoun` are not counted
 * ('Son épouse … Elle dit : « Il ne répondait plus. Je suis épuisée. » Elle rapporte…').
 */
function personNamedBefore(text: string, from: number, pronoun: number, gender: Gender): boolean {
  let start = from;
  /** How many quotations the text read (back from the pronoun) closes without opening them. */
  let quoted = 0;
  const count = (stretch: string) => {
    const { leftOpen, closedFromBefore } = quotations(stretch);
    quoted += closedFromBefore - leftOpen;
  };
  count(text.slice(from, pronoun));
  for (let hops = 0, sentences = 0; hops < 3 && start > 0 && sentences < 12; sentences++) {
    const before = sentenceStart(text, start - 1);
    if (/\n[^\S\n]*\n/.test(text.slice(before, from))) break;
    const sentence = text.slice(before, start);
    count(sentence);
    start = before;
    if (quoted > 0) continue;
    hops++;
    // The sentence's subject, or a line's within it ('Avec l'accord du patient :\nSon épouse est inquiète.'),
    // or who speaks before a quotation ('Propos de la mère : « … »').
    const speaker = SPEAKER_BEFORE_QUOTE.exec(sentence);
    for (let line = 0; line >= 0 && line < sentence.length; line = sentence.indexOf('\n', line) + 1 || -1) {
      const subject = SENTENCE_SUBJECT.exec(sentence.slice(line, line + 60));
      for (const named of [subject?.[1], line === 0 ? speaker?.[1] : undefined]) {
        const noun = named?.replace(/^ex-/i, '').toLowerCase();
        if (noun && ((OTHER_BEINGS.has(noun) && nounGender(noun) === gender) || noun === 'dr' || noun === 'pr')) return true;
      }
    }
  }
  return false;
}

/** Who speaks before a quotation ('Propos de la mère : «', 'sa fille dit : «', 'selon son épouse, «'): [1] the noun. */
const SPEAKER_BEFORE_QUOTE = /(?<![\p{L}])(?:sa|son|la|le|l['’]|leur)\s?([\p{L}-]{2,30})(?:,[^«:.\n]{0,40})?(?:\s(?:dit|rapporte|explique|précise|raconte|déclare|ajoute))?[\s:]*«/iu;

/** A sentence's subject noun after its determiner ('Son ex-mari', 'L'infirmière', 'Le Dr Martin'): [1] the noun. */
const SENTENCE_SUBJECT = /^\s*(?:(?:son|sa|le|la|un|une|ce|cet|cette|leur|notre)\s+|l['’])([\p{L}-]+)/iu;

/** The words that may name the patient in a stretch of the lower-cased text: found once, read by both checks below. */
export interface PatientWords {
  /** 'le patient', 'de la patiente': index at the determiner, [1] the determiner, [2] the noun. */
  nouns: { index: number; 0: string; 1: string; 2: string }[];
  /** 'il', 'elle' before a space: [1] the pronoun. */
  pronouns: RegExpExecArray[];
}

export function patientWords(lower: string, within: Range = { start: 0, end: lower.length }): PatientWords {
  return { nouns: [...nounMentions(lower, within.start, within.end)], pronouns: [...wordMatches(PRONOUN, lower, within.start, within.end)] };
}

/** Mentions of the patient of the other gender than `sex`, with how sure we are. */
export function mentionsAgainst(text: string, lower: string, words: PatientWords, sex: Sex, skip: (offset: number) => boolean): Mention[] {
  const expected = sexGender(sex);
  const out: Mention[] = [];
  for (const m of words.nouns) {
    const gender: Gender = m[2].toLowerCase() === 'patiente' ? 'F' : 'M';
    if (gender === expected || !startsWord(lower, m.index) || skip(m.index)) continue;
    const range = { start: m.index, end: m.index + m[0].length };
    // Another patient: 'le patient suivant dans le programme opératoire', 'la patiente voisine'.
    if (ANOTHER_PATIENT_AFTER.test(lower.slice(range.end, range.end + 16))) continue;
    const agreement = m[1] === '' ? participleRightAfter(text, range.end) : isSubject(m[1]) ? (agreementAfter(text, range.end) ?? laterPredicate(text, range.end)) : undefined;
    const sure = agreement?.gender === expected || (expected === 'F' && WOMAN_ONLY_AFTER.test(text.slice(range.end, range.end + 40)));
    out.push({ kind: 'noun', range, text: text.slice(range.start, range.end), gender, agreement, certainty: 'agreement', sure });
  }
  for (const m of words.pronouns) {
    const gender: Gender = m[1].toLowerCase() === 'elle' ? 'F' : 'M';
    if (gender === expected || !startsWord(lower, m.index, '-') || skip(m.index)) continue;
    const end = m.index + m[1].length;
    // Lower-cased for IMPERSONAL and HUMAN_PREDICATE, written lower-case (no 'i' flag: V8 took 10 to 20 ms to compile each with it).
    const after = text.slice(end, end + 160).toLowerCase();
    if (gender === 'M' && IMPERSONAL.test(after)) continue;
    // Inside quotes: reported speech, on its line or opened on a line before in the paragraph.
    // (Searched in the 300 characters before: a long line must not be read back once per pronoun.)
    const before = paragraphBefore(text, m.index);
    if (quotations(before).leftOpen > 0 || (before.split('"').length - 1) % 2 === 1) continue;
    const agreement = agreementAfter(text, end);
    let certainty: Mention['certainty'] | undefined;
    if (agreement && agreement.gender === expected) {
      // 'Elle a été opéré': the participle agrees with the patient, the pronoun does not.
      certainty = 'agreement';
    } else {
      const sentence = sentenceStart(text, m.index);
      let previous = sentenceStart(text, Math.max(0, sentence - 1));
      // 'La masse … Elle mesurait 95 mm. Elle ne prenait pas le contraste.': follow the chain back.
      for (let hops = 0; hops < 3 && previous > 0 && lower.slice(previous, previous + 10).trimStart().startsWith(`${m[1]} `); hops++) {
        previous = sentenceStart(text, Math.max(0, previous - 1));
      }
      const competitors = competingNouns(text, previous, m.index, gender);
      if (competitors.some((n) => OTHER_BEINGS.has(n)) || CARER.test(text.slice(previous, m.index))) continue;
      // A relative or carer of the pronoun's gender named a few sentences before in the paragraph
      // may still be the one spoken of ('Son compagnon a consulté aux urgences. … Un prélèvement
      // urétral a retrouvé un gonocoque. Il a reçu de la ceftriaxone.').
      if (personNamedBefore(text, previous, m.index, gender)) continue;
      if (HUMAN_PREDICATE.test(after.replace(ADVERB_AFTER_AUXILIARY, '$1'))) certainty = 'human-predicate';
      else if (competitors.length === 0 && /^\s+(?:ne\s+|n['’])?\p{L}/u.test(after)) certainty = 'no-other-antecedent';
    }
    if (!certainty) continue;
    out.push({ kind: 'pronoun', range: { start: m.index, end }, text: text.slice(m.index, end), gender, agreement, certainty, sure: certainty === 'agreement' });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/**
 * Words a telegraphic note opens a sentence with to tell the patient's state or status, with no
 * subject ('Vacciné contre l'hépatite B.', 'Divorcé, deux enfants.', 'Conscient, orienté.'), each
 * form with its gender. Not those that are nouns too at a sentence's start ('Sortie le 12/03',
 * 'Suivi en consultation', 'Vu le contexte', 'Levée de doute').
 */
const OPENING_STATES = new Map<string, Gender>(
  (
    [
      ['vacciné', 'vaccinée'], ['divorcé', 'divorcée'], ['marié', 'mariée'], ['remarié', 'remariée'], ['séparé', 'séparée'], ['pacsé', 'pacsée'],
      ['retraité', 'retraitée'], ['sevré', 'sevrée'], ['opéré', 'opérée'], ['hospitalisé', 'hospitalisée'], ['réhospitalisé', 'réhospitalisée'],
      ['admis', 'admise'], ['transféré', 'transférée'], ['adressé', 'adressée'], ['connu', 'connue'], ['né', 'née'], ['âgé', 'âgée'],
      ['conscient', 'consciente'], ['orienté', 'orientée'], ['désorienté', 'désorientée'], ['agité', 'agitée'], ['somnolent', 'somnolente'],
      ['confus', 'confuse'], ['fatigué', 'fatiguée'], ['amaigri', 'amaigrie'], ['déshydraté', 'déshydratée'], ['intubé', 'intubée'],
      ['extubé', 'extubée'], ['sédaté', 'sédatée'], ['alité', 'alitée'], ['institutionnalisé', 'institutionnalisée'], ['coopérant', 'coopérante'],
      ['accompagné', 'accompagnée'], ['scolarisé', 'scolarisée'], ['fumeur', 'fumeuse'], ['veuf', 'veuve'],
    ] as const
  ).flatMap(([m, f]) => [[m, 'M'], [f, 'F']] as [string, Gender][]),
);

/**
 * The patient's state told by a participle or adjective opening a sentence or a line, of the
 * other gender ('Vacciné contre l'hépatite B' in a woman's note). Not when its subject follows
 * ('Marié, il a deux enfants': the pronoun's own check), nor after a sentence naming a relative
 * of its gender ('Son fils vit à Lyon. Marié, …'), nor a form's field ('Fumeur : non').
 */
export function openingDisagreements(text: string, capitalWords: { range: Range; text: string }[], sex: Sex, skip: (offset: number) => boolean): Agreement[] {
  const expected = sexGender(sex);
  const out: Agreement[] = [];
  for (const w of capitalWords) {
    const gender = OPENING_STATES.get(w.text.toLowerCase());
    if (gender === undefined || gender === expected || skip(w.range.start) || !opensStatement(text, w.range.start)) continue;
    // A form's field ('Fumeur : non', 'Vacciné : oui'), written in the masculine whoever fills it;
    // a word written for both ('Né(e) le', 'Marié·e').
    const after = text.slice(w.range.end, w.range.end + 8);
    if (SUBJECT_AFTER_COMMA.test(after) || FIELD_OR_BOTH_AFTER.test(after)) continue;
    if (competingNouns(text, sentenceStart(text, Math.max(0, w.range.start - 1)), w.range.start, gender).some((n) => OTHER_BEINGS.has(n))) continue;
    out.push({ range: w.range, word: w.text, gender });
  }
  return out;
}
const SUBJECT_AFTER_COMMA = /^\s*,\s*(?:il|elle)\s/i;
const FIELD_OR_BOTH_AFTER = /^(?:[ \t]*:|\(e|[·.\/]e(?![\p{L}]))/u;
const TITLE_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:M|Dr|Pr|Mme|Mlle|St|Ste)$/u;

/**
 * Does a statement start at `offset`: a sentence (text.ts opensSentence), not after a title's full
 * stop ('M. Marié' is a name), or a line's first word past a bullet or a list number ('- Vacciné',
 * '2) Divorcé')?
 */
function opensStatement(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (opensSentence(text, offset)) return text[i] !== '.' || !TITLE_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 5), i));
  let j = i;
  while (j >= 0 && /[-*•)\d]/.test(text[j])) j--;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < i && (j < 0 || text[j] === '\n');
}

/**
 * Participles and adjectives that disagree with a mention of the right gender ('il a été
 * admise', 'le patient est sortie'): the mention is right, the agreement is the slip.
 */
export function agreementsAgainst(text: string, lower: string, words: PatientWords, sex: Sex, skip: (offset: number) => boolean): Agreement[] {
  const expected = sexGender(sex);
  const out: Agreement[] = [];
  const check = (end: number, offset: number) => {
    if (skip(offset)) return;
    const a = predicateAfter(text, end);
    if (!a) return;
    if ((a.gender === 'M' || a.gender === 'F') && a.gender !== expected) out.push(a as Agreement);
    // 'Elle a été extubée, puis transféré', 'Il est admis puis transférée': the participle coordinated with the first one.
    const b = coordinatedParticiple(text, a.range.end);
    if (b && b.gender !== expected) out.push(b);
  };
  for (const m of words.nouns) {
    if (!startsWord(lower, m.index)) continue;
    if ((m[2].toLowerCase() === 'patiente' ? 'F' : 'M') === expected && isSubject(m[1])) check(m.index + m[0].length, m.index);
  }
  for (const p of subjectPronouns(text, lower, words)) if (p.gender === expected) check(p.range.end, p.range.start);
  return out;
}

/** The pronouns 'il' and 'elle' that start a word, as subjects of the patient's sentences (not the impersonal 'il'). */
function* subjectPronouns(text: string, lower: string, words: PatientWords): Generator<{ range: Range; gender: Gender }> {
  for (const m of words.pronouns) {
    const gender: Gender = m[1].toLowerCase() === 'elle' ? 'F' : 'M';
    const end = m.index + m[1].length;
    if (!startsWord(lower, m.index, '-') || (gender === 'M' && IMPERSONAL.test(text.slice(end, end + 160).toLowerCase()))) continue;
    yield { range: { start: m.index, end }, gender };
  }
}

/**
 * A pronoun and its own participle or adjective of the other gender ('Il a été admise'), whatever
 * the patient's sex: in a note that does not say it (an 'Enfant de 11 ans'), one of the two is a slip.
 */
export function pronounDisagreements(text: string, lower: string, words: PatientWords, skip: (offset: number) => boolean): { pronoun: Range; gender: Gender; agreement: Agreement }[] {
  const out: { pronoun: Range; gender: Gender; agreement: Agreement }[] = [];
  for (const { range, gender } of subjectPronouns(text, lower, words)) {
    if (skip(range.start)) continue;
    const agreement = agreementAfter(text, range.end);
    if (agreement && agreement.gender !== gender) out.push({ pronoun: range, gender, agreement });
  }
  return out;
}

/**
 * A noun that says who the patient is, then a word said of it ('une patiente âgée', 'Homme,
 * hospitalisé', 'Patiente de 50 ans, connue pour…', 'Patiente âgée de 70 ans, mariée'), on the
 * lower-cased text (NoteModel.anchoredPatternMatches): [1] the noun, [2] 'âgé(e)' before an age,
 * [3] the word after the noun or the age.
 */
export const PERSON_THEN_WORD: AnchoredPattern = anchored(
  [...PERSON, 'pte'],
  `(patiente?|pte|homme|femme|garçon|fillette|fille)(?:\\s+(âgée?))?(?:\\s+de\\s+\\d{1,3}\\s*(?:ans|mois)(?:,\\s*|\\s+,?\\s*)|,\\s*|\\s+,?\\s*)([a-zà-öø-ÿœæ]+)(?![a-zà-öø-ÿœæ\\d'’-])`,
  0,
);
/** Adjectives said of the patient in apposition ('Patiente de 50 ans, porteuse d'un…', 'veuve'); most others are epicene ('diabétique'). */
const APPOSED_ADJECTIVES = new Map<string, Gender>([['porteur', 'M'], ['porteuse', 'F'], ['veuf', 'M'], ['veuve', 'F']]);
const PERSON_GENDER: Record<string, Gender> = { patient: 'M', patiente: 'F', pte: 'F', homme: 'M', femme: 'F', garçon: 'M', fille: 'F', fillette: 'F' };
/** Before such a noun: a determiner of a subject or an identity ('une patiente', 'd'un homme'), not a complement ('de la patiente'). */
const DETERMINER_OF_PERSON =
  /(?:^|[^a-zà-öø-ÿœæ\d'’-])(de\s+la|à\s+la|le|la|un|une|ce|cette|notre|votre|l['’]|d['’]un|d['’]une)\s*(?:(?:jeune|petite?|premier|première|deuxième|second|seconde|troisième)\s+)?$/;

export interface PhraseDisagreement {
  noun: { range: Range; word: string; gender: Gender };
  agreement: Agreement;
}

/**
 * A noun naming the patient and the past participle right after it, of the other gender ('une
 * patiente âgé de 45 ans', 'un homme hospitalisée'): a slip whoever the note is about. Only past
 * participles: 'le patient présente' is a verb. `matches`: those of PERSON_THEN_WORD.
 */
export function phraseDisagreements(text: string, lower: string, matches: RegExpExecArray[]): PhraseDisagreement[] {
  const out: PhraseDisagreement[] = [];
  for (const m of matches) {
    const [, noun, aged, last] = m;
    // A capital opens a phrase ('Cas 1 Patiente âgée de…'); 'sage-femme' is no patient.
    if (lower[m.index - 1] === '-' || (!isUpperCase(text[m.index]) && !opensPhrase(lower, m.index))) continue;
    // 'âgé(e)' right after the noun, and the word after the age or the noun ('Patiente âgée de 70 ans, marié').
    const said = aged ? [{ word: aged, start: m.index + m[0].indexOf(aged, noun.length) }] : [];
    said.push({ word: last, start: m.index + m[0].length - last.length });
    for (const { word, start } of said) {
      const gender = participleGender(word) ?? APPOSED_ADJECTIVES.get(word);
      if (!gender || gender === PERSON_GENDER[noun]) continue;
      // Past an age or a comma, a participle that is also a noun is read as one ('Homme de 65 ans,
      // découverte fortuite d'une masse', 'suivi régulier') unless what follows is a participle's.
      if (word !== aged && nounLike(lower, word, start + word.length)) continue;
      // A verb in -ire or -uire with its object ('La patiente décrit une vision floue', 'conduit sa voiture'): present tense, not a participle.
      if (word !== aged && word.endsWith('it') && VERB_OBJECT_AFTER.test(lower.slice(start + word.length, start + word.length + 12))) continue;
      out.push({
        noun: { range: { start: m.index, end: m.index + noun.length }, word: text.slice(m.index, m.index + noun.length), gender: PERSON_GENDER[noun] },
        agreement: { range: { start, end: start + word.length }, word: text.slice(start, start + word.length), gender },
      });
    }
  }
  return out;
}

const isUpperCase = (ch: string) => ch !== ch.toLowerCase();
/** A direct object right after a verb ('décrit une', 'conduit sa', 'réduit sa', 'dit que'). */
const VERB_OBJECT_AFTER = /^\s+(?:un|une|des|du|le|la|les|l['’]|sa|son|ses|leur|leurs|ce|cette|ces|que|qu['’]|elle-même|lui-même)(?![a-zà-öø-ÿœæ])/;

/**
 * Participles that are nouns too, in a note's headline ('découverte fortuite', 'mise en place',
 * 'prise de poids', 'suivi régulier', 'permis de conduire', 'conjoint présent', 'poussée de SEP',
 * 'montée tensionnelle'; not 'sorti', 'mis', 'vu', nouns in the feminine only), with the words
 * after which they are participles all the same ('suivie pour un lupus', 'atteinte d'une SEP').
 */
const NOUN_LIKE: Record<string, RegExp> = {};
const AS_PARTICIPLE = /^\s+(?:pour|par|depuis|il)(?![a-zà-öø-ÿœæ])/;
for (const w of [
  'découverte', 'découvert', 'mise', 'prise', 'sortie', 'entrée', 'vue', 'conduite', 'venue',
  'suivi', 'passé', 'passée', 'vécu', 'acquis', 'acquise', 'permis', 'fait', 'faite', 'relevé', 'conjoint', 'conjointe', 'rendu',
  'reçu', 'dit', 'écrit', 'produit', 'issue', 'tenue', 'revue', 'arrivée', 'levée', 'traité', 'greffe',
  'poussée', 'montée', 'remontée', 'rentrée', 'reprise', 'plongée', 'percée', 'portée',
]) NOUN_LIKE[w] = AS_PARTICIPLE;
for (const w of ['atteinte', 'atteint']) NOUN_LIKE[w] = /^\s+(?:d['’]|de|du|des|par|pour|depuis)(?![a-zà-öø-ÿœæ])/;

/** Is `word`, ending at `end` of the lower-cased text, a noun here rather than a participle? */
function nounLike(lower: string, word: string, end: number): boolean {
  const participleAfter = Object.hasOwn(NOUN_LIKE, word) ? NOUN_LIKE[word] : undefined;
  return participleAfter !== undefined && !participleAfter.test(lower.slice(end, end + 12));
}

/** A title and the name or initials after it, as a subject: 'M. D.', 'Monsieur Durand', 'Mme L. B.'. */
const TITLE_SUBJECT = /(M\.|Mr\.?|Monsieur|Mme|Madame|Mlle|Mademoiselle)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]*\.?(?:\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]*\.?)?(?=[\s,])/y;
const DOCTOR_BEFORE = /(?:Dr|Pr|Docteur|Professeur)\.?\s{1,2}$/;
/** The titles, as the words with a capital that start them ('M' of 'M.'). */
const TITLE_WORDS = new Set(['M', 'Mr', 'Monsieur', 'Mme', 'Madame', 'Mlle', 'Mademoiselle']);

/**
 * A title said of a person of one sex, then a participle of the other with its auxiliary ('M. D.
 * est sortie', 'Monsieur D., 58 ans, est hospitalisée'): a slip whoever the title names.
 */
export function titleDisagreements(text: string, capitalWords: { range: Range; text: string }[]): PhraseDisagreement[] {
  const out: PhraseDisagreement[] = [];
  for (const w of capitalWords) {
    if (!TITLE_WORDS.has(w.text)) continue;
    // A doctor's initial, not a title ('le Dr M. Garnier est venue').
    if (w.text === 'M' && DOCTOR_BEFORE.test(text.slice(Math.max(0, w.range.start - 12), w.range.start))) continue;
    TITLE_SUBJECT.lastIndex = w.range.start;
    const m = TITLE_SUBJECT.exec(text);
    if (!m) continue;
    const gender: Gender = /^M(?:\.|r|onsieur)/.test(m[1]) ? 'M' : 'F';
    const agreement = agreementAfter(text, m.index + m[0].length) ?? apposedParticiple(text, m.index + m[0].length);
    if (!agreement || agreement.gender === gender) continue;
    out.push({ noun: { range: { start: m.index, end: m.index + m[1].length }, word: m[1], gender }, agreement });
  }
  return out;
}

/** After a comma (and the age), a participle with its complement in apposition ('M. L., âgée de 82 ans', 'Mme R., hospitalisé pour', 'M. R., 54 ans, suivie dans'). */
const APPOSED_PARTICIPLE = /^\s*,\s*(?:\d{1,3}\s*ans\s*,\s*)?([a-zà-öø-ÿœæ]+)\s+(?:de|d['’]|du|des|pour|par|en|le|la|au|dans|depuis|à)(?![a-zà-öø-ÿœæ])/iu;

function apposedParticiple(text: string, at: number): Agreement | undefined {
  const m = APPOSED_PARTICIPLE.exec(text.slice(at, at + 40));
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const gender = participleGender(word);
  const start = at + m[0].indexOf(m[1], 1);
  if (!gender || nounLike(text.slice(start, start + word.length + 12).toLowerCase(), word, word.length)) return undefined;
  return { range: { start, end: start + word.length }, word: m[1], gender };
}

/**
 * Does a subject or identity phrase open at `index`: after its determiner ('une jeune patiente'),
 * at the start of a line or sentence, or in apposition after a comma ('Z. D., patiente âgée de…')?
 */
function opensPhrase(lower: string, index: number): boolean {
  const from = Math.max(0, index - 24);
  const d = DETERMINER_OF_PERSON.exec(lower.slice(from, index));
  // Matched at the window's start: the determiner must start a word there too.
  const cut = d !== null && d.index === 0 && d[0].startsWith(d[1]) && from > 0 && isWordChar(lower[from - 1]);
  if (d && !cut) return !/^(?:de|à)\s/.test(d[1]);
  let i = index - 1;
  while (i >= 0 && (lower[i] === ' ' || lower[i] === '\t' || lower[i] === '-' || lower[i] === '•' || lower[i] === '*')) i--;
  return i < 0 || '\n.:;!?,'.includes(lower[i]);
}

const NOUN_SWAP: Record<string, string> = {
  patient: 'patiente', patiente: 'patient',
  'le patient': 'la patiente', 'du patient': 'de la patiente', 'au patient': 'à la patiente', 'ce patient': 'cette patiente', 'un patient': 'une patiente',
  'la patiente': 'le patient', 'de la patiente': 'du patient', 'à la patiente': 'au patient', 'cette patiente': 'ce patient', 'une patiente': 'un patient',
};

/** 'la patiente' can be a subject; 'de la patiente', 'au patient' cannot. */
const isSubject = (determiner: string) => /^(le|la|ce|cette|un|une)$/i.test(determiner);

const keepCase = (model: string, word: string) => (model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);

/** The edits that make a mention (and the word agreeing with it) match the patient's sex. */
export function agreeEdits(mention: Mention): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  if (mention.kind === 'noun') {
    const swapped = NOUN_SWAP[mention.text.toLowerCase().replace(/\s+/g, ' ')];
    if (!swapped) return undefined;
    edits.push({ range: mention.range, newText: keepCase(mention.text, swapped) });
  } else {
    edits.push({ range: mention.range, newText: keepCase(mention.text, mention.gender === 'F' ? 'il' : 'elle') });
  }
  if (mention.agreement && mention.agreement.gender === mention.gender) {
    const other = otherGenderForm(mention.agreement.word);
    if (other) edits.push({ range: mention.agreement.range, newText: other });
  }
  return edits;
}
