// Expands the French spelling dictionary (npm dictionary-fr, Hunspell files of Grammalecte's
// "classique" dictionary, MPL 2.0) into a flat, sorted, lower-cased word list the spell check
// (server/src/knowledge/spelling.ts) loads on first use: expanding the affix rules at run time
// takes seconds and hundreds of MB, reading the expanded list takes milliseconds.
// Written to dist/dictionary/fr.json, outside git, and reused while dictionary-fr's version and
// this script's format are unchanged. The medical lexicon (server/src/knowledge/lexicon/*.txt) is
// compiled beside it on every build (it is small).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FORMAT = 3;
const OUT = 'dist/dictionary';
const require = createRequire(import.meta.url);
const dictionaryVersion = JSON.parse(readFileSync('node_modules/dictionary-fr/package.json', 'utf8')).version;

mkdirSync(OUT, { recursive: true });
copyFileSync('node_modules/dictionary-fr/license', `${OUT}/LICENSE`);

const target = `${OUT}/fr.json`;
const current = existsSync(target) ? readHeader(target) : undefined;
if (current?.version === dictionaryVersion && current.format === FORMAT) {
  console.log(`${target}: dictionary-fr ${dictionaryVersion}, unchanged`);
} else {
  const started = Date.now();
  const nspell = require('nspell');
  const aff = readFileSync('node_modules/dictionary-fr/index.aff');
  const dic = readFileSync('node_modules/dictionary-fr/index.dic');
  const spell = nspell({ aff, dic });
  const elided = /^(?:[ldjmnstcç]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu)'./i;
  const words = new Set();
  /** Words the dictionary writes in lower case somewhere: the others are names ('Magalie', 'Crohn') or acronyms. */
  const common = new Set();
  for (const form of Object.keys(spell.data)) {
    // Elided forms ("l'artère", "qu'il"): the spell check strips the elision and checks the bare word.
    if (elided.test(form)) continue;
    // Stems that exist only with an affix, forbidden forms: nspell's own check says.
    if (!spell.correct(form)) continue;
    const lower = form.toLowerCase().replace(/’/g, "'");
    words.add(lower);
    if (form.replace(/’/g, "'") === lower) common.add(lower);
  }
  const sorted = [...words].sort();
  const names = sorted.filter((w) => !common.has(w));
  // One string, words joined by spaces (no escape for JSON.parse to undo: half the load time of
  // '\n'), sorted by UTF-16 code units: the loader binary-searches it.
  const data = {
    source: 'dictionary-fr (Grammalecte, dictionnaire « classique », Olivier R., MPL 2.0 — voir LICENSE), développé par nspell',
    version: dictionaryVersion,
    format: FORMAT,
    count: sorted.length,
    words: sorted.join(' '),
    // Written only with a capital: word formation does not glue a prefix to a name ('hépato-magalie').
    nameCount: names.length,
    names: names.join(' '),
  };
  writeFileSync(target, JSON.stringify(data));
  console.log(`${target}: ${sorted.length} words from dictionary-fr ${dictionaryVersion} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// The medical lexicon: every *.txt of the lexicon folder, one word per line, '#' comments.
const lexiconDir = 'server/src/knowledge/lexicon';
const lexicon = new Set();
for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith('.txt')).sort()) {
  for (const line of readFileSync(`${lexiconDir}/${file}`, 'utf8').split(/\r?\n/)) {
    for (const word of line.replace(/#.*/, '').trim().split(/\s+/)) {
      if (!word) continue;
      const lower = word.toLowerCase().replace(/’/g, "'");
      lexicon.add(lower);
    }
  }
}
const lexiconWords = [...lexicon].sort();
writeFileSync(`${OUT}/medical.json`, JSON.stringify({ source: 'clinlint (server/src/knowledge/lexicon/, liste écrite pour le projet)', count: lexiconWords.length, words: lexiconWords.join(' ') }));
console.log(`${OUT}/medical.json: ${lexiconWords.length} words`);

// The Lefff's genders (Lexique des formes fléchies du français, Benoît Sagot, INRIA, LGPL-LR;
// npm french-words-gender-lefff and lefff-helper) reduced to what server/src/knowledge/gender.ts
// asks: reading the packages' JSON and deriving the feminine forms took ~130 ms of the first lint
// of every run, this file ~25 ms. Lists joined by '|' (no escape for JSON.parse to undo).
const lefffOut = 'dist/lefff';
mkdirSync(lefffOut, { recursive: true });
copyFileSync('node_modules/lefff-helper/resources_pub/LICENSE', `${lefffOut}/LICENSE`);
const nounGenders = require('french-words-gender-lefff/dist/words.json');
const adjectives = require('lefff-helper/resources_pub/adjectives.json');
const pastParticiples = require('lefff-helper/resources_pub/pastParticiples.json');
// An adjective's feminine singular: the first form of its root ending in 'e' (not 'es').
const feminineOfRoot = new Map();
for (const [form, [root]] of Object.entries(adjectives)) {
  if (form !== root && form.endsWith('e') && !form.endsWith('es') && !feminineOfRoot.has(root)) feminineOfRoot.set(root, form);
}
const forms = Object.keys(adjectives).sort();
const nouns = Object.keys(nounGenders).sort();
const joined = (list) => {
  if (list.some((w) => w.includes('|'))) throw new Error('a Lefff word holds the separator |');
  return list.join('|');
};
if (nouns.some((n) => nounGenders[n] !== 'M' && nounGenders[n] !== 'F')) throw new Error('a Lefff noun gender other than M and F');
const genderTables = {
  source: 'Lefff (Lexique des formes fléchies du français, Benoît Sagot, INRIA ; LGPL-LR, voir LICENSE), par french-words-gender-lefff et lefff-helper',
  nouns: joined(nouns),
  nounGenders: nouns.map((n) => nounGenders[n]).join(''),
  // Per adjective form: M (masculine with a feminine), E (one form for both), F (the feminine
  // singular), U (another form: plural…), and the form of the other gender (for M and E: the
  // feminine if any; for F and U: the root).
  forms: joined(forms),
  formGenders: forms
    .map((w) => {
      const root = adjectives[w][0];
      if (root === w) return feminineOfRoot.has(root) ? 'M' : 'E';
      return feminineOfRoot.get(root) === w ? 'F' : 'U';
    })
    .join(''),
  otherForms: joined(forms.map((w) => (adjectives[w][0] === w ? (feminineOfRoot.get(w) ?? '') : adjectives[w][0]))),
  participles: joined([...new Set(Object.values(pastParticiples))].sort()),
};
writeFileSync(`${lefffOut}/gender.json`, JSON.stringify(genderTables));
console.log(`${lefffOut}/gender.json: ${nouns.length} nouns, ${forms.length} adjective forms`);

function readHeader(path) {
  try {
    const { version, format } = JSON.parse(readFileSync(path, 'utf8'));
    return { version, format };
  } catch {
    return undefined;
  }
}
