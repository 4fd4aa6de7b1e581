/**
 * A hostile client against the built server over stdio: broken framing, messages that are not
 * JSON-RPC, unknown methods, absurd parameters, a huge note, a burst of edits, requests after
 * shutdown. After each, the server must be alive and still serve a normal client, and its logs
 * must carry neither the notes' words nor their file names.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorCodes,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializeRequest,
  ResponseError,
  ShutdownRequest,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import { frame, Session } from '../helpers/lsp-session.js';

const NOTE = 'Anamnèse\nHomme de 67 ans, imatinib 400mg/j.\n\nBiologie\nHémoglobine à 9,7 g/dL, poids 70 Kg.\n\nÉvolution\nStable.\n';
/** Words the hostile messages carry in note text and file names: none may reach the logs. */
const SECRET_WORD = 'Quenouillard';
const SECRET_NAME = 'Dupont-Jeanne';
const SECRET_NOTE = `Anamnèse\nMonsieur ${SECRET_WORD}, 67 ans, imatinib 400mg/j.\n`;
const secretUri = (n: number | string) => `file:///patients/${SECRET_NAME}-${n}.note`;

const notification = (method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', method, params });
const didOpen = (uri: string, text: string, version = 1) => notification('textDocument/didOpen', { textDocument: { uri, languageId: 'clinical-note', version, text } });

/** The error a request was answered with (fails if it was answered with a result). */
async function errorOf(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    const result = await request;
    assert.fail(`answered ${JSON.stringify(result)}, not an error`);
  } catch (e) {
    assert.ok(e instanceof ResponseError, String(e));
    return e;
  }
}

/** Neither the notes' words nor their file names in the server's logs. */
function assertNoLeak(s: Session): void {
  const leaks = [...s.logs, s.stderr].filter((line) => line.includes(SECRET_WORD) || line.includes(SECRET_NAME));
  assert.deepEqual(leaks.slice(0, 3), [], 'no note text nor file name in the logs');
}

