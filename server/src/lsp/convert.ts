/** Engine results → LSP shapes. Offsets become positions only here. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, TextEdit } from '../findings.js';
import { RULE_BY_ID } from '../rules/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, range: { start: number; end: number }) {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit.range), newText: edit.newText };
}

/** `docsBase`: a folder URI holding `docs/rules/*.md` (the extension's or the package's). */
export function toDiagnostic(doc: TextDocument, finding: Finding, index: number, docsBase: string | undefined): Diagnostic {
  const rule = RULE_BY_ID.get(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'clinlint',
    message: finding.message,
    data: { version: doc.version, index },
  };
  if (rule && docsBase) diagnostic.codeDescription = { href: `${docsBase.replace(/\/$/, '')}/${rule.meta.docs}` };
  if (finding.related.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: doc.uri, range: toRange(doc, r.range) },
      message: r.message,
    }));
  }
  return diagnostic;
}
