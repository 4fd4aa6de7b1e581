// Writes schemas/clinlintrc.schema.json from the rules' metadata (run after `npm run build`).
// test/config/schema.test.ts fails when the committed schema differs from what this prints.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../out/server/src/config/schema.js';

const path = fileURLToPath(new URL('../schemas/clinlintrc.schema.json', import.meta.url));
writeFileSync(path, JSON.stringify(buildConfigSchema(), null, 2) + '\n');
console.log(`écrit : ${path}`);
