// Bundles the VS Code extension: the client (CommonJS, as VS Code loads it) and the server (ESM).
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, minify: true, legalComments: 'external', logLevel: 'warning' };

await build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] });
await build({
  ...common,
  entryPoints: ['server/src/lsp/main.ts'],
  outfile: 'dist/server.mjs',
  format: 'esm',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __clinlintRequire } from 'node:module'; const require = __clinlintRequire(import.meta.url);" },
});
// The Lefff data the gender rules read on first use (knowledge/gender.ts looks here when bundled).
mkdirSync('dist/lefff', { recursive: true });
for (const file of ['french-words-gender-lefff/dist/words.json', 'lefff-helper/resources_pub/adjectives.json', 'lefff-helper/resources_pub/pastParticiples.json']) {
  copyFileSync(`node_modules/${file}`, `dist/lefff/${file.split('/').pop()}`);
}
// The Lefff data's licence (LGPL-LR) travels with it.
copyFileSync('node_modules/lefff-helper/resources_pub/LICENSE', 'dist/lefff/LICENSE');
console.log('dist/extension.cjs, dist/server.mjs, dist/lefff/');
