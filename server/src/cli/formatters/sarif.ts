/** SARIF 2.1.0, with each rule's metadata and help, for code-scanning dashboards. */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES } from '../../rules/index.js';
import type { CliMessage, FileResult } from '../result.js';

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[], version: string, docsBase: string): string {
  const rules: Sarif.ReportingDescriptor[] = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace('/', '-'),
    shortDescription: { text: r.meta.title },
    fullDescription: { text: r.meta.title },
    helpUri: `${docsBase}/${r.meta.docs}`,
    help: { text: `${r.meta.title}. Voir ${r.meta.docs}.`, markdown: `${r.meta.title}. Voir [${r.meta.docs}](${docsBase}/${r.meta.docs}).` },
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
    properties: { family: r.meta.family, fixable: r.meta.fixable },
  }));
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const region = (m: { line: number; column: number; endLine: number; endColumn: number }): Sarif.Region => ({
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  });
  const sarifResults: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = [];
  for (const file of results) {
    const uri = pathToFileURL(file.filePath).href;
    artifacts.push({ location: { uri } });
    for (const m of file.messages) sarifResults.push(toResult(m, uri, index, region));
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clinlint', version, semanticVersion: version, informationUri: docsBase, rules } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function toResult(
  m: CliMessage,
  uri: string,
  index: Map<string, number>,
  region: (m: { line: number; column: number; endLine: number; endColumn: number }) => Sarif.Region,
): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: m.ruleId,
    level: SARIF_LEVEL[m.level],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(m) } }],
  };
  const ruleIndex = index.get(m.ruleId);
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  if (m.related?.length) {
    result.relatedLocations = m.related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: { artifactLocation: { uri }, region: region(r) },
    }));
  }
  return result;
}
