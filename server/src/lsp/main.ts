/** Entry point of `clinlint-ls`: `--stdio` or `--node-ipc` (chosen by vscode-languageserver from argv). */
import { startServer } from './server.js';

process.on('uncaughtException', (e) => {
  // Never crash on one bad request; never print the note.
  process.stderr.write(`[clinlint] uncaught ${e.name}\n`);
});

startServer();
