/** Human-readable output, grouped by file (in the spirit of ESLint's stylish). */
import { relative } from 'node:path';
import type { FileResult } from '../result.js';

const LEVEL_LABEL = { error: 'erreur', warning: 'alerte', info: 'info', hint: 'conseil' } as const;

export function formatStylish(results: FileResult[], cwd: string, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push(paint(4, relative(cwd, r.filePath) || r.filePath));
    const width = Math.max(...r.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of r.messages) {
      const level = LEVEL_LABEL[m.level];
      const tint = m.level === 'error' ? 31 : m.level === 'warning' ? 33 : 36;
      out.push(`  ${paint(2, `${m.line}:${m.column}`.padEnd(width))}  ${paint(tint, level.padEnd(7))}  ${m.message}  ${paint(2, m.ruleId)}`);
    }
    out.push('');
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  out.push(
    paint(errors ? 31 : 33, `✖ ${plural(total, 'problème', 'problèmes')} (${plural(errors, 'erreur', 'erreurs')}, ${plural(warnings, 'alerte', 'alertes')}, ${plural(infos, 'info', 'infos')})`),
  );
  if (fixable) out.push(`  ${plural(fixable, 'problème corrigeable', 'problèmes corrigeables')} avec l’option --fix.`);
  return out.join('\n') + '\n';
}
