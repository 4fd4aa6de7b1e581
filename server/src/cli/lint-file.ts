/** Reads, lints and optionally fixes one file. Used in-process and in worker threads. */
import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyFixes } from '../fixes.js';
import { lintNote, type LintOptions } from '../lint.js';
import { countResult, toMessages, type FileResult } from './result.js';

export interface FileTask {
  filePath: string;
  /** Text given on stdin instead of reading the file. */
  text?: string;
  options: LintOptions;
  fix: 'none' | 'write' | 'dry-run';
  maxFileSize: number;
  quiet: boolean;
  /** Whether the output shows suggestions (json): otherwise those searched on demand are not searched. */
  suggestions?: boolean;
}

const MAX_FIX_PASSES = 10;

/** Lints a text; with fixes, applies them in passes until nothing more applies (like ESLint). */
export function lintText(text: string, task: Pick<FileTask, 'options' | 'fix' | 'quiet' | 'suggestions'>) {
  let current = text;
  let applied = 0;
  if (task.fix !== 'none') {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const outcome = applyFixes(current, lintNote(current, task.options).findings);
      if (outcome.applied === 0 || outcome.text === current) break;
      current = outcome.text;
      applied += outcome.applied;
    }
  }
  const result = lintNote(current, task.options);
  const findings = task.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  return { text: current, applied, messages: toMessages(current, findings, result.model.index, task.suggestions ?? true), ruleErrors: result.ruleErrors.map((e) => e.ruleId) };
}

function emptyResult(filePath: string): FileResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

export function lintFile(task: FileTask): FileResult {
  const result = emptyResult(task.filePath);
  let bytes: Buffer;
  let st: Stats | undefined;
  if (task.text !== undefined) {
    bytes = Buffer.from(task.text, 'utf8');
  } else {
    try {
      st = statSync(task.filePath);
      if (st.size > task.maxFileSize) {
        result.skipped = `fichier ignoré : ${formatSize(st.size)} dépasse la taille maximale (${formatSize(task.maxFileSize)}, option maxFileSize)`;
        return result;
      }
      bytes = readFileSync(task.filePath);
    } catch (e) {
      result.error = `lecture impossible (${describeIoError(e)})`;
      return result;
    }
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    result.skipped = 'fichier binaire ignoré';
    return result;
  }
  let text: string;
  let lossless = true;
  try {
    // ignoreBOM keeps the BOM in the text, so that it is seen below and written back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    lossless = false;
    result.warning = 'octets UTF-8 invalides remplacés pour l’analyse ; le fichier ne sera pas corrigé';
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const fix = !lossless && task.fix === 'write' ? 'none' : task.fix;
  const out = lintText(text, { ...task, fix });
  // Fixes of a note read with replaced bytes would write those replacements: none offered.
  result.messages = lossless ? out.messages : out.messages.map(({ fix: _fix, ...m }) => m);
  if (out.ruleErrors.length) result.ruleErrors = out.ruleErrors;
  if (out.text !== text) {
    if (fix === 'dry-run' || task.text !== undefined) {
      result.output = (bom ? '\uFEFF' : '') + out.text;
    } else if (fix === 'write') {
      try {
        writeAtomically(task.filePath, (bom ? '\uFEFF' : '') + out.text, st);
        result.fixesApplied = out.applied;
      } catch (e) {
        result.error = `écriture impossible (${describeIoError(e)}) ; fichier laissé intact`;
        result.messages = lintText(text, { ...task, fix: 'none' }).messages;
      }
    }
  }
  return countResult(result);
}

/**
 * Temp file beside the target, then rename: a crash never leaves half a note (hard-linked notes
 * aside, see below). The rename goes to
 * the link's target (not over the link), and only when the note itself is writable: a rename would
 * otherwise replace a read-only note, which only needs a writable folder.
 */
function writeAtomically(linkPath: string, text: string, st: Stats | undefined): void {
  const path = realpathSync(linkPath);
  const now = statSync(path);
  if (st !== undefined && now.mtimeMs !== st.mtimeMs) throw Object.assign(new Error('modifié pendant l’analyse'), { code: 'modifié pendant l’analyse' });
  accessSync(path, constants.W_OK);
  // A note with hard links: a rename would cut it from its other names. Written in place instead
  // (the text is complete in memory; only a crash mid-write could leave it partial).
  if (now.nlink > 1) {
    writeFileSync(path, text, 'utf8');
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.clinlint-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx', mode: st !== undefined ? st.mode & 0o777 : 0o644 });
    if (st !== undefined) {
      try {
        chownSync(tmp, st.uid, st.gid);
      } catch {
        // only the owner's group or root may change them; the mode is kept either way
      }
      chmodSync(tmp, st.mode & 0o7777);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temp file was never created
    }
    throw e;
  }
}

function describeIoError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'fichier introuvable',
    EACCES: 'permission refusée',
    EPERM: 'opération non permise',
    EISDIR: 'c’est un dossier',
    EROFS: 'système de fichiers en lecture seule',
  };
  return (code && known[code]) ?? code ?? (e instanceof Error ? e.message : String(e));
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo` : `${Math.ceil(bytes / 1024)} Ko`;
}
