/**
 * The JSON Schema validators of the config and of a workspace glossary, compiled at build time
 * (scripts/build-validator.mjs): compiling the config's schema took ~100 ms of every `clinlint`
 * run and server start, loading Ajv ~40 ms more. A prebuilt validator is used only if it was
 * compiled from the schema asked for; otherwise (a build that skipped the script) Ajv, loaded
 * then, compiles the schema.
 */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { requireBuilt } from '../knowledge/built.js';

export const AJV_OPTIONS = { allErrors: true, strict: false } as const;
export type ValidatorName = 'config' | 'glossary';

/** The file a validator is built into, in dist/ (see requireBuilt). */
export function validatorFile(name: ValidatorName): string {
  return `${name}-validator.cjs`;
}

/** What a prebuilt validator records of its schema. */
export function schemaKey(schema: object): string {
  return JSON.stringify(schema);
}

const require = createRequire(import.meta.url);

export function validatorFor(name: ValidatorName, schema: object): ValidateFunction {
  const prebuilt = requireBuilt<ValidateFunction & { schemaKey?: string }>(validatorFile(name));
  if (prebuilt?.schemaKey === schemaKey(schema)) return prebuilt;
  const { Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv(AJV_OPTIONS).compile(schema);
}
