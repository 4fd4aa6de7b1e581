/** Shapes shared by the engine and its adapters. Offsets are UTF-16 code units into the note text. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = Severity | 'off';

export interface Range {
  start: number;
  end: number;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** French title shown to the clinician ("Insérer une espace"). */
  title: string;
  edits: TextEdit[];
  /** Safe to apply without a look (`clinlint --fix`, fix all); otherwise only offered. */
  preferred?: boolean;
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Best fix first. */
  fixes: Fix[];
  /**
   * Its fixes are suggestions (spelling corrections), none preferred, searched when `fixes` is
   * first read: what reads preferred fixes only (--fix, fix all) or shows no suggestion (the
   * stylish output) skips them and never pays for the search.
   */
  fixesOnDemand?: true;
  related: RelatedInformation[];
  data?: Record<string, unknown>;
}
