/** FrameGuard: well-framed messages pass unchanged however the bytes are cut; broken frames are dropped. */
import { strict as assert } from 'node:assert';
import { FrameGuard } from '../../server/src/lsp/framing.js';
import { frame } from '../helpers/lsp-session.js';

/** What the guard passes on, fed the chunks one by one. */
function guarded(chunks: Buffer[]): { out: string; skipped: number } {
  let skipped = 0;
  const guard = new FrameGuard((n) => (skipped += n));
  const out: Buffer[] = [];
  guard.on('data', (d: Buffer) => out.push(d));
  for (const c of chunks) guard.write(c);
  return { out: Buffer.concat(out).toString('utf8'), skipped };
}

const bytewise = (b: Buffer) => [...b].map((x) => Buffer.from([x]));
const message = (method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', method, params });

const VALID = [
  frame(message('textDocument/didOpen', { text: 'Hémoglobine à 9,7 g/dL\r\nCRP 186 mg/L' })),
  // The header's words inside a JSON string are not a header.
  frame(message('clinlint/echo', { text: 'Content-Length: 12\r\n\r\n', again: 'Content-Length:' })),
  Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}'),
  frame(message('exit', null)),
];

describe('FrameGuard', () => {
  it('passes well-framed messages unchanged, whole, cut anywhere, or byte by byte', () => {
    const all = Buffer.concat(VALID);
    assert.deepEqual(guarded([all]), { out: all.toString('utf8'), skipped: 0 });
    for (let cut = 1; cut < all.length; cut++) assert.equal(guarded([all.subarray(0, cut), all.subarray(cut)]).out, all.toString('utf8'), `cut at ${cut}`);
    assert.equal(guarded(bytewise(all)).out, all.toString('utf8'));
  });

  it('drops broken frames and goes on at the next header', () => {
    const [a, b, c, d] = VALID;
    const body = message('textDocument/didOpen', { text: 'Imatinib 400mg/j.' });
    const short = frame(body, Buffer.byteLength(body) - 10);
    const stream = Buffer.concat([
      frame(body, Buffer.byteLength(body) + 40), // too long: swallows the start of a
      a,
      c, // right after a good frame: its Content-Type line kept
      Buffer.from('Content-Length: 500000\r\n\r\n'), // a header without its body
      b,
      Buffer.from('pas un en-tête\r\n\r\n\r\nContent-Length: douze\r\n\r\n'),
      d,
      short, // too short: framed, passed on (the reader skips a body that is not JSON); its tail is dropped
      a,
    ]);
    const expected = [a, c, b, d, short.subarray(0, short.length - 10), a].map((x) => x.toString('utf8')).join('');
    for (const chunks of [[stream], bytewise(stream), [stream.subarray(0, 77), stream.subarray(77, 300), stream.subarray(300)]]) {
      const { out, skipped } = guarded(chunks);
      assert.equal(out, expected);
      assert.equal(skipped, stream.length - Buffer.byteLength(expected));
    }
  });

  it('drops garbage that never ends its header', () => {
    const garbage = Buffer.alloc(10_000, 'x');
    const { out } = guarded([garbage, VALID[3]]);
    assert.equal(out, VALID[3].toString('utf8'));
  });
});
