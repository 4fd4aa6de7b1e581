/**
 * The server's connection: vscode-languageserver's, with the stdio input framed by FrameGuard and
 * a console that keeps note text out of the logs.
 */
import { format } from 'node:util';
import { combineFeatures, createConnection, ProposedFeatures, type Connection, type ConsoleFeature, type Features } from 'vscode-languageserver/node.js';
import { FrameGuard } from './framing.js';

/** The server's own log lines; every other line comes from the libraries. */
export const LOG_PREFIX = '[clinlint]';

/**
 * vscode-jsonrpc's log lines may quote what caused them: a whole message that is not JSON-RPC
 * (note text included), the error of a failing handler (a file name). Of those, only the first
 * clause is kept: what happened, not what was in it.
 */
export function redact(message: string): string {
  return message.startsWith(LOG_PREFIX) ? message : message.split(/[:\n]/, 1)[0];
}

const privateConsole: ConsoleFeature<object> = (Base) =>
  class extends Base {
    override error(message: string) {
      super.error(redact(message));
    }
    override warn(message: string) {
      super.warn(redact(message));
    }
    override info(message: string) {
      super.info(redact(message));
    }
    override log(message: string) {
      super.log(redact(message));
    }
    override debug(message: string) {
      super.debug(redact(message));
    }
  };

const features: Features = combineFeatures(ProposedFeatures.all, { __brand: 'features', console: privateConsole });

/** `--stdio` (any editor) through FrameGuard; `--node-ipc` (VS Code) and the others as vscode-languageserver reads argv. */
export function createServerConnection(argv = process.argv): Connection {
  // The first transport named wins, as in vscode-languageserver.
  const transport = argv.slice(2).find((a) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(a));
  if (transport !== '--stdio') return createConnection(features);
  let connection: Connection | undefined;
  const input = process.stdin.pipe(new FrameGuard((bytes) => connection?.console.warn(`${LOG_PREFIX} skipped ${bytes} bytes of malformed input`)));
  connection = createConnection(features, input, process.stdout);
  // stdout carries the protocol: what a dependency prints goes to the client's log instead, as
  // vscode-languageserver does when it opens stdio itself.
  const console_ = connection.console;
  console.log = console.info = console.debug = (...args: unknown[]) => console_.log(format(...args));
  console.warn = (...args: unknown[]) => console_.warn(format(...args));
  console.error = (...args: unknown[]) => console_.error(format(...args));
  return connection;
}
