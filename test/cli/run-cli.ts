/**
 * Runs the built `clinlint` command as a user would: a child process in a folder of notes written
 * for the test. The compiled helper lives in out/test/cli/, so the repository root is three up.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'clinlint.js');

/** A note with one warning (unit/spacing on '400mg', line 2, columns 29–34) and nothing else. */
export const NOTE_WARNING = 'Anamnèse\nPatient traité par imatinib 400mg/j.\n';
/** A note with one error (unit/trailing-zero on '5,0', line 3, columns 9–12) and one warning. */
export const NOTE_ERROR = 'Anamnèse\nPatient traité par imatinib 400mg/j.\nDose de 5,0 mg le matin.\n';
/** A note that nothing may flag. */
export const NOTE_CLEAN = 'Anamnèse\nPatient traité par imatinib 400 mg/j, bien toléré.\n';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  /** Run as another user (only possible when the tests run as root). */
  uid?: number;
}

export function clinlint(args: string[], { cwd, input, uid }: RunOptions): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(uid !== undefined ? { uid, gid: uid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  output?: string;
}

/** Runs with `--format json` and parses stdout, failing with stderr in the message if it is not JSON. */
export function clinlintJson(args: string[], options: RunOptions): Run & { results: JsonResult[] } {
  const run = clinlint(['--format', 'json', ...args], options);
  let results: JsonResult[];
  try {
    results = JSON.parse(run.stdout) as JsonResult[];
  } catch {
    assert.fail(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  return { ...run, results };
}

/** Rule ids found in each file, keyed by path relative to `root`. */
export function rulesByFile(results: JsonResult[], root: string): Record<string, string[]> {
  return Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1).split('\\').join('/'), r.messages.map((m) => m.ruleId)]));
}

/**
 * Temporary folders of notes, removed by `cleanup()` (call it in an `after` hook). Files are given
 * as relative paths to contents; folders are created on the way.
 */
export class Sandbox {
  private readonly dirs: string[] = [];

  create(files: Record<string, string | Buffer> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'clinlint-cli-'));
    this.dirs.push(dir);
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return dir;
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
