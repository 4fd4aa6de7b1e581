/**
 * A workspace's own glossary, `.clinlint/glossaire.json` (schemas/glossary.schema.json), found in
 * the note's folder or the nearest parent that has one; merged over the built-in glossary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import schema from '../../../schemas/glossary.schema.json' with { type: 'json' };
import type { GlossaryEntry } from '../knowledge/glossary.js';
import { ConfigError } from './config.js';
import { validatorFor } from './validator.js';
import { filesUp, readCached } from './workspace-files.js';

export const USER_GLOSSARY = join('.clinlint', 'glossaire.json');

let validator: ValidateFunction | undefined;
/** Files read, by path, with the stamp they were read at: a changed file is read again. */
const read = new Map<string, { stamp: string; value: GlossaryEntry[] }>();

/** The entries of the nearest `.clinlint/glossaire.json` above `startDir`, or undefined; a bad file throws a ConfigError. */
export function findUserGlossary(startDir: string): GlossaryEntry[] | undefined {
  const [nearest] = filesUp(startDir, USER_GLOSSARY);
  return nearest ? readCached(read, nearest, readUserGlossary) : undefined;
}

/** Reads and validates one glossary file; a ConfigError names the file, the entry and the reason. */
export function readUserGlossary(path: string): GlossaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof SyntaxError ? `JSON invalide (${e.message.replace(/ in JSON at position \d+.*$/, '')})` : 'lecture impossible';
    throw new ConfigError(`${path} : glossaire ignoré, ${reason}.`);
  }
  validator ??= validatorFor('glossary', schema);
  if (!validator(data)) {
    const first = validator.errors!.find((e) => e.keyword === 'additionalProperties') ?? validator.errors![0];
    const where = first.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'racine';
    const extra = first.keyword === 'additionalProperties' ? ` « ${(first.params as { additionalProperty: string }).additionalProperty} »` : '';
    throw new ConfigError(`${path} : glossaire ignoré, ${where} : ${first.message}${extra}.`);
  }
  return (data as { entries: GlossaryEntry[] }).entries;
}
