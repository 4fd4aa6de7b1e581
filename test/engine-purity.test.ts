/** GUIDE invariant 1: the engine imports nothing of vscode, the file system, the network or processes. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../server/src/', import.meta.url));
const FORBIDDEN = /from\s+['"](?:vscode[^'"]*|(?:node:)?(?:fs|fs\/promises|net|http|https|dns|tls|dgram|child_process|worker_threads))['"]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  it('keeps note/, knowledge/, rules/, lint.ts, fixes.ts and findings.ts free of I/O imports', () => {
    const engine = [...files(join(src, 'note')), ...files(join(src, 'knowledge')), ...files(join(src, 'rules')), join(src, 'lint.ts'), join(src, 'fixes.ts'), join(src, 'findings.ts')];
    const offenders = engine.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8'))).map((f) => f.slice(src.length));
    assert.ok(engine.length > 20);
    assert.deepEqual(offenders, []);
  });
});
