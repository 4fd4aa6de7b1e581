/** The `clinlint` command: notes in, findings out, an exit code for CI. */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, mergeConfigs, parseRuleOption, type ResolvedConfig } from '../config/config.js';
import { checkRuleSettings, isIgnored, loadIgnoreFiles, resolveConfigFor } from '../config/discovery.js';
import type { LoadedConfig } from '../config/config.js';
import type { RuleEntry } from '../lint.js';
import { expandTargets } from './files.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import { lintFile, type FileTask } from './lint-file.js';
import type { FileResult } from './result.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const DOCS_BASE = 'https://github.com/clinlint/clinlint/blob/main';
const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage : clinlint [options] <fichiers | dossiers | motifs glob | ->

Analyse des notes cliniques en français (.txt, .md) et signale les erreurs
d'unités, de dates et de cohérence.

Options :
  -f, --format <nom>        stylish (défaut), json, sarif, github
      --fix                 corrige les fichiers sur place (écriture atomique)
      --fix-dry-run         calcule les corrections sans écrire (champ "output" en json)
      --max-warnings <n>    échoue au-delà de n alertes
      --rule <règle: niveau> règle et niveau, p. ex. "unit/spacing: off" (répétable)
  -c, --config <fichier>    utilise ce fichier de configuration seulement
      --no-config           n'utilise aucun fichier de configuration
      --quiet               n'affiche que les erreurs
      --stdin               lit la note sur l'entrée standard (comme l'argument -)
      --stdin-filename <f>  nom de la note lue sur l'entrée standard
      --max-file-size <o>   taille maximale d'un fichier, en octets
  -j, --jobs <n>            nombre de fils d'exécution (défaut : un par 8 Mo de
                            notes, jusqu'au nombre de cœurs)
      --no-progress         pas de barre de progression
  -h, --help                affiche cette aide
  -v, --version             affiche la version

Codes de sortie : 0 aucun problème bloquant ; 1 erreurs, ou alertes au-delà de
--max-warnings ; 2 erreur d'utilisation, de configuration ou de lecture.`;

class UsageError extends Error {}

interface Cli {
  targets: string[];
  format: Format;
  fix: FileTask['fix'];
  maxWarnings: number;
  rules: Record<string, RuleEntry>;
  config?: string;
  noConfig: boolean;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  maxFileSize?: number;
  /** Threads asked for with --jobs; undefined: chosen from the batch's size and the cores. */
  jobs?: number;
  progress: boolean;
}

