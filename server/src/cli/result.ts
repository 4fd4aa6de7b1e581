/** One file's outcome, in the shape every formatter reads (ESLint's, plus clinlint's severities). */
import type { Finding, Severity, TextEdit } from '../findings.js';
import { LineIndex } from '../note/text.js';

export interface EslintFix {
  range: [number, number];
  text: string;
}

export interface CliMessage {
  ruleId: string;
  /** ESLint's scale: 2 error, 1 everything else. */
  severity: 1 | 2;
  /** clinlint's own severity (error, warning, info, hint). */
  level: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: EslintFix;
  suggestions?: { desc: string; fix: EslintFix }[];
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export interface FileResult {
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text (--fix-dry-run) when it differs from the source. */
  output?: string;
  /** Set when the file was not linted (binary, too large): the reason, in French. */
  skipped?: string;
  /** Set when the file could not be read or written. */
  error?: string;
  /** A notice that does not stop the lint (invalid UTF-8). */
  warning?: string;
  /** Fixes written to disk. */
  fixesApplied?: number;
  /** Rules that failed on this file (ids only). */
  ruleErrors?: string[];
}

/** Folds several edits into the one replacement ESLint's format carries. */
export function mergeEdits(text: string, edits: TextEdit[]): EslintFix {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0].range.start;
  const end = Math.max(...sorted.map((e) => e.range.end));
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  out += text.slice(at, end);
  return { range: [start, end], text: out };
}

/** `suggestions`: false when the output shows none (suggestions searched on demand are then not searched). */
export function toMessages(text: string, findings: Finding[], index = new LineIndex(text), suggestions = true): CliMessage[] {
  const pos = (offset: number) => {
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return findings.map((f) => {
    const s = pos(f.range.start);
    const e = pos(f.range.end);
    const fixes = f.fixesOnDemand && !suggestions ? [] : f.fixes;
    const preferred = fixes[0]?.preferred ? fixes[0] : undefined;
    const others = fixes.filter((x) => x !== preferred);
    const m: CliMessage = {
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      level: f.severity,
      message: f.message,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
    };
    if (preferred) m.fix = mergeEdits(text, preferred.edits);
    if (others.length) m.suggestions = others.map((x) => ({ desc: x.title, fix: mergeEdits(text, x.edits) }));
    if (f.related.length) {
      m.related = f.related.map((r) => {
        const rs = pos(r.range.start);
        const re = pos(r.range.end);
        return { message: r.message, line: rs.line, column: rs.column, endLine: re.line, endColumn: re.column };
      });
    }
    return m;
  });
}

export function countResult(r: FileResult): FileResult {
  r.errorCount = r.messages.filter((m) => m.level === 'error').length;
  r.warningCount = r.messages.filter((m) => m.level === 'warning').length;
  r.infoCount = r.messages.length - r.errorCount - r.warningCount;
  r.fixableErrorCount = r.messages.filter((m) => m.level === 'error' && m.fix).length;
  r.fixableWarningCount = r.messages.filter((m) => m.level === 'warning' && m.fix).length;
  return r;
}
