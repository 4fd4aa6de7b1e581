/**
 * Inline control comments, in .txt and .md alike:
 *   <!-- clinlint-disable unit/spacing -- raison -->
 *   <!-- clinlint-enable unit/spacing -->
 *   <!-- clinlint-disable-next-line unit/spacing, unit/case -- raison -->
 * Without rule ids, the comment applies to every rule.
 */
import type { Range } from '../findings.js';

/** The reason the editor's 'ignore' action writes: still to be given, so still reported. */
export const REASON_PLACEHOLDER = 'raison à préciser';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids or family prefixes ('unit/*' or 'unit'); empty means every rule. */
  rules: string[];
  reason?: string;
  range: Range;
}

// An unclosed comment runs to the end of the text (then ends the search): requiring '-->' made
// every later '<!-- clinlint-' scan the rest of the text again (quadratic, found by recheck).
const DIRECTIVE = /<!--\s*clinlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)(?:-->|$)/g;

export function findDirectives(text: string): Directive[] {
  if (!text.includes('clinlint-')) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    if (!m[0].endsWith('-->')) break;
    const body = m[2];
    const split = body.search(/\s--\s|\s--$/);
    const list = (split >= 0 ? body.slice(0, split) : body).trim();
    const reason = split >= 0 ? body.slice(split).replace(/^\s*--/, '').trim() : undefined;
    out.push({
      kind: m[1] as Directive['kind'],
      rules: list ? list.split(/[\s,]+/).filter(Boolean) : [],
      reason: reason || undefined,
      range: { start: m.index, end: m.index + m[0].length },
    });
  }
  return out;
}

/** Does a directive's rule list cover this rule id? */
export function coversRule(rules: string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === ruleId || r === ruleId.split('/')[0] || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}
