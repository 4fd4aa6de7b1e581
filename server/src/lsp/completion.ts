/**
 * Completion: section titles at the start of a line, units after a number, glossary terms and
 * drug names after three letters.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { DRUG_FILES, namesOf } from '../knowledge/drugs.js';
import type { Glossary } from '../knowledge/glossary.js';
import { SECTION_LABELS } from '../knowledge/sections.js';
import { UNIT_ATOMS } from '../knowledge/units.js';
import { foldSameLength } from '../note/text.js';

/** At most this many terms and drugs are offered (the list says it is incomplete, so typing on asks again). */
const MAX_ITEMS = 50;
/** Compound units clinicians write after a number, besides the simple ones. */
const COMPOUND_UNITS = ['mg/j', 'mg/kg', 'mg/kg/j', 'mg/m²', 'µg/kg/min', 'UI/j', 'mL/h', 'mL/min', 'g/dL', 'g/L', 'mg/L', 'mmol/L', 'µmol/L', 'UI/L', 'G/L', 'L/min', 'batt/min', 'cycles/min'];

const fold = (s: string) => foldSameLength(s.toLowerCase());

/** `before`: the line up to the cursor. */
export function completions(before: string, glossary: Glossary): CompletionList {
  const heading = /^\s*(#{1,6}\s+)?(\p{L}[\p{L}' ]*)?$/u.exec(before);
  const unit = /\d[ \u00a0\u202f]?([\p{L}µ°%/]*)$/u.exec(before);
  const word = /(?:^|[^\p{L}\p{N}-])([\p{L}][\p{L}\p{N}-]{2,})$/u.exec(before);
  const items: CompletionItem[] = [];
  if (heading) items.push(...sectionItems(heading[2] ?? ''));
  if (unit) items.push(...unitItems(unit[1]));
  if (word) items.push(...termItems(word[1], glossary));
  return { isIncomplete: word !== null, items };
}

function sectionItems(prefix: string): CompletionItem[] {
  const p = fold(prefix);
  return Object.entries(SECTION_LABELS)
    .filter(([kind, label]) => kind !== 'other' && fold(label).startsWith(p))
    .map(([, label]) => ({ label, kind: CompletionItemKind.Module, detail: 'Titre de section', sortText: `0${label}` }));
}

function unitItems(prefix: string): CompletionItem[] {
  const units = new Set([...UNIT_ATOMS.filter((a) => !a.word && !a.perOnly && !a.foreign).map((a) => a.canonical), ...COMPOUND_UNITS]);
  return [...units].filter((u) => u.startsWith(prefix) || fold(u).startsWith(fold(prefix))).map((u) => ({ label: u, kind: CompletionItemKind.Unit, detail: 'Unité', sortText: `1${u}` }));
}

function termItems(prefix: string, glossary: Glossary): CompletionItem[] {
  const p = fold(prefix);
  const items: CompletionItem[] = [];
  for (const entry of glossary.entries) {
    for (const form of [entry.term, ...(entry.synonyms ?? [])]) {
      if (!fold(form).startsWith(p)) continue;
      const sense = entry.senses[0];
      items.push({
        label: form,
        kind: CompletionItemKind.Text,
        detail: entry.senses.length > 1 ? entry.senses.map((s) => s.expansion ?? '').filter(Boolean).join(' / ') : (sense.expansion ?? entry.term),
        documentation: { kind: MarkupKind.Markdown, value: entry.senses.map((s) => s.definition).join('\n\n') },
        sortText: `2${form.length.toString().padStart(3, '0')}${form}`,
      });
      if (items.length >= MAX_ITEMS) return items;
    }
  }
  for (const file of Object.values(DRUG_FILES)) {
    for (const drug of file.entries) {
      for (const name of namesOf(drug)) {
        if (!fold(name).startsWith(p)) continue;
        items.push({ label: name, kind: CompletionItemKind.Value, detail: `${drug.class} (ATC ${drug.atc.join(', ')})`, sortText: `2${name.length.toString().padStart(3, '0')}${name}` });
        if (items.length >= MAX_ITEMS) return items;
      }
    }
  }
  return items;
}
