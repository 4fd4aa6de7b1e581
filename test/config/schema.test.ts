import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { buildConfigSchema } from '../../server/src/config/schema.js';
import { SCHEMA_PATH } from '../../server/src/config/discovery.js';

describe('config schema', () => {
  it('is the one generated from the rules (run `npm run schema` after changing a rule)', () => {
    assert.deepEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), buildConfigSchema());
  });
});
