/** Which tokens of two lists changed: Myers on interned token ids, in buffers kept between calls. */
import { compareSeq, seqContext, tooExpensiveFor } from './diffseq.ts';
import { shiftBoundaries } from './shift.ts';

const SPACE = /^\s+$/;

/** Whether a token is white space (tokens are all white space or none of it; ASCII needs no regex). */
export function isSpace(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(token);
}

/** Token ids of both lists, Myers' diagonals, and the flags of both lists. */
interface Buffers {
  ids: Int32Array;
  fd: Int32Array;
  bd: Int32Array;
  flags: Uint8Array;
}

const buffers = (size: number): Buffers => ({ ids: new Int32Array(size), fd: new Int32Array(size), bd: new Int32Array(size), flags: new Uint8Array(size) });

/** Buffers reused by the word comparisons (allocating typed arrays is slow), up to 64k tokens. */
let scratch = buffers(256);

/** Buffers of at least `size` elements: the shared ones, grown if need be (huge ones are not kept). */
function buffersFor(size: number): Buffers {
  if (size <= scratch.ids.length) return scratch;
  const fresh = buffers(2 * size);
  if (size <= 1 << 16) scratch = fresh;
  return fresh;
}

/** Per-token change flags (with a 0 sentinel at both ends), from Myers on token ids; valid until the next call. */
export function tokenFlags(a: string[], b: string[], ignoreWhitespace: boolean): [Uint8Array, Uint8Array] {
  const size = a.length + b.length + 4;
  const buf = buffersFor(size);
  const ids = new Map<string, number>();
  const intern = (tokens: string[], into: Int32Array): Int32Array => {
    for (let k = 0; k < tokens.length; k++) {
      const key = ignoreWhitespace && isSpace(tokens[k]!) ? ' ' : tokens[k]!;
      let n = ids.get(key);
      if (n === undefined) ids.set(key, (n = ids.size + 1));
      into[k] = n;
    }
    return into;
  };
  const x = intern(a, buf.ids.subarray(0, a.length));
  const y = intern(b, buf.ids.subarray(a.length, a.length + b.length));
  const flags: [Uint8Array, Uint8Array] = [buf.flags.subarray(0, a.length + 2).fill(0), buf.flags.subarray(a.length + 2, size).fill(0)];
  // Exact for ordinary text; past a few thousand tokens, diff's cost cut-off keeps long texts fast.
  const minimal = x.length + y.length < 4096;
  const cost = minimal ? Infinity : tooExpensiveFor(x.length, y.length);
  const context = seqContext(x, y, (i) => (flags[0][i + 1] = 1), (j) => (flags[1][j + 1] = 1), cost, [buf.fd, buf.bd]);
  compareSeq(context, 0, x.length, 0, y.length, minimal);
  shiftBoundaries([x, y], flags);
  return flags;
}