function parseCli(argv: string[]): Cli | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'max-file-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^Unknown option '(.+?)'.*$/s, 'option inconnue « $1 »'));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  if (!FORMATS.includes(v.format as Format)) throw new UsageError(`format inconnu « ${v.format} » (${FORMATS.join(', ')})`);
  const integer = (name: string, value: string | undefined, min: number) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} attend un entier ≥ ${min}, reçu « ${value} »`);
    return n;
  };
  const rules: Record<string, RuleEntry> = {};
  for (const spec of v.rule as string[]) {
    const [id, entry] = parseRuleOption(spec);
    rules[id] = entry;
  }
  checkRuleSettings(rules);
  if (v.config && v['no-config']) throw new UsageError('--config et --no-config sont incompatibles');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix et --fix-dry-run sont incompatibles');
  const stdin = v.stdin || parsed.positionals.includes('-');
  const targets = parsed.positionals.filter((p) => p !== '-');
  if (!stdin && targets.length === 0) throw new UsageError('aucun fichier à analyser (voir clinlint --help)');
  if (stdin && targets.length > 0) throw new UsageError("l'entrée standard (-) ne se combine pas avec des fichiers");
  return {
    targets,
    format: v.format as Format,
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : 'none',
    maxWarnings: integer('max-warnings', v['max-warnings'], -1) ?? -1,
    rules,
    config: v.config,
    noConfig: v['no-config'] as boolean,
    quiet: v.quiet as boolean,
    stdin,
    stdinFilename: v['stdin-filename'],
    maxFileSize: integer('max-file-size', v['max-file-size'], 1),
    jobs: integer('jobs', v.jobs, 1),
    progress: !v['no-progress'],
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function progressBar(total: number) {
  const enabled = process.stderr.isTTY && total >= 20;
  let done = 0;
  return {
    tick() {
      done++;
      if (!enabled) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      if (enabled) process.stderr.write('\r\u001b[K');
    },
  };
}

async function run(cli: Cli): Promise<number> {
  const cwd = process.cwd();
  const cache = new Map<string, LoadedConfig | null>();
  const configFor = (filePath: string): ResolvedConfig =>
    resolveConfigFor(filePath, { explicit: cli.config, none: cli.noConfig }, cache);
  const taskFor = (filePath: string, config: ResolvedConfig, text?: string): FileTask => ({
    filePath,
    text,
    options: { rules: { ...config.rules, ...cli.rules }, patient: config.patient, referenceDate: config.referenceDate, glossary: config.glossary, dictionary: config.dictionary?.words },
    fix: cli.fix,
    maxFileSize: cli.maxFileSize ?? config.maxFileSize,
    quiet: cli.quiet,
    suggestions: cli.format === 'json',
  });
  let ioFailure = false;
  // A malformed config fails the notes under it, not the whole run: said once, the others linted.
  const configErrors = new Set<string>();
  const tryConfigFor = (filePath: string): ResolvedConfig | undefined => {
    try {
      const config = configFor(filePath);
      // A user dictionary's problems are said once; its good words are used all the same.
      for (const w of config.dictionary?.warnings ?? []) {
        if (configErrors.has(w)) continue;
        configErrors.add(w);
        process.stderr.write(`clinlint : ${w}\n`);
      }
      return config;
    } catch (e) {
      if (!(e instanceof ConfigError) || cli.config) throw e;
      if (!configErrors.has(e.message)) process.stderr.write(`clinlint : ${e.message}\n`);
      configErrors.add(e.message);
      ioFailure = true;
      return undefined;
    }
  };
  const ignoreFiles = loadIgnoreFiles(cwd);
  const results: FileResult[] = [];
  if (cli.stdin) {
    const filePath = resolve(cwd, cli.stdinFilename ?? '<stdin>');
    const text = await readStdin();
    const config = tryConfigFor(filePath);
    if (config && cli.stdinFilename && isIgnored(filePath, ignoreFiles, config)) {
      process.stderr.write(`clinlint : ${filePath} : fichier ignoré (motif d’exclusion de .clinlintignore ou ignorePatterns)\n`);
    } else if (config) {
      results.push(lintFile(taskFor(filePath, config, text)));
    }
  } else {
    const { files, missing } = expandTargets(cli.targets, cwd, (dir) => (tryConfigFor(resolve(dir, 'note.txt')) ?? mergeConfigs([])).extensions);
    for (const m of missing) {
      process.stderr.write(`clinlint : ${m.target} : ${m.reason}\n`);
      ioFailure = true;
    }
    const tasks: FileTask[] = [];
    for (const file of files) {
      const config = tryConfigFor(file);
      if (!config || isIgnored(file, ignoreFiles, config)) continue;
      tasks.push(taskFor(file, config));
    }
    results.push(...(await lintAll(tasks, cli)));
  }
  for (const r of results) {
    const where = r.filePath;
    if (r.error) {
      process.stderr.write(`clinlint : ${where} : ${r.error}\n`);
      ioFailure = true;
    }
    if (r.skipped) process.stderr.write(`clinlint : ${where} : ${r.skipped}\n`);
    if (r.warning) process.stderr.write(`clinlint : ${where} : ${r.warning}\n`);
    if (r.ruleErrors) process.stderr.write(`clinlint : ${where} : échec interne des règles ${r.ruleErrors.join(', ')} (signalez-le)\n`);
  }
  // A note that could not be read has nothing to show; one whose fixes could not be written still
  // has its findings (those of the note as it stays on disk), which must not vanish from the report.
  const linted = results.filter((r) => !r.skipped && !(r.error && r.messages.length === 0));
  const output = format(cli, linted, cwd);
  if (output) process.stdout.write(output.endsWith('\n') ? output : output + '\n');
  if (cli.stdin && cli.fix !== 'none' && cli.format === 'stylish' && linted[0]?.output !== undefined) {
    process.stderr.write('clinlint : entrée standard : corrections calculées mais non écrites (utilisez --format json pour le texte corrigé)\n');
  }
  const errors = linted.reduce((n, r) => n + r.errorCount, 0);
  const warnings = linted.reduce((n, r) => n + r.warningCount, 0);
  if (ioFailure) return 2;
  if (errors > 0) return 1;
  if (cli.maxWarnings >= 0 && warnings > cli.maxWarnings) {
    process.stderr.write(`clinlint : ${warnings} alertes, au-delà du maximum autorisé (--max-warnings ${cli.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/**
 * Below this many bytes of notes per thread, one thread is faster than several: each worker loads
 * the knowledge (≈ 0.4 s) and meets every word for the first time. Measured on a 2-core VM whose
 * cores contend (two processes linting at once each run 1.3 × slower): the corpus (0.5 MB) took
 * 1.2 s in this thread and 1.4 s on two workers; 32 copies of it (16 MB), 6.8 s either way.
 */
export const BYTES_PER_THREAD = 8 * 1024 * 1024;

/**
 * How many worker threads lint a batch (0: this thread). --jobs N is obeyed as long as there are
 * files for the threads; without it, one thread per BYTES_PER_THREAD up to the cores.
 */
export function threadsFor(taskCount: number, bytes: number, jobs: number | undefined, cores = availableParallelism()): number {
  const threads = Math.min(jobs ?? Math.min(cores, Math.floor(bytes / BYTES_PER_THREAD)), taskCount);
  return threads > 1 ? threads : 0;
}

/** The batch's files in runs of consecutive ones, one worker task each (a task costs ≈ 0.25 ms of hand-over), eight or more per thread so that the threads finish together. */
export function chunksOf<T>(tasks: T[], threads: number): T[][] {
  const size = Math.max(1, Math.min(64, Math.floor(tasks.length / (threads * 8))));
  const chunks: T[][] = [];
  for (let i = 0; i < tasks.length; i += size) chunks.push(tasks.slice(i, i + size));
  return chunks;
}

/** Lints every task; across worker threads when the batch is large enough to pay for them. */
async function lintAll(tasks: FileTask[], cli: Cli): Promise<FileResult[]> {
  const bar = cli.progress ? progressBar(tasks.length) : { tick() {}, end() {} };
  const threads = threadsFor(tasks.length, cli.jobs === undefined ? batchBytes(tasks) : 0, cli.jobs);
  if (threads === 0) {
    const out = tasks.map((t) => {
      const r = lintFile(t);
      bar.tick();
      return r;
    });
    bar.end();
    return out;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: fileURLToPath(new URL('./worker.js', import.meta.url)), maxThreads: threads, minThreads: threads });
  try {
    const results = await Promise.all(
      chunksOf(tasks, threads).map(async (chunk) => {
        const r = (await pool.run(chunk)) as FileResult[];
        for (let i = 0; i < r.length; i++) bar.tick();
        return r;
      }),
    );
    return results.flat();
  } finally {
    bar.end();
    await pool.destroy();
  }
}

/** The bytes of the batch's files (those that cannot be read count nothing: lintFile says why). */
function batchBytes(tasks: FileTask[]): number {
  let bytes = 0;
  for (const t of tasks) {
    try {
      bytes += statSync(t.filePath).size;
    } catch {
      // Reported when linted.
    }
  }
  return bytes;
}

function format(cli: Cli, results: FileResult[], cwd: string): string {
  switch (cli.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, VERSION, DOCS_BASE);
    case 'github':
      return formatGithub(results, cwd);
    default:
      return formatStylish(results, cwd, process.stdout.isTTY === true && !process.env.NO_COLOR);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const cli = parseCli(argv);
    if (cli === 'help') {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    if (cli === 'version') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    return await run(cli);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`clinlint : ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`clinlint : erreur interne (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
}