let checks = 0;
/** The server still works for a well-behaved client: a fresh note is linted and its outline given; its logs leaked nothing. */
async function stillServes(s: Session): Promise<void> {
  assert.ok(s.alive, `the server died (stderr: ${s.stderr.slice(0, 200)})`);
  const uri = `untitled:controle-${++checks}.note`;
  const linted = s.diagnostics(uri);
  await s.open(uri, NOTE);
  assert.deepEqual((await linted).diagnostics.map((d) => d.code), ['unit/spacing', 'unit/case']);
  const symbols = (await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((x) => x.name), ['Anamnèse', 'Biologie', 'Évolution']);
  assert.ok(s.alive);
  assertNoLeak(s);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('language server against a hostile client', function () {
  this.timeout(60_000);
  let s: Session;
  beforeEach(async () => {
    s = new Session();
    await s.start(null);
  });
  afterEach(async () => {
    if (s.alive) {
      // A server that no longer reads its input is killed rather than waited for.
      const stopped = s.stop().then(() => true, () => false);
      if (!(await Promise.race([stopped, pause(5000).then(() => false)]))) s.child.kill();
    }
    s.conn.dispose();
  });

  describe('malformed JSON-RPC', () => {
    it('skips garbage bytes sent with a valid Content-Length', async () => {
      let seed = 7;
      const garbage = Buffer.from(Array.from({ length: 512 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
      await s.write(frame(garbage));
      await s.write(frame(Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28])));
      await stillServes(s);
    });

    it('skips invalid JSON', async () => {
      await s.write(frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {'));
      await s.write(frame(''));
      await s.write(frame(`{${SECRET_WORD}}`));
      await stillServes(s);
    });

    it('skips JSON that is not a JSON-RPC message, without logging its content', async () => {
      for (const body of ['{}', '42', 'null', '"chaîne"', '[1, 2, 3]', '{"hello": "world"}', '{"jsonrpc": "2.0"}']) await s.write(frame(body));
      // JSON-RPC-like but not a request (an object id), nor a notification: with note text inside.
      const text = { textDocument: { uri: secretUri(1), languageId: 'clinical-note', version: 1, text: SECRET_NOTE } };
      await s.write(frame(JSON.stringify({ jsonrpc: '2.0', id: { n: 1 }, method: 'textDocument/didOpen', params: text })));
      await s.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 1.5, method: 42, params: text })));
      await s.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: [text, text] })));
      // A response to a request the server never sent.
      await s.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 987654, result: SECRET_NOTE })));
      await s.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 987655, error: { code: 1, message: SECRET_NOTE } })));
      await stillServes(s);
    });

    it('resynchronises after a Content-Length shorter than the body', async () => {
      const body = didOpen(secretUri('court'), SECRET_NOTE);
      await s.write(frame(body, Buffer.byteLength(body) - 25));
      await stillServes(s);
    });

    it('resynchronises after a Content-Length longer than the body', async () => {
      const body = didOpen(secretUri('long'), SECRET_NOTE);
      await s.write(frame(body, Buffer.byteLength(body) + 60));
      await stillServes(s);
      // The same within one write, the valid message right behind.
      await s.write(Buffer.concat([frame(body, Buffer.byteLength(body) + 1000), frame(didOpen('untitled:juste-derriere.note', NOTE))]));
      assert.equal((await s.diagnostics('untitled:juste-derriere.note')).diagnostics.length, 2);
    });

    it('resynchronises after a header sent without its body, then valid traffic', async () => {
      await s.write('Content-Length: 120\r\n\r\n');
      await pause(100);
      await stillServes(s);
      await s.write('Content-Length: 5000000\r\n\r\n');
      await pause(100);
      await stillServes(s);
    });

    it('resynchronises after broken headers', async () => {
      await s.write('Content-Type: application/vscode-jsonrpc\r\n\r\n{}');
      await s.write('Content-Length: beaucoup\r\n\r\n{}');
      await s.write(`${SECRET_WORD} sans deux-points\r\n\r\n`);
      await s.write('\r\n\r\n\r\n');
      await stillServes(s);
    });
  });

  describe('unknown methods', () => {
    it('answers an unknown request with MethodNotFound, ignores an unknown notification', async () => {
      assert.equal((await errorOf(s.conn.sendRequest('clinlint/inexistant', { uri: secretUri(2) }))).code, ErrorCodes.MethodNotFound);
      assert.equal((await errorOf(s.conn.sendRequest('textDocument/inexistant', {}))).code, ErrorCodes.MethodNotFound);
      await s.conn.sendNotification('clinlint/inexistant', { text: SECRET_NOTE });
      await s.conn.sendNotification('$/inexistant', { text: SECRET_NOTE });
      await stillServes(s);
    });
  });

  describe('wrong or missing parameters', () => {
    it('answers requests on unknown documents', async () => {
      const textDocument = { uri: secretUri(3) };
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      assert.equal(await s.conn.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await s.conn.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }), []);
      assert.deepEqual(await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
      assert.deepEqual(await s.conn.sendRequest(FoldingRangeRequest.type, { textDocument }), []);
      assert.equal(await s.conn.sendRequest('clinlint/timeline', { uri: textDocument.uri }), null);
      await stillServes(s);
    });

    it('answers positions out of range: negative, beyond the last line, huge character', async () => {
      const uri = secretUri(4);
      const linted = s.diagnostics(uri);
      await s.open(uri, SECRET_NOTE);
      await linted;
      const textDocument = { uri };
      const positions = [
        { line: -1, character: -5 },
        { line: 0, character: -1 },
        { line: 1_000_000, character: 0 },
        { line: 1, character: 2 ** 31 - 1 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      ];
      for (const position of positions) {
        const hover = (await s.conn.sendRequest(HoverRequest.type, { textDocument, position })) as Hover | null;
        assert.ok(hover === null || typeof hover.contents === 'object', JSON.stringify(position));
        const actions = await s.conn.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
        assert.ok(Array.isArray(actions));
      }
      const inverted = { start: { line: 5, character: 0 }, end: { line: -3, character: 0 } };
      assert.ok(Array.isArray(await s.conn.sendRequest(CodeActionRequest.type, { textDocument, range: inverted, context: { diagnostics: [] } })));
      await stillServes(s);
    });

    it('answers requests whose parameters are missing or of the wrong shape', async () => {
      const uri = secretUri(5);
      await s.open(uri, SECRET_NOTE);
      const shapes: unknown[] = [null, {}, [], 'texte', { textDocument: null }, { textDocument: { uri: 42 } }, { textDocument: { uri }, position: 'ici' }, { textDocument: { uri } }];
      for (const method of ['textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'clinlint/timeline', 'clinlint/lintFile']) {
        for (const params of shapes) {
          // Answered, with a result or an error: never left unanswered.
          await s.conn.sendRequest(method, params).catch((e: unknown) => assert.ok(e instanceof ResponseError));
        }
      }
      await stillServes(s);
    });

    it('ignores notifications with missing or absurd parameters', async () => {
      await s.conn.sendNotification('textDocument/didOpen', null);
      await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: secretUri(6) } });
      await s.conn.sendNotification('textDocument/didChange', {});
      await s.conn.sendNotification('textDocument/didClose', { textDocument: {} });
      await s.conn.sendNotification('workspace/didChangeConfiguration', null);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: 'tout' });
      await stillServes(s);
    });

    it('ignores a didChange for a document never opened', async () => {
      const uri = secretUri(7);
      await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: SECRET_NOTE }],
      });
      await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: SECRET_NOTE }] });
      await pause(400);
      assert.equal(s.published.filter((p) => p.uri === uri).length, 0, 'nothing published for a note never opened');
      assert.deepEqual(await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
      await stillServes(s);
    });

    it('clamps a didChange whose range lies beyond the text, and lints the result', async () => {
      const uri = secretUri(8);
      const opened = s.diagnostics(uri);
      await s.open(uri, 'Anamnèse\nImatinib 400 mg.');
      assert.equal((await opened).diagnostics.length, 0);
      // Far past the end: appended at the end.
      const appended = s.diagnostics(uri, (p) => p.version === 2);
      await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 500, character: 3 }, end: { line: 900, character: 9 } }, text: '\nPoids 70 Kg.' }],
      });
      const [kg] = (await appended).diagnostics;
      assert.deepEqual([kg.code, kg.range.start.line], ['unit/case', 2]);
      // Negative and inverted ranges, a huge character: clamped to the text, never thrown on.
      const clamped = s.diagnostics(uri, (p) => p.version === 3);
      await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 3 },
        contentChanges: [
          { range: { start: { line: -4, character: -1 }, end: { line: -2, character: 0 } }, text: '' },
          { range: { start: { line: 1, character: 2 ** 31 - 1 }, end: { line: 0, character: 0 } }, text: ' ' },
        ],
      });
      assert.ok(Array.isArray((await clamped).diagnostics));
      // A change without a version: refused (and its file name kept out of the logs).
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: SECRET_NOTE }] });
      await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await stillServes(s);
    });
  });

  describe('load', () => {
    it('lints a 5 MB note within a bound, and goes on serving', async function () {
      this.timeout(120_000);
      const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
      const seed = readdirSync(examples).map((f) => readFileSync(examples + f, 'utf8')).join('\n\n');
      let text = '';
      while (text.length < 5 * 1024 * 1024) text += seed + '\n\n';
      const uri = 'untitled:enorme.note';
      // The bound: generous (a slow CI machine), far from 'never'.
      const linted = s.diagnostics(uri, () => true, 90_000);
      await s.open(uri, text);
      assert.ok((await linted).diagnostics.length > 1000);
      await stillServes(s);
      const symbols = (await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.ok(symbols.length > 100);
    });

    it('coalesces 5,000 didChange sent in one write into one final publishDiagnostics', async function () {
      this.timeout(120_000);
      const uri = 'untitled:rafale.note';
      const opened = s.diagnostics(uri);
      await s.open(uri, NOTE);
      const first = await opened;
      const before = s.published.length;
      // Insert an 'x' at the start of line 1, then delete it: after an even number, the text is back.
      const last = 5001;
      const frames = [];
      for (let version = 2; version <= last; version++) {
        const range = version % 2 === 0 ? { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } : { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } };
        frames.push(frame(notification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: version % 2 === 0 ? 'x' : '' }] })));
      }
      const final = s.diagnostics(uri, (p) => p.version === last, 60_000);
      await s.write(Buffer.concat(frames));
      const found = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => [d.code, d.range, d.message]);
      assert.deepEqual(found(await final), found(first));
      await pause(600); // well past the debounce: nothing more may come
      const after = s.published.slice(before).filter((p) => p.uri === uri);
      assert.equal(after.filter((p) => p.version === last).length, 1, 'one publishDiagnostics for the last version');
      assert.equal(after[after.length - 1].version, last, 'the last one published is the last version');
      assert.ok(after.length <= 5, `${after.length} publishDiagnostics for 5,000 edits: the debounce coalesces them`);
      await stillServes(s);
    });
  });

  describe('shutdown and exit', () => {
    it('answers requests after shutdown with InvalidRequest, then exits with 0', async () => {
      const uri = 'untitled:apres.note';
      await s.open(uri, NOTE);
      assert.equal(await s.conn.sendRequest(ShutdownRequest.type), null);
      const textDocument = { uri };
      for (const request of [
        s.conn.sendRequest(HoverRequest.type, { textDocument, position: { line: 1, character: 28 } }),
        s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument }),
        s.conn.sendRequest(CodeActionRequest.type, { textDocument, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } }),
        s.conn.sendRequest('clinlint/timeline', { uri }),
        s.conn.sendRequest('clinlint/inexistant', {}),
        s.conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null }),
        s.conn.sendRequest(ShutdownRequest.type),
      ]) {
        assert.equal((await errorOf(request)).code, ErrorCodes.InvalidRequest);
      }
      // Notifications after shutdown are dropped: no lint, no crash.
      const late = 'untitled:trop-tard.note';
      await s.open(late, NOTE);
      await pause(400);
      assert.equal(s.published.filter((p) => p.uri === late).length, 0);
      assert.ok(s.alive, 'shutdown alone does not end the process');
      await s.conn.sendNotification(ExitNotification.type);
      assert.equal(await s.exited, 0);
      assertNoLeak(s);
    });

    it('exits with 1 on exit without shutdown', async () => {
      await s.open('untitled:sans-shutdown.note', NOTE);
      await s.conn.sendNotification(ExitNotification.type);
      assert.equal(await s.exited, 1);
    });

    it('exits with 1 when its input closes without shutdown', async () => {
      s.child.stdin!.end();
      assert.equal(await s.exited, 1);
    });
  });
});
