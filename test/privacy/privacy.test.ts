/**
 * Notes are health data. The command and the language server, run over real-looking notes with
 * every network call made to throw, try none; the server's logs never carry the note's words.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRELOAD = join(ROOT, 'test', 'privacy', 'no-network.cjs');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'e3c-fr', 'texts');

/** Real case reports when the shared corpus is there (read, never copied), else the examples. */
function notes(): string[] {
  const examples = readdirSync(join(ROOT, 'examples')).map((f) => join(ROOT, 'examples', f));
  return existsSync(CORPUS) ? [...examples, ...readdirSync(CORPUS).slice(0, 40).map((f) => join(CORPUS, f))] : examples;
}

describe('privacy', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'clinlint-privacy-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the command lints real notes (worker threads included) without trying the network', () => {
    const log = join(dir, 'network.log');
    writeFileSync(log, '');
    const files = notes();
    const r = spawnSync(process.execPath, ['--require', PRELOAD, join(ROOT, 'bin', 'clinlint.js'), '--format', 'json', '-j', '2', ...files], {
      env: { ...process.env, CLINLINT_NETWORK_LOG: log, NODE_OPTIONS: `--require ${PRELOAD}` },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).length, files.length);
    assert.equal(readFileSync(log, 'utf8'), '');
  });

  it('the language server answers a whole session without the network, and logs no note text', async () => {
    const log = join(dir, 'network.log');
    writeFileSync(log, '');
    const child = spawn(process.execPath, ['--require', PRELOAD, join(ROOT, 'bin', 'clinlint-ls.js'), '--stdio'], {
      env: { ...process.env, CLINLINT_NETWORK_LOG: log },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const logs: string[] = [];
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
    });
    let published = 0;
    conn.onNotification(PublishDiagnosticsNotification.type, () => {
      published++;
    });
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
    await conn.sendNotification(InitializedNotification.type, {});
    const texts = notes().slice(0, 10).map((f) => readFileSync(f, 'utf8'));
    for (const [i, text] of texts.entries()) {
      const uri = pathToFileURL(join(dir, `Dupont-Jeanne-${i}.note`)).href;
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'clinical-note', version: 1, text } });
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nSuivi.` }] });
      await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 5 } });
    }
    const until = Date.now() + 10_000;
    while (published < texts.length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    await new Promise((r) => child.once('exit', r));
    conn.dispose();
    assert.ok(published >= texts.length, 'diagnostics for every note');
    assert.equal(readFileSync(log, 'utf8'), '');
    // Every word of 5 letters or more of the notes, and the file names (they can name the patient).
    const words = new Set(texts.join(' ').match(/\p{L}{5,}/gu) ?? []);
    words.add('Dupont');
    words.add('Jeanne');
    const leaks = [...logs, stderr].flatMap((line) => [...words].filter((w) => line.includes(w)));
    assert.ok(logs.length >= texts.length, 'the server logged its work');
    assert.deepEqual([...new Set(leaks)].slice(0, 10), [], [...logs, stderr].filter((l) => leaks.some((w) => l.includes(w))).slice(0, 3).join('\n'));
  });
});
