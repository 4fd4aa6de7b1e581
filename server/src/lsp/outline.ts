/** Document symbols (the Outline view) and folding ranges: the note's sections and their dated events. */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SECTION_LABELS } from '../knowledge/sections.js';
import type { NoteModel, Section } from '../note/model.js';
import { fold } from '../note/text.js';
import { timeline, type TimelineEvent } from '../note/timeline.js';
import { toRange } from './convert.js';

export function documentSymbols(doc: TextDocument, model: NoteModel): DocumentSymbol[] {
  const events = timeline(model);
  const eventSymbol = (e: TimelineEvent): DocumentSymbol => ({
    name: `${e.text} : ${e.label}`,
    detail: e.value,
    kind: SymbolKind.Event,
    range: toRange(doc, e.sentence),
    selectionRange: toRange(doc, e.range),
  });
  // Each event under the innermost section holding it; events before any section at the top.
  const held = new Map<Section | undefined, DocumentSymbol[]>();
  for (const e of events) {
    const s = holder(model.sections, e);
    const symbols = held.get(s) ?? [];
    symbols.push(eventSymbol(e));
    held.set(s, symbols);
  }
  const walk = (sections: Section[]): DocumentSymbol[] =>
    sections.map((s) => ({
      name: s.title,
      // The canonical kind, when the title words it differently ('EXAMEN CLINIQUE' → Examen physique).
      detail: s.kind === 'other' || fold(s.title) === fold(SECTION_LABELS[s.kind]) ? undefined : SECTION_LABELS[s.kind],
      kind: SymbolKind.Namespace,
      range: toRange(doc, s.range),
      selectionRange: toRange(doc, s.titleRange),
      children: [...(held.get(s) ?? []), ...walk(s.children)].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      ),
    }));
  return [...(held.get(undefined) ?? []), ...walk(model.sections)].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * The innermost section holding the event (after its title, up to its end), if any. Siblings come
 * in text order, so at each level only the last one whose title ends before the event may hold
 * it: a binary search, not a scan (notes of thousands of sections).
 */
function holder(sections: Section[], e: TimelineEvent): Section | undefined {
  let found: Section | undefined;
  for (let level = sections; ; ) {
    let lo = 0;
    let hi = level.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (level[mid].titleRange.end <= e.range.start) lo = mid + 1;
      else hi = mid;
    }
    const s = level[lo - 1];
    if (!s || e.range.start > s.range.end) return found;
    found = s;
    level = s.children;
  }
}

export function foldingRanges(doc: TextDocument, model: NoteModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const s of model.allSections) {
    const startLine = doc.positionAt(s.range.start).line;
    const endLine = doc.positionAt(s.range.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
