/** Command-line targets (files, folders, globs) → the notes to lint, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

export interface Expansion {
  files: string[];
  /** Targets that named nothing, with the reason in French. */
  missing: { target: string; reason: string }[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const GLOB_CHARS = /[*?[\]{}]/;

export function expandTargets(targets: string[], cwd: string, extensionsOf: (dir: string) => string[]): Expansion {
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: Expansion['missing'] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const target of targets) {
    const abs = resolve(cwd, target);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      if (GLOB_CHARS.test(target)) {
        // The folders a walk skips, unless the pattern names one ('dist/**/*.txt').
        const named = new Set(target.split(/[\\/]/));
        const ignore = [...SKIPPED_DIRS].filter((d) => !named.has(d)).map((d) => `**/${d}/**`);
        const matches = globSync(target, { cwd, absolute: true, onlyFiles: true, dot: false, ignore }).sort();
        if (matches.length === 0) missing.push({ target, reason: 'aucun fichier ne correspond à ce motif' });
        matches.forEach(add);
      } else {
        const code = (e as NodeJS.ErrnoException).code;
        missing.push({ target, reason: code === 'EACCES' ? 'permission refusée' : 'fichier ou dossier introuvable' });
      }
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(abs, extensionsOf(abs), add, missing);
      if (files.length === before) missing.push({ target, reason: `aucune note (${extensionsOf(abs).join(', ')}) dans ce dossier` });
    } else {
      add(abs);
    }
  }
  return { files, missing };
}

function walk(dir: string, extensions: string[], add: (f: string) => void, missing: Expansion['missing']): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    missing.push({ target: dir, reason: 'dossier illisible' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Symbolic links are not followed: a link could lead out of the tree or into a loop.
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, extensions, add, missing);
    } else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) {
      add(path);
    }
  }
}
