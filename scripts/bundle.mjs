// Bundles the VS Code extension: the client (CommonJS, as VS Code loads it) and the server (ESM).
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
console.log('dist/extension.cjs, dist/server.mjs');
