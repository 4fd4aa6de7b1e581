// Compiles the validators of `.clinlintrc.json` and of a workspace glossary ahead of time (Ajv's
// standalone code, with the few Ajv runtime helpers it calls bundled in by esbuild, since the
// packaged extension has no node_modules; see server/src/config/validator.ts). Written to dist/
// (outside git), each with the schema it was compiled from. Runs after tsc: the config's schema
// comes from the compiled rules.
import { mkdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { buildConfigSchema } from '../out/server/src/config/schema.js';
import { AJV_OPTIONS, schemaKey, validatorFile } from '../out/server/src/config/validator.js';

mkdirSync('dist', { recursive: true });
for (const [name, schema] of [
  ['config', buildConfigSchema()],
  ['glossary', JSON.parse(readFileSync('schemas/glossary.schema.json', 'utf8'))],
]) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: false } });
  const code = `${standalone.default(ajv, ajv.compile(schema))}\nmodule.exports.schemaKey = ${JSON.stringify(schemaKey(schema))};\n`;
  const outfile = `dist/${validatorFile(name)}`;
  await build({ stdin: { contents: code, resolveDir: '.', sourcefile: `${name}-validator-source.cjs` }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning' });
  console.log(`${outfile}: ${(code.length / 1024).toFixed(0)} KB`);
}
