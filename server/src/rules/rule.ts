/** The shape of a rule: its meta and its check over the note model. */
import type { Fix, Range, RelatedInformation, Severity } from '../findings.js';
import type { NoteModel } from '../note/model.js';

export interface RuleMeta {
  /** 'family/name'. */
  id: string;
  family: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One French line, shown in docs and SARIF. */
  title: string;
  /** Docs page, relative to the repository ('docs/rules/unit-spacing.md'). */
  docs: string;
  /** JSON Schema of the rule's options object, if it takes any. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
}

export interface Report {
  range: Range;
  message: string;
  /** Or, for suggestions only (none preferred), how to find them when first asked (Finding.fixesOnDemand). */
  fixes?: Fix[] | (() => Fix[]);
  related?: RelatedInformation[];
  /** Overrides the configured severity for this finding (e.g. doses are errors). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  meta: RuleMeta;
  check(note: NoteModel, report: (r: Report) => void, options: O): void;
}

export function docsPath(id: string): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}

/** A fix that replaces one range. */
export function replace(title: string, range: Range, newText: string, preferred = true): Fix {
  return { title, edits: [{ range, newText }], preferred };
}
