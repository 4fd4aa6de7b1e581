import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { buildConfigSchema } from '../../server/src/config/schema.js';
import { fileURLToPath } from 'node:url';

const SCHEMA_PATH = fileURLToPath(new URL('../../../schemas/clinlintrc.schema.json', import.meta.url));

describe('config schema', () => {
  it('is the one generated from the rules (run `npm run schema` after changing a rule)', () => {
    assert.deepEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), buildConfigSchema());
  });
});
