/**
 * The names of Object.prototype's properties written in a note ('constructor', 'toString') are
 * words like any other: a table look-up keyed by the note's words must not find the prototype's
 * members ('5 constructor' crashed the quantity parser; a heading 'constructor' became a section
 * whose kind was a function).
 */
import { strict as assert } from 'node:assert';
import { SECTION_LABELS } from '../../server/src/knowledge/sections.js';
import { lintNote } from '../../server/src/lint.js';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name'];
const PLACES: ((w: string) => string)[] = [
  (w) => `Il a reçu 5 ${w}.`,
  (w) => `5${w} puis 5 mg/${w}, 3 ${w}/kg.`,
  (w) => `${w}\n\nAnamnèse\nPatient de 50 ans.`,
  (w) => `## ${w}\nTexte.\n\n${w.toUpperCase()}\nTexte.`,
  (w) => `Patient ${w} de 50 ans, elle est ${w}, ${w}e, ${w}s.`,
  (w) => `Le Dr ${w} a vu la patiente. ${w[0].toUpperCase()}${w.slice(1)} à 5 mg/L, ${w} à 12 g/dL.`,
  (w) => `Traitement par ${w} 400 mg, il y a 3 ${w}, le ${w} 2020, ${w} : 5, ${w}-${w}.`,
];

describe('notes holding the names of object properties', () => {
  it('are linted with no error, no rule failing and no odd text', () => {
    for (const name of NAMES) {
      for (const place of PLACES) {
        const text = place(name);
        const result = lintNote(text, {});
        assert.deepEqual(result.ruleErrors, [], text);
        for (const f of result.findings) assert.doesNotMatch(f.message + JSON.stringify(f.fixes), /function|native code|\[object|undefined|NaN/, text);
        for (const s of result.model.allSections) assert.ok(Object.hasOwn(SECTION_LABELS, s.kind), `${text}: section kind ${String(s.kind)}`);
      }
    }
  });
});
