/** Code actions: each fix as a quick fix, fix all of a rule, fix all on save, ignore, disable. */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TextEdit } from '../findings.js';
import { selectFixEdits } from '../fixes.js';
import { REASON_PLACEHOLDER } from '../note/directives.js';
import { toTextEdit } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clinlint`;
/** The server command behind 'Ajouter « mot » au dictionnaire': arguments [document URI, word]. */
export const ADD_TO_DICTIONARY = 'clinlint.addToDictionary';

const fixAllEdits = (findings: Finding[]) => selectFixEdits(findings).edits;

function edit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((e) => toTextEdit(doc, e)) } };
}

export interface ActionContext {
  doc: TextDocument;
  findings: Finding[];
  diagnostics: Diagnostic[];
  only?: string[];
  /** Builds the edit that turns a rule off in the nearest .clinlintrc.json (or creates one). */
  disableRuleEdit?: (ruleId: string) => WorkspaceEdit | undefined;
  /** May words be added to the user's dictionary (a note on disk, in a trusted workspace)? */
  canAddWords?: boolean;
}

/** The finding a diagnostic stands for (same version, same index), if still current. */
function findingOf(ctx: ActionContext, d: Diagnostic): Finding | undefined {
  const data = d.data as { version?: number; index?: number } | undefined;
  if (!data || data.version !== ctx.doc.version || data.index === undefined) return undefined;
  const f = ctx.findings[data.index];
  return f && f.ruleId === d.code ? f : undefined;
}

export function codeActions(ctx: ActionContext): CodeAction[] {
  const { doc } = ctx;
  const wants = (kind: string) => !ctx.only || ctx.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(ctx.findings);
    if (edits.length) out.push({ title: `Corriger tous les problèmes clinlint du fichier (${edits.length})`, kind: FIX_ALL_KIND, edit: edit(doc, edits) });
  }
  if (!wants(CodeActionKind.QuickFix)) return out;
  const seenRules = new Set<string>();
  for (const d of ctx.diagnostics) {
    if (d.source !== 'clinlint') continue;
    const f = findingOf(ctx, d);
    if (!f) continue;
    f.fixes.forEach((fix, i) =>
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0 && fix.preferred === true,
        edit: edit(doc, fix.edits),
      }),
    );
    const word = f.data?.word;
    if (ctx.canAddWords && f.ruleId === 'spelling/unknown-word' && typeof word === 'string') {
      const title = `Ajouter « ${word} » au dictionnaire`;
      out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: ADD_TO_DICTIONARY, arguments: [doc.uri, word] } });
    }
    if (!seenRules.has(f.ruleId)) {
      seenRules.add(f.ruleId);
      const sameRule = ctx.findings.filter((x) => x.ruleId === f.ruleId);
      const edits = fixAllEdits(sameRule);
      if (edits.length > 1) {
        out.push({ title: `Corriger tous les « ${f.ruleId} » du fichier (${edits.length})`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(doc, edits) });
      }
      out.push(ignoreLineAction(doc, f, d));
      const disable = ctx.disableRuleEdit?.(f.ruleId);
      if (disable) out.push({ title: `Désactiver la règle « ${f.ruleId} » dans .clinlintrc.json`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: disable });
    }
  }
  return out;
}

function ignoreLineAction(doc: TextDocument, f: Finding, d: Diagnostic): CodeAction {
  const line = doc.positionAt(f.range.start).line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
  const insert: LspTextEdit = {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- clinlint-disable-next-line ${f.ruleId} -- ${REASON_PLACEHOLDER} -->${eol}`,
  };
  return { title: `Ignorer « ${f.ruleId} » pour cette ligne`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [insert] } } };
}
