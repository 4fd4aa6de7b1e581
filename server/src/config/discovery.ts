/** Finding and reading `.clinlintrc.json` and `.clinlintignore`: the one place of the config with file access. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import type { ValidateFunction } from 'ajv';
import ignore, { type Ignore } from 'ignore';
import type { RuleEntry } from '../lint.js';
import { RULE_BY_ID } from '../rules/index.js';
import { buildConfigSchema } from './schema.js';
import { findUserDictionary } from './user-dictionary.js';
import { findUserGlossary } from './user-glossary.js';
import { validatorFor } from './validator.js';
import { ConfigError, mergeConfigs, type ConfigFile, type LoadedConfig, type ResolvedConfig } from './config.js';

export const CONFIG_FILE = '.clinlintrc.json';
export const IGNORE_FILE = '.clinlintignore';

let validator: ValidateFunction | undefined;
function validate(data: unknown) {
  validator ??= validatorFor('config', buildConfigSchema());
  return { ok: validator(data) as boolean, errors: validator.errors ?? [] };
}

/** Line (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Reads and validates one config file; a ConfigError names the file, the line and the reason. */
export function readConfigFile(path: string): LoadedConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ConfigError(`${path} : lecture impossible (${(e as NodeJS.ErrnoException).code ?? 'erreur'}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? `:${lineOf(raw, Number(pos[1]))}` : '';
    throw new ConfigError(`${path}${line} : JSON invalide (${message.replace(/ in JSON at position \d+.*$/, '')}).`);
  }
  const invalid = schemaViolation(data);
  if (invalid) {
    const at = invalid.key ? raw.indexOf(`"${invalid.key}"`) : -1;
    const line = at >= 0 ? `:${lineOf(raw, at)}` : '';
    throw new ConfigError(`${path}${line} : configuration invalide, ${invalid.reason}.`);
  }
  return { path, dir: dirname(path), config: data as ConfigFile };
}

/** The first schema violation of a config, in French, with the key it concerns; undefined when valid. */
function schemaViolation(data: unknown): { key: string; reason: string } | undefined {
  const { ok, errors } = validate(data);
  if (ok) return undefined;
  const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  const where = first.instancePath.replace(/^\//, '').replace(/~1/g, '/');
  const extra = first.keyword === 'additionalProperties' ? (first.params as { additionalProperty: string }).additionalProperty : undefined;
  const key = extra ?? where.split('/').pop() ?? '';
  const reason = extra
    ? where.startsWith('rules') || where === 'rules'
      ? `règle inconnue « ${extra} »${suggestRule(extra)}`
      : `propriété inconnue « ${extra} »`
    : `${where || 'racine'} : ${first.message}`;
  return { key, reason };
}

/** Checks `--rule` settings against the same schema as config files, so a typo fails instead of doing nothing. */
export function checkRuleSettings(rules: Record<string, RuleEntry>): void {
  if (Object.keys(rules).length === 0) return;
  const invalid = schemaViolation({ rules });
  if (invalid) throw new ConfigError(`--rule : ${invalid.reason}.`);
}

function suggestRule(id: string): string {
  const name = id.split('/').pop() ?? id;
  const near = [...RULE_BY_ID.keys()].find((k) => k.endsWith(`/${name}`) || k.includes(name));
  return near ? ` (vouliez-vous dire « ${near} » ?)` : '';
}

/** Config files from the note's folder up to the file system root, stopping at `root: true`; farthest first. */
export function findConfigChain(startDir: string, cache = new Map<string, LoadedConfig | null>()): LoadedConfig[] {
  const chain: LoadedConfig[] = [];
  let dir = resolve(startDir);
  const { root } = parse(dir);
  for (;;) {
    let loaded = cache.get(dir);
    if (loaded === undefined) {
      const candidate = join(dir, CONFIG_FILE);
      loaded = exists(candidate) ? readConfigFile(candidate) : null;
      cache.set(dir, loaded);
    }
    if (loaded) {
      chain.unshift(loaded);
      if (loaded.config.root) break;
    }
    if (dir === root) break;
    dir = dirname(dir);
  }
  return chain;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The settings for a note: from an explicit file (`--config`), none (`--no-config`), or discovery. */
export function resolveConfigFor(
  filePath: string,
  mode: { explicit?: string; none?: boolean },
  cache?: Map<string, LoadedConfig | null>,
): ResolvedConfig {
  if (mode.none) return mergeConfigs([]);
  const resolved = mode.explicit ? mergeConfigs([readConfigFile(resolve(mode.explicit))]) : mergeConfigs(findConfigChain(dirname(resolve(filePath)), cache));
  resolved.glossary = findUserGlossary(dirname(resolve(filePath)));
  resolved.dictionary = findUserDictionary(dirname(resolve(filePath)));
  return resolved;
}

/** Matchers for `.clinlintignore` (gitignore syntax) found in `dir` and its parents. */
export function loadIgnoreFiles(dir: string): { dir: string; ig: Ignore }[] {
  const out: { dir: string; ig: Ignore }[] = [];
  let d = resolve(dir);
  const { root } = parse(d);
  for (;;) {
    const file = join(d, IGNORE_FILE);
    if (exists(file)) out.push({ dir: d, ig: ignore().add(readFileSync(file, 'utf8')) });
    if (d === root) break;
    d = dirname(d);
  }
  return out;
}

/** Is this file ignored by a `.clinlintignore` or a config's `ignorePatterns`? */
export function isIgnored(filePath: string, ignoreFiles: { dir: string; ig: Ignore }[], config: ResolvedConfig): boolean {
  const abs = resolve(filePath);
  for (const { dir, ig } of ignoreFiles) {
    const rel = relative(dir, abs);
    if (rel && !rel.startsWith('..') && ig.ignores(rel.split(sep).join('/'))) return true;
  }
  for (const { dir, patterns } of config.ignore) {
    const rel = relative(dir, abs);
    if (rel && !rel.startsWith('..') && ignore().add(patterns).ignores(rel.split(sep).join('/'))) return true;
  }
  return false;
}
