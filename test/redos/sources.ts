/**
 * The engine's regular expressions as the TypeScript sources write them (issue #7): every regex
 * literal, and every place that builds one at run time, found by parsing the sources with the
 * TypeScript compiler API (not by grepping, so comments and strings never count and new files are
 * picked up by themselves).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository's root (this file runs from out/test/redos/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The engine, whose regexes are checked: note/, knowledge/, rules/, lint.ts and fixes.ts. */
const ENGINE_DIRS = ['server/src/note', 'server/src/knowledge', 'server/src/rules'];
const ENGINE_FILES = ['server/src/lint.ts', 'server/src/fixes.ts'];

/** A position in the sources: 'server/src/note/text.ts:108' (path relative to the root, line from 1). */
export type Where = string;

export interface RegexLiteral {
  source: string;
  flags: string;
  where: Where;
}

/**
 * A call that builds a regex when it runs: `new RegExp(…)` / `RegExp(…)`, or a call of an engine
 * function that does (`wordRegex(…)`), at any depth. `lines` are the lines a stack frame of that
 * call may carry (V8 places a `new` at its keyword, a call at its callee's name).
 */
export interface ConstructionSite {
  callee: string;
  where: Where;
  lines: Where[];
}

export interface EngineRegexes {
  files: string[];
  literals: RegexLiteral[];
  /** `new RegExp(…)` and `RegExp(…)`. */
  constructorCalls: ConstructionSite[];
  /** Calls of engine functions that build regexes (`wordRegex(…)`), found transitively. */
  builderCalls: ConstructionSite[];
  /** The names of those functions. */
  builders: string[];
}

/** The engine's TypeScript files, relative to the root ('server/src/note/text.ts'), sorted. */
export function engineSourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .sort()
      .flatMap((name) => {
        const path = `${dir}/${name}`;
        if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
        return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
      });
  return [...ENGINE_DIRS.flatMap(walk), ...ENGINE_FILES];
}

/** The compiled module of an engine source ('server/src/note/text.ts' → <root>/out/server/src/note/text.js). */
export function compiledPath(file: string): string {
  return join(ROOT, 'out', file.replace(/\.ts$/, '.js'));
}

/** A path under the root as the sources name it ('server/src/note/text.ts'), whatever the platform. */
export function fromRoot(path: string): string {
  return relative(ROOT, path).split(sep).join('/');
}

function isRegExpCallee(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isRegExpCallee(e.expression);
  if (ts.isIdentifier(e)) return e.text === 'RegExp';
  // globalThis.RegExp, window.RegExp, self.RegExp
  return ts.isPropertyAccessExpression(e) && e.name.text === 'RegExp' && ts.isIdentifier(e.expression);
}

/** The name a function is called by: `function f`, `const f = () => …`, `const f = function …`. */
function functionName(node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name?.text;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
    return node.parent.name.text;
  }
  return undefined;
}

/** The named function a node sits in, if any (module-level code has none). */
function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      const name = functionName(n);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

interface Call {
  node: ts.CallExpression | ts.NewExpression;
  file: string;
  sourceFile: ts.SourceFile;
}

function lineOf(sf: ts.SourceFile, file: string, pos: number): Where {
  return `${file}:${sf.getLineAndCharacterOfPosition(pos).line + 1}`;
}

function site(call: Call, callee: string): ConstructionSite {
  const { node, sourceFile: sf, file } = call;
  const calleeNode = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
  const where = lineOf(sf, file, node.getStart(sf));
  return { callee, where, lines: [...new Set([where, lineOf(sf, file, calleeNode.getStart(sf))])] };
}

/** Parses the engine's sources (no type checking: parsing alone is fast and enough here). */
export function scanEngineSources(): EngineRegexes {
  const files = engineSourceFiles();
  const literals: RegexLiteral[] = [];
  const calls: Call[] = [];
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: lineOf(sourceFile, file, node.getStart(sourceFile)) });
      } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        calls.push({ node, file, sourceFile });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const constructorCalls = calls.filter((c) => isRegExpCallee(c.node.expression));
  // Functions that build a regex, then the functions that call those, until nothing new: a call of
  // any of them is a place where a regex is built, and must be seen building one at run time.
  const builders = new Set<string>();
  const builderCalls: ConstructionSite[] = [];
  const counted = new Set<Call>(constructorCalls);
  let frontier: Call[] = constructorCalls;
  while (frontier.length > 0) {
    const names = new Set(frontier.map((c) => enclosingFunctionName(c.node)).filter((n): n is string => n !== undefined && !builders.has(n)));
    names.forEach((n) => builders.add(n));
    frontier = calls.filter((c) => !counted.has(c) && ts.isIdentifier(c.node.expression) && names.has(c.node.expression.text));
    frontier.forEach((c) => counted.add(c));
    builderCalls.push(...frontier.map((c) => site(c, (c.node.expression as ts.Identifier).text)));
  }
  return {
    files,
    literals,
    constructorCalls: constructorCalls.map((c) => site(c, c.node.expression.getText(c.sourceFile))),
    builderCalls,
    builders: [...builders],
  };
}
