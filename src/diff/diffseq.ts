/** Myers' O(ND) divide-and-conquer comparison with GNU's too_expensive cut-off (gnulib diffseq.h). */
import { middleEngine, type MiddleEngine } from './middle-wasm.ts';

interface Split {
  x: number;
  y: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

/** Scratch space and inputs shared by one comparison. */
export interface SeqContext {
  x: Int32Array;
  y: Int32Array;
  /** Forward and backward furthest-reaching x per diagonal, offset by `offset`. */
  fd: Int32Array;
  bd: Int32Array;
  offset: number;
  tooExpensive: number;
  /** Called for each element of x not in the common subsequence, and for each of y. */
  deleted: (xIndex: number) => void;
  inserted: (yIndex: number) => void;
  /** Where searches run; `auto` turns into `wasm` (with `engine` set) or `js` at the first expensive search. */
  use: SeqEngine;
  /** The middle-snake search in WebAssembly (its memory holds the inputs and its own fd and bd), once used. */
  engine: MiddleEngine | null;
}

/**
 * Which middle-snake search to use: `auto` runs it here while it is cheap, and moves the comparison to WebAssembly
 * (where it can run) at the first search that takes more than `JS_BUDGET` costs; `js` always here; `wasm` always in
 * WebAssembly (an error without it). All give the same result.
 */
export type SeqEngine = 'auto' | 'js' | 'wasm';

/** Searches cheaper than this (about 2 × JS_BUDGET² diagonal steps) cost less here than setting up WebAssembly. */
const JS_BUDGET = 256;

const MAX = 0x7fffffff;

/** Diff's default cost bound: about the square root of the input size, at least 4096. */
export function tooExpensiveFor(xLength: number, yLength: number, floor = 4096): number {
  let bound = 1;
  for (let diags = xLength + yLength + 3; diags !== 0; diags = Math.floor(diags / 4)) bound *= 2;
  return Math.max(floor, bound);
}

/** Creates the context for comparing `x` with `y`; `scratch` (each ≥ x + y + 3 long, any contents) spares allocating the diagonals. */
export function seqContext(
  x: Int32Array,
  y: Int32Array,
  deleted: (xIndex: number) => void,
  inserted: (yIndex: number) => void,
  tooExpensive = tooExpensiveFor(x.length, y.length),
  scratch?: [Int32Array, Int32Array],
  use: SeqEngine = 'auto',
): SeqContext {
  const size = x.length + y.length + 3;
  const engine = use === 'wasm' ? middleEngine(x, y) : null;
  if (use === 'wasm' && !engine) throw new Error('diffseq: WebAssembly is not available here');
  const [fd, bd] = engine
    ? [engine.fd, engine.bd]
    : scratch && scratch[0].length >= size && scratch[1].length >= size
      ? scratch
      : [new Int32Array(size), new Int32Array(size)];
  return { x, y, fd, bd, offset: y.length + 1, tooExpensive, deleted, inserted, use, engine };
}

/** The middle snake by the WebAssembly search; giving up is decided here, from the vectors it left. */
function middleIn(engine: MiddleEngine, c: SeqContext, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): Split {
  const met = engine.run(xoff, xlim, yoff, ylim, minimal ? MAX : Math.min(c.tooExpensive, MAX));
  const r = engine.result;
  if (met) return { x: r[0]!, y: r[1]!, loMinimal: true, hiMinimal: true };
  return giveUp(engine.fd, engine.bd, c.offset, xoff, xlim, yoff, ylim, [r[2]!, r[3]!], [r[4]!, r[5]!]);
}

/** Best point reached so far when the search is given up: the furthest forward or backward path. */
function giveUp(fd: Int32Array, bd: Int32Array, o: number, xoff: number, xlim: number, yoff: number, ylim: number, f: [number, number], b: [number, number]): Split {
  let fxybest = -1;
  let fxbest = 0;
  for (let d = f[1]; d >= f[0]; d -= 2) {
    let x = Math.min(fd[o + d]!, xlim);
    let y = x - d;
    if (ylim < y) {
      x = ylim + d;
      y = ylim;
    }
    if (fxybest < x + y) {
      fxybest = x + y;
      fxbest = x;
    }
  }
  let bxybest = MAX;
  let bxbest = 0;
  for (let d = b[1]; d >= b[0]; d -= 2) {
    let x = Math.max(xoff, bd[o + d]!);
    let y = x - d;
    if (y < yoff) {
      x = yoff + d;
      y = yoff;
    }
    if (x + y < bxybest) {
      bxybest = x + y;
      bxbest = x;
    }
  }
  return xlim + ylim - bxybest < fxybest - (xoff + yoff)
    ? { x: fxbest, y: fxybest - fxbest, loMinimal: true, hiMinimal: false }
    : { x: bxbest, y: bxybest - bxbest, loMinimal: false, hiMinimal: true };
}

/**
 * Finds the midpoint of a shortest edit script (the "middle snake"), searching from both corners. The diagonal
 * vectors are used through views offset so that index d is diagonal d, and the odd / even overlap tests are
 * split into two loops each. Null when `budget` costs were spent before diff's own limit (the caller moves on).
 */
function middle(c: SeqContext, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean, budget: number): Split | null {
  const { x: xv, y: yv, offset: o } = c;
  const fd = c.fd;
  const bd = c.bd;
  const dmin = xoff - ylim;
  const dmax = xlim - yoff;
  const fmid = xoff - yoff;
  const bmid = xlim - ylim;
  let fmin = fmid;
  let fmax = fmid;
  let bmin = bmid;
  let bmax = bmid;
  const odd = ((fmid - bmid) & 1) !== 0;
  const limit = minimal ? MAX : c.tooExpensive;
  fd[o + fmid] = xoff;
  bd[o + bmid] = xlim;
  for (let cost = 1; ; cost++) {
    if (fmin > dmin) fd[o + --fmin - 1] = -1;
    else fmin++;
    if (fmax < dmax) fd[o + ++fmax + 1] = -1;
    else fmax--;
    for (let k = o + fmax, kmin = o + fmin; k >= kmin; k -= 2) {
      const lo = fd[k - 1]!;
      const hi = fd[k + 1]!;
      let x = lo < hi ? hi : lo + 1;
      let y = x - k + o;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      fd[k] = x;
      if (odd && x >= bd[k]! && bmin + o <= k && k <= bmax + o) return { x, y, loMinimal: true, hiMinimal: true };
    }
    if (bmin > dmin) bd[o + --bmin - 1] = MAX;
    else bmin++;
    if (bmax < dmax) bd[o + ++bmax + 1] = MAX;
    else bmax--;
    for (let k = o + bmax, kmin = o + bmin; k >= kmin; k -= 2) {
      const lo = bd[k - 1]!;
      const hi = bd[k + 1]!;
      let x = lo < hi ? lo : hi - 1;
      let y = x - k + o;
      while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      bd[k] = x;
      if (!odd && x <= fd[k]! && fmin + o <= k && k <= fmax + o) return { x, y, loMinimal: true, hiMinimal: true };
    }
    if (cost >= limit) return giveUp(fd, bd, o, xoff, xlim, yoff, ylim, [fmin, fmax], [bmin, bmax]);
    if (cost >= budget) return null;
  }
}

/** The middle snake, here while cheap; a search past `JS_BUDGET` costs moves an `auto` comparison to WebAssembly. */
function split(c: SeqContext, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): Split {
  if (c.engine) return middleIn(c.engine, c, xoff, xlim, yoff, ylim, minimal);
  const part = middle(c, xoff, xlim, yoff, ylim, minimal, c.use === 'auto' ? JS_BUDGET : MAX);
  if (part) return part;
  c.engine = middleEngine(c.x, c.y);
  c.use = c.engine ? 'wasm' : 'js';
  return c.engine ? middleIn(c.engine, c, xoff, xlim, yoff, ylim, minimal) : middle(c, xoff, xlim, yoff, ylim, minimal, MAX)!;
}

/** Reports every element of x[xoff,xlim) and y[yoff,ylim) outside a (near-)longest common subsequence. */
export function compareSeq(c: SeqContext, xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): void {
  const { x: xv, y: yv } = c;
  for (;;) {
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) xoff++, yoff++;
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) xlim--, ylim--;
    if (xoff === xlim) {
      for (; yoff < ylim; yoff++) c.inserted(yoff);
      return;
    }
    if (yoff === ylim) {
      for (; xoff < xlim; xoff++) c.deleted(xoff);
      return;
    }
    const part = split(c, xoff, xlim, yoff, ylim, minimal);
    // Recurse into the smaller half and loop on the larger, so the stack stays logarithmic.
    if (xlim + ylim - (part.x + part.y) < part.x + part.y - (xoff + yoff)) {
      compareSeq(c, part.x, xlim, part.y, ylim, part.hiMinimal);
      [xlim, ylim, minimal] = [part.x, part.y, part.loMinimal];
    } else {
      compareSeq(c, xoff, part.x, yoff, part.y, part.loMinimal);
      [xoff, yoff, minimal] = [part.x, part.y, part.hiMinimal];
    }
  }
}
