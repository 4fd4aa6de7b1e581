/** Editor settings (`clinlint.*`) and which documents are notes. */
import { existsSync } from 'node:fs';
import { dirname, join, parse, relative } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE } from '../config/discovery.js';
import type { RuleEntry } from '../lint.js';

export interface Settings {
  enable: boolean;
  /** Rule levels from the editor; a .clinlintrc.json overrides them rule by rule. */
  rules: Record<string, RuleEntry>;
  debounce: number;
  /** Globs (relative to the workspace folder) of plain-text and Markdown files to lint. */
  files: string[];
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, debounce: 150, files: [] };

export function normaliseSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 ? Math.min(s.debounce, 10_000) : DEFAULT_SETTINGS.debounce,
    files: Array.isArray(s.files) ? s.files.filter((f): f is string => typeof f === 'string') : [],
  };
}

/** Is there a .clinlintrc.json in the file's folder or one of its parents? */
export function hasConfigAbove(filePath: string): boolean {
  let dir = dirname(filePath);
  const { root } = parse(dir);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return true;
    if (dir === root) return false;
    dir = dirname(dir);
  }
}

/**
 * Clinical notes are linted; plain text and Markdown only when the user said so, by a glob in
 * `clinlint.files` or a .clinlintrc.json above them — an unrelated README stays quiet.
 */
export function isNote(languageId: string, filePath: string | undefined, workspaceFolder: string | undefined, settings: Settings): boolean {
  if (languageId === 'clinical-note') return true;
  if (languageId !== 'plaintext' && languageId !== 'markdown') return false;
  if (!filePath) return false;
  if (settings.files.length) {
    const rel = workspaceFolder ? relative(workspaceFolder, filePath).split('\\').join('/') : filePath;
    if (picomatch(settings.files, { dot: true })(rel)) return true;
  }
  return hasConfigAbove(filePath);
}
