/**
 * Child process of test/redos/regexes.test.ts: records every regex the engine builds at run time.
 *
 * It runs in a fresh process so that the wrapper below is in place before any engine module is
 * evaluated (in the mocha process, other test files have already imported them). It wraps the
 * global RegExp (calls with and without `new`) and the string methods that build a regex from a
 * string (`match`, `matchAll`, `search`), then imports every compiled engine module and lints the
 * project's notes (examples, annotated fixtures, editor test notes) under several options, and
 * reads everything the model computes on demand, so that regexes built lazily are built too.
 *
 * Only regexes built from engine code are kept (the stack frame that called RegExp is in an
 * engine module); dependencies build their own, which are not ours to fix. Each regex comes with
 * the engine frames of its stack, mapped to the TypeScript sources, so the test can check that
 * every construction site the sources show was seen at work.
 *
 * Run with --enable-source-maps (for findSourceMap). Prints one JSON object on stdout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CapturedRegex {
  source: string;
  flags: string;
  /** 'constructor': RegExp(…) or new RegExp(…); 'implicit': a string passed to match/matchAll/search. */
  kind: 'constructor' | 'implicit';
  /** Each distinct stack that built it: its engine frames, innermost first ('server/src/note/text.ts:108'). */
  stacks: string[][];
}

export interface CaptureOutput {
  regexes: CapturedRegex[];
  modules: number;
  notes: number;
  lintRuns: number;
  /** Rules that threw while linting (a broken run would hide lazily built regexes). */
  ruleErrors: string[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = join(ROOT, 'out') + '/';
const NativeRegExp = RegExp;

// The JS positions of each regex's stacks, mapped to the sources at the end (cheaper than mapping
// every construction: some regexes are built once per note).
const seen = new Map<string, { source: string; flags: string; kind: CapturedRegex['kind']; stacks: Map<string, string[]> }>();

interface RawFrame {
  file: string;
  line: number;
  column: number;
}

let engineOutFiles = new Set<string>();

/** Records `re` if the code that built it (the first frame past this module's wrappers) is the engine's. */
function record(re: RegExp, kind: CapturedRegex['kind'], callerIsEngine: boolean, frames: RawFrame[]): void {
  if (!callerIsEngine) return;
  const key = `${kind}\u0000${re.flags}\u0000${re.source}`;
  let entry = seen.get(key);
  if (!entry) seen.set(key, (entry = { source: re.source, flags: re.flags, kind, stacks: new Map() }));
  const positions = frames.map((f) => `${f.file}:${f.line}:${f.column}`);
  entry.stacks.set(positions.join('|'), positions);
}

/** The engine frames of the stack, and whether the wrapper's own caller (the frame right after it) is one. */
function callerFrames(): { frames: RawFrame[]; callerIsEngine: boolean } {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 60;
  Error.prepareStackTrace = (_e, callSites) => callSites;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  Error.captureStackTrace(holder, callerFrames);
  const sites = holder.stack ?? [];
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  const here = fileURLToPath(import.meta.url);
  const toPath = (s: NodeJS.CallSite) => {
    const f = s.getFileName() ?? '';
    return f.startsWith('file://') ? fileURLToPath(f) : f;
  };
  // Skip this module's own frames (the wrapper that called us); the next one is the caller.
  const caller = sites.find((s) => toPath(s) !== here);
  const frames: RawFrame[] = [];
  for (const s of sites) {
    const file = toPath(s);
    if (engineOutFiles.has(file)) frames.push({ file, line: s.getLineNumber() ?? 0, column: s.getColumnNumber() ?? 0 });
  }
  return { frames, callerIsEngine: caller !== undefined && engineOutFiles.has(toPath(caller)) };
}

function installWrappers(): void {
  const proxy: RegExpConstructor = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as RegExp;
      const { frames, callerIsEngine } = callerFrames();
      record(re, 'constructor', callerIsEngine, frames);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      const { frames, callerIsEngine } = callerFrames();
      record(re, 'constructor', callerIsEngine, frames);
      return re;
    },
  });
  globalThis.RegExp = proxy;

  // String.prototype.match(string) and the like build a regex with the intrinsic %RegExp%, which
  // the proxy never sees: wrap them too (the engine has none today; this keeps it honest).
  const implicit = [
    ['match', Symbol.match, undefined],
    ['search', Symbol.search, undefined],
    ['matchAll', Symbol.matchAll, 'g'],
  ] as const;
  for (const [name, symbol, flags] of implicit) {
    const original = String.prototype[name] as (this: string, ...args: unknown[]) => unknown;
    Object.defineProperty(String.prototype, name, {
      ...Object.getOwnPropertyDescriptor(String.prototype, name),
      value: function (this: string, ...args: unknown[]) {
        const arg = args[0] as { [k: symbol]: unknown } | null | undefined;
        if (arg === null || arg === undefined || typeof arg[symbol] !== 'function') {
          const { frames, callerIsEngine } = callerFrames();
          record(new NativeRegExp(arg === undefined ? '(?:)' : String(arg), flags), 'implicit', callerIsEngine, frames);
        }
        return original.apply(this, args);
      },
    });
  }
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(name) ? [path] : [];
    });
}

