/**
 * The base protocol's framing (`Content-Length: n\r\n\r\n` then n bytes of JSON), checked before
 * vscode-jsonrpc reads it. Its reader trusts every header: after one wrong Content-Length, or a
 * header sent without its body, it takes the rest of a message and the next header for a header
 * block, reports an error and stays one body behind for good — the server is alive but answers
 * nothing more. This guard passes well-framed messages through unchanged and, on a broken frame,
 * drops it and starts again at the next header; what it cannot judge (a body that is not JSON, a
 * message that is not JSON-RPC) it leaves to the reader, which skips it.
 *
 * How it tells a broken body: a raw `Content-Length: <digits>\r\n` never occurs inside JSON text
 * (strings escape CR and LF; outside strings the words are not JSON), so one found inside a body
 * is the start of the next message, and the body before it is broken.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** The header as the specification spells it; the resynchronisation looks for this spelling. */
const MARKER = Buffer.from('Content-Length:', 'ascii');
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Longer than any real header block (a Content-Length and a Content-Type). */
const MAX_HEADER = 1024;
/** Longer than any marker (name, blanks, digits, CRLF): how far back a search must start again. */
const MARKER_SPAN = 64;
const NEED_MORE = -2;
const CR = 0x0d;
const LF = 0x0a;

/** The body length a header block announces, if the block is well formed. */
function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const m = /^([!-9;-~]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) return undefined;
    if (m[1].toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,15}$/.test(m[2])) return undefined;
    length = Number(m[2]);
  }
  return length;
}

/** Contiguous bytes, appended at the end and consumed from the start, in amortised linear time. */
class ByteQueue {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  view(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }

  append(chunk: Buffer): void {
    if (this.end + chunk.length > this.buf.length) {
      const live = this.length;
      const target = live + chunk.length <= this.buf.length / 2 ? this.buf : Buffer.allocUnsafe(Math.max(2 * this.buf.length, live + chunk.length));
      this.buf.copy(target, 0, this.start, this.end);
      this.buf = target;
      this.start = 0;
      this.end = live;
    }
    chunk.copy(this.buf, this.end);
    this.end += chunk.length;
  }

  /** The first n bytes, as a copy (the queue reuses its memory). */
  take(n: number): Buffer {
    const out = Buffer.from(this.buf.subarray(this.start, this.start + n));
    this.skip(n);
    return out;
  }

  skip(n: number): void {
    this.start += n;
    if (this.start < this.end) return;
    this.start = this.end = 0;
    // A huge message once does not keep its memory for the whole session.
    if (this.buf.length > 1024 * 1024) this.buf = Buffer.allocUnsafe(64 * 1024);
  }
}

/**
 * Where a header starts in data, at from or after (and before to): its index, -1 if none,
 * NEED_MORE if one may start there but the bytes that would tell have not arrived.
 */
function findHeader(data: Buffer, from: number, to = data.length): number {
  for (let i = data.indexOf(MARKER, from); i >= 0 && i < to; i = data.indexOf(MARKER, i + 1)) {
    let j = i + MARKER.length;
    while (j < data.length && (data[j] === 0x20 || data[j] === 0x09)) j++;
    const digits = j;
    while (j < data.length && data[j] >= 0x30 && data[j] <= 0x39) j++;
    if (j + 1 >= data.length) return NEED_MORE;
    if (j > digits && data[j] === CR && data[j + 1] === LF) return i;
  }
  // A marker cut by the end of the data shows as its first bytes there.
  const tail = Math.max(from, data.length - MARKER.length + 1);
  for (let i = tail; i < Math.min(data.length, to); i++) if (MARKER.subarray(0, data.length - i).equals(data.subarray(i))) return NEED_MORE;
  return -1;
}

export class FrameGuard extends Transform {
  private readonly queue = new ByteQueue();
  /** The current frame, once its header is read: header size and announced body size. */
  private headerSize = -1;
  private bodySize = 0;
  /** How much of the current body has been searched for a header already. */
  private searched = 0;

  /** `onSkip(bytes)`: bytes of broken input dropped (to log how much, never what). */
  constructor(private readonly onSkip: (bytes: number) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.queue.append(chunk);
    this.frames();
    done();
  }

  private skip(bytes: number): void {
    this.queue.skip(bytes);
    this.headerSize = -1;
    this.onSkip(bytes);
  }

  /** Drops bytes up to the next header at from or after; keeps a tail that may begin one. */
  private resync(data: Buffer, from: number): void {
    const at = findHeader(data, from);
    if (at >= 0) this.skip(at);
    else if (at === NEED_MORE) this.skip(Math.max(from, data.lastIndexOf(MARKER.subarray(0, 1))));
    else this.skip(data.length);
  }

  /** Passes on every complete frame in the queue, drops broken ones. */
  private frames(): void {
    for (;;) {
      const data = this.queue.view();
      if (this.headerSize < 0) {
        const end = data.indexOf(HEADER_END);
        if (end < 0) {
          if (data.length <= MAX_HEADER) return;
          this.resync(data, 1);
          continue;
        }
        const length = contentLength(data.toString('latin1', 0, end));
        if (length === undefined) {
          this.resync(data, 1);
          continue;
        }
        this.headerSize = end + HEADER_END.length;
        this.bodySize = length;
        this.searched = 0;
      }
      const received = data.length - this.headerSize;
      const window = Math.min(received, this.bodySize);
      const next = findHeader(data, this.headerSize + this.searched, this.headerSize + window);
      if (next >= 0) {
        // A header inside the body: the frame is broken, the next message starts there.
        this.skip(next);
        continue;
      }
      if (next === NEED_MORE || received < this.bodySize) {
        this.searched = Math.max(0, window - MARKER_SPAN);
        return;
      }
      this.push(this.queue.take(this.headerSize + this.bodySize));
      this.headerSize = -1;
    }
  }
}
