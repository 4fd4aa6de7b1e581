/** GitHub Actions workflow commands: one annotation per finding. */
import { relative } from 'node:path';
import type { FileResult } from '../result.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: FileResult[], cwd: string): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(relative(cwd, r.filePath) || r.filePath);
    for (const m of r.messages) {
      const command = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : 'notice';
      lines.push(
        `::${command} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}::${escapeData(m.message)}`,
      );
    }
  }
  return lines.join('\n');
}
