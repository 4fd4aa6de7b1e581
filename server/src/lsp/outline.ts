/** Document symbols (the Outline view) and folding ranges: the note's sections. */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SECTION_LABELS } from '../knowledge/sections.js';
import type { NoteModel, Section } from '../note/model.js';
import { fold } from '../note/text.js';
import { toRange } from './convert.js';

export function documentSymbols(doc: TextDocument, model: NoteModel): DocumentSymbol[] {
  const walk = (sections: Section[]): DocumentSymbol[] =>
    sections.map((s) => ({
      name: s.title,
      // The canonical kind, when the title words it differently ('EXAMEN CLINIQUE' → Examen physique).
      detail: s.kind === 'other' || fold(s.title) === fold(SECTION_LABELS[s.kind]) ? undefined : SECTION_LABELS[s.kind],
      kind: SymbolKind.Namespace,
      range: toRange(doc, s.range),
      selectionRange: toRange(doc, s.titleRange),
      children: walk(s.children),
    }));
  return walk(model.sections);
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
