/** A client session with the built language server over stdio, for the LSP tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const BIN = fileURLToPath(new URL('../../../bin/clinlint-ls.js', import.meta.url));

/** One JSON-RPC frame as the base protocol puts it on the wire: header, blank line, UTF-8 body. */
export function frame(body: string | Buffer, contentLength = Buffer.byteLength(body)): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${contentLength}\r\n\r\n`, 'ascii'), Buffer.from(body)]);
}

export class Session {
  readonly child: ChildProcess;
  readonly conn: ProtocolConnection;
  private waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void; when: (p: PublishDiagnosticsParams) => boolean }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  /** The server's window/logMessage lines. */
  readonly logs: string[] = [];
  stderr = '';
  /** The server's exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;

  constructor(server = BIN) {
    this.child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    // A server that dies mid-write must fail the test that caused it, not crash mocha with EPIPE.
    this.child.stdin!.on('error', () => undefined);
    this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.when(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onRequest(RegistrationRequest.type, () => undefined);
    this.conn.listen();
  }

  diagnostics(uri: string, when: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
      this.waiters.push({ uri, when, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Settings the fake client answers to workspace/configuration, per scope URI prefix. */
  settings: Record<string, unknown> = {};

  async start(rootUri: string | null, initializationOptions = {}, folders: string[] | null = null) {
    this.conn.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        const key = Object.keys(this.settings).find((k) => item.scopeUri?.startsWith(k));
        return key ? this.settings[key] : {};
      }),
    );
    await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
      workspaceFolders: folders?.map((uri, i) => ({ uri, name: `dossier${i}` })) ?? null,
      initializationOptions,
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  open(uri: string, text: string, languageId = 'clinical-note', version = 1) {
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Raw bytes on the server's stdin, beside the connection's own framed messages. */
  write(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin!.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  async stop() {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    await this.exited;
    this.conn.dispose();
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}
