/** The configuration of a lint run, as read from `.clinlintrc.json` files and the command line. */
import type { GlossaryEntry } from '../knowledge/glossary.js';
import type { RuleEntry } from '../lint.js';

export interface ConfigFile {
  root?: boolean;
  rules?: Record<string, RuleEntry>;
  ignorePatterns?: string[];
  extensions?: string[];
  maxFileSize?: number;
  patient?: { sex?: 'homme' | 'femme' };
  referenceDate?: string;
}

/** A config file once loaded: its folder anchors its ignore patterns. */
export interface LoadedConfig {
  path: string;
  dir: string;
  config: ConfigFile;
}

/** The merged settings that apply to one note. */
export interface ResolvedConfig {
  rules: Record<string, RuleEntry>;
  /** Ignore patterns with the folder each is relative to. */
  ignore: { dir: string; patterns: string[] }[];
  extensions: string[];
  maxFileSize: number;
  patient?: { sex?: 'homme' | 'femme' };
  referenceDate?: string;
  /** The workspace's glossary (.clinlint/glossaire.json), over the built-in one. */
  glossary?: GlossaryEntry[];
  /** The words of the user's dictionaries (.clinlint/dictionnaire.txt), and what was wrong with them. */
  dictionary?: { words: string[]; warnings: string[] };
  /** The files merged, nearest last. */
  sources: string[];
}

export const DEFAULT_EXTENSIONS = ['.txt', '.md'];
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/** Merges config files from the farthest to the nearest: nearer files win, rule by rule. */
export function mergeConfigs(chain: LoadedConfig[]): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: {}, ignore: [], extensions: DEFAULT_EXTENSIONS, maxFileSize: DEFAULT_MAX_FILE_SIZE, sources: [] };
  for (const { path, dir, config } of chain) {
    Object.assign(resolved.rules, config.rules ?? {});
    if (config.ignorePatterns?.length) resolved.ignore.push({ dir, patterns: config.ignorePatterns });
    if (config.extensions) resolved.extensions = config.extensions.map((e) => e.toLowerCase());
    if (config.maxFileSize) resolved.maxFileSize = config.maxFileSize;
    if (config.patient) resolved.patient = { ...resolved.patient, ...config.patient };
    if (config.referenceDate) resolved.referenceDate = config.referenceDate;
    resolved.sources.push(path);
  }
  return resolved;
}

/** Parses '--rule "unit/spacing: off"' or '--rule unit/spacing:["warning",{"space":"insecable"}]'. */
export function parseRuleOption(spec: string): [string, RuleEntry] {
  const colon = spec.indexOf(':');
  if (colon < 0) throw new ConfigError(`--rule ${spec} : forme attendue « famille/règle: niveau ».`);
  const id = spec.slice(0, colon).trim();
  const value = spec.slice(colon + 1).trim();
  const levels = ['off', 'info', 'hint', 'warning', 'error'];
  if (levels.includes(value)) return [id, value as RuleEntry];
  try {
    const parsed = JSON.parse(value) as RuleEntry;
    if (Array.isArray(parsed) && levels.includes(parsed[0] as string)) return [id, parsed];
  } catch {
    // fall through to the error below
  }
  throw new ConfigError(`--rule ${spec} : niveau inconnu « ${value} » (off, info, hint, warning, error).`);
}

export class ConfigError extends Error {}
