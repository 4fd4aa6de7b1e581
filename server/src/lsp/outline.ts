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
  const within = (s: Section, e: TimelineEvent) => s.titleRange.end <= e.range.start && e.range.start <= s.range.end;
  const walk = (sections: Section[]): DocumentSymbol[] =>
    sections.map((s) => ({
      name: s.title,
      // The canonical kind, when the title words it differently ('EXAMEN CLINIQUE' → Examen physique).
      detail: s.kind === 'other' || fold(s.title) === fold(SECTION_LABELS[s.kind]) ? undefined : SECTION_LABELS[s.kind],
      kind: SymbolKind.Namespace,
      range: toRange(doc, s.range),
      selectionRange: toRange(doc, s.titleRange),
      children: [...events.filter((e) => within(s, e) && !s.children.some((c) => within(c, e))).map(eventSymbol), ...walk(s.children)].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      ),
    }));
  const outside = events.filter((e) => !model.sections.some((s) => within(s, e))).map(eventSymbol);
  return [...outside, ...walk(model.sections)].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
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
