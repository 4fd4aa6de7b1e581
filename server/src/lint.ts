/** The engine's one door: text and options in, findings out. Pure. */
import type { Finding, Level, Range, Severity } from './findings.js';
import type { GlossaryEntry } from './knowledge/glossary.js';
import { coversRule, type Directive } from './note/directives.js';
import type { NoteMemo } from './note/memo.js';
import { NoteModel } from './note/model.js';
import { RULES } from './rules/index.js';
import type { Report, Rule } from './rules/rule.js';

/** 'warning', or ['warning', { option: value }]. */
export type RuleEntry = Level | [Level] | [Level, Record<string, unknown>];

export interface LintOptions {
  /** Per rule id, or per family with 'unit/*'. */
  rules?: Record<string, RuleEntry>;
  /** What the author states about the patient, over what the note's words suggest. */
  patient?: { sex?: 'homme' | 'femme' };
  /** The day the note was written ('2021-03-04'); a 'date:' front-matter line wins; else today. */
  referenceDate?: string;
  /** A workspace's glossary entries, over the built-in glossary. */
  glossary?: GlossaryEntry[];
  /** A workspace's own words (.clinlint/dictionnaire.txt), accepted by the spell check. */
  dictionary?: string[];
  /**
   * What linting this note's previous version computed line by line and paragraph by paragraph
   * (the language server keeps one for the documents edited last): the same findings, the
   * unchanged lines and paragraphs not read again.
   */
  memo?: NoteMemo;
}

export interface RuleError {
  ruleId: string;
  /** The error's message, never the note's text. */
  message: string;
}

export interface LintResult {
  findings: Finding[];
  model: NoteModel;
  ruleErrors: RuleError[];
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintNote(text, options).findings;
}

/** Lints and also returns the model (for hover, outline) and any rule that failed. */
export function lintNote(text: string, options: LintOptions = {}): LintResult {
  const model = new NoteModel(text, { patientSex: options.patient?.sex, referenceDate: options.referenceDate, glossary: options.glossary, dictionary: options.dictionary, memo: options.memo });
  const findings: Finding[] = [];
  const ruleErrors: RuleError[] = [];
  for (const rule of RULES) {
    const setting = resolveSetting(rule, options.rules);
    if (setting.level === 'off') continue;
    const severityOf = (r: Report): Severity => (setting.explicit ? (setting.level as Severity) : (r.severity ?? (setting.level as Severity)));
    try {
      rule.check(
        model,
        (r) =>
          findings.push(
            withFixes(
              {
                ruleId: rule.meta.id,
                severity: severityOf(r),
                message: r.message,
                range: r.range,
                fixes: [],
                related: r.related ?? [],
                ...(r.data ? { data: r.data } : {}),
              },
              r.fixes,
            ),
          ),
        { ...rule.meta.defaultOptions, ...setting.options },
      );
    } catch (e) {
      ruleErrors.push({ ruleId: rule.meta.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const kept = filterByDirectives(findings, model);
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, model, ruleErrors };
}

/**
 * The finding with its report's fixes, or with a getter that searches them on first read
 * (spelling suggestions; defined on the object: a spread would call it). A search that throws
 * gives no suggestion: it runs outside the rule's guard, in a formatter or a code action.
 */
function withFixes(finding: Finding, fixes: Report['fixes']): Finding {
  if (typeof fixes !== 'function') {
    finding.fixes = fixes ?? [];
    return finding;
  }
  let found: Finding['fixes'] | undefined;
  Object.defineProperty(finding, 'fixes', {
    get: () => (found ??= suggestionsOf(fixes)),
    enumerable: true,
    configurable: true,
  });
  finding.fixesOnDemand = true;
  return finding;
}

function suggestionsOf(search: () => Finding['fixes']): Finding['fixes'] {
  try {
    return search().map((fix) => ({ ...fix, preferred: false }));
  } catch {
    return [];
  }
}

interface Setting {
  level: Level;
  options: Record<string, unknown>;
  explicit: boolean;
}

export function resolveSetting(rule: Rule, rules: LintOptions['rules']): Setting {
  const entry = rules?.[rule.meta.id] ?? rules?.[`${rule.meta.family}/*`];
  if (entry === undefined) return { level: rule.meta.defaultSeverity, options: {}, explicit: false };
  const [level, options] = Array.isArray(entry) ? entry : [entry];
  return { level, options: options ?? {}, explicit: true };
}

/** Drops findings silenced by inline comments. */
function filterByDirectives(findings: Finding[], model: NoteModel): Finding[] {
  if (model.directives.length === 0) return findings;
  const silenced: { range: Range; directive: Directive }[] = [];
  const { index } = model;
  for (const d of model.directives) {
    const line = index.lineAt(d.range.start);
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const target = d.kind === 'disable-line' ? line : Math.min(index.lineAt(d.range.end) + 1, index.lines.length - 1);
      silenced.push({ range: { start: index.lines[target].start, end: index.lines[target].end }, directive: d });
    } else if (d.kind === 'disable') {
      const end = model.directives.find((e) => e.kind === 'enable' && e.range.start > d.range.end && (e.rules.length === 0 || e.rules.some((r) => d.rules.length === 0 || d.rules.includes(r))));
      silenced.push({ range: { start: d.range.end, end: end ? end.range.start : model.text.length }, directive: d });
    }
  }
  return findings.filter(
    (f) =>
      f.ruleId.startsWith('directive/') ||
      !silenced.some((s) => coversRule(s.directive.rules, f.ruleId) && f.range.start >= s.range.start && f.range.start <= s.range.end),
  );
}
