/** A workspace's own files under `.clinlint/` (glossary, dictionary): found walking up, read again only when changed. */
import { statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

export interface WorkspaceFile {
  path: string;
  /** Path, modification time and size: a different stamp means the file changed. */
  stamp: string;
}

/** Every `name` (e.g. '.clinlint/glossaire.json') from `startDir` up to the root, nearest first. */
export function filesUp(startDir: string, name: string): WorkspaceFile[] {
  const found: WorkspaceFile[] = [];
  let dir = resolve(startDir);
  const { root } = parse(dir);
  for (;;) {
    const path = join(dir, name);
    const stamp = stampOf(path);
    if (stamp !== undefined) found.push({ path, stamp });
    if (dir === root) return found;
    dir = dirname(dir);
  }
}

/** The file's contents as `read` makes them, from `cache` while its stamp is unchanged. */
export function readCached<T>(cache: Map<string, { stamp: string; value: T }>, file: WorkspaceFile, read: (path: string) => T): T {
  let cached = cache.get(file.path);
  if (cached?.stamp !== file.stamp) {
    cached = { stamp: file.stamp, value: read(file.path) };
    cache.set(file.path, cached);
  }
  return cached.value;
}

function stampOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${path}:${stat.mtimeMs}:${stat.size}` : undefined;
  } catch {
    return undefined;
  }
}