/** 'server/src/note/text.ts:108' for a position in a compiled engine module. */
function toSource(frame: string): string {
  const [, file, line, column] = /^(.*):(\d+):(\d+)$/.exec(frame)!;
  const entry = findSourceMap(file)?.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number } | undefined;
  if (!entry?.originalSource || entry.originalLine === undefined) return `${file.slice(OUT.length)}:${line} (compiled)`;
  const original = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : join(file, '..', entry.originalSource);
  return `${original.slice(ROOT.length)}:${entry.originalLine + 1}`;
}

async function main(): Promise<void> {
  const files = JSON.parse(process.argv[2]) as string[];
  const compiled = files.map((f) => join(OUT, f.replace(/\.ts$/, '.js')));
  engineOutFiles = new Set(compiled);
  installWrappers();

  // Every engine module, so that module-level regexes are built even in files lint() never reaches.
  for (const path of compiled) await import(pathToFileURL(path).href);
  const { lintNote } = (await import(pathToFileURL(join(OUT, 'server/src/lint.js')).href)) as typeof import('../../server/src/lint.js');
  const { applyFixes } = (await import(pathToFileURL(join(OUT, 'server/src/fixes.js')).href)) as typeof import('../../server/src/fixes.js');
  const { timeline, byDate } = (await import(pathToFileURL(join(OUT, 'server/src/note/timeline.js')).href)) as typeof import('../../server/src/note/timeline.js');
  const { parseAnnotated } = (await import(pathToFileURL(join(OUT, 'test/helpers/annotated.js')).href)) as typeof import('../helpers/annotated.js');

  const notes = [
    ...filesUnder(join(ROOT, 'examples'), () => true).map((f) => readFileSync(f, 'utf8')),
    ...filesUnder(join(ROOT, 'test/fixtures'), (n) => /\.(txt|md|note)$/.test(n)).map((f) => parseAnnotated(readFileSync(f, 'utf8')).text),
    ...filesUnder(join(ROOT, 'test/editors/vscode/workspace'), (n) => /\.(note|txt|md)$/.test(n)).map((f) => readFileSync(f, 'utf8')),
  ];
  // Options that change what runs: the stated sex, the reference date, the rules' own options.
  const variants = [
    {},
    { patient: { sex: 'homme' as const }, referenceDate: '2020-01-01' },
    { patient: { sex: 'femme' as const }, referenceDate: '1990-06-15' },
    {
      rules: {
        'unit/spacing': ['warning', { space: 'insecable', convention: 'note' }],
        'unit/decimal-separator': ['warning', { convention: 'note' }],
      },
    },
  ] as const;
  let lintRuns = 0;
  const ruleErrors = new Set<string>();
  for (const text of notes) {
    for (const options of variants) {
      const { findings, model, ruleErrors: errors } = lintNote(text, options as Parameters<typeof lintNote>[1]);
      lintRuns++;
      errors.forEach((e) => ruleErrors.add(`${e.ruleId}: ${e.message}`));
      applyFixes(text, findings);
      // What the model computes on demand (read by the language server, not always by the rules).
      for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(model)))) {
        if (d.get) void (model as unknown as Record<string, unknown>)[name];
      }
      model.quantities.forEach((q) => model.analyteOf(q));
      for (let offset = 0; offset < text.length; offset += 200) {
        model.sectionAt(offset);
        model.lineIsUpperCase(offset);
      }
      byDate(timeline(model));
    }
  }

  const regexes: CapturedRegex[] = [...seen.values()].map((e) => ({
    source: e.source,
    flags: e.flags,
    kind: e.kind,
    stacks: [...new Set([...e.stacks.values()].map((frames) => JSON.stringify(frames.map(toSource))))].map((s) => JSON.parse(s) as string[]),
  }));
  const output: CaptureOutput = { regexes, modules: compiled.length, notes: notes.length, lintRuns, ruleErrors: [...ruleErrors] };
  process.stdout.write(JSON.stringify(output));
}

await main();
