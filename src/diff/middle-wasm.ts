/**
 * The middle-snake search of diffseq.ts compiled to WebAssembly from the TypeScript below (no binary in the repo):
 * the same loop with no JIT guards in it, written twice (the search's parity is fixed, so a pass that cannot meet the
 * other side's path tests nothing), which is what brings hard comparisons under GNU diff's time (bench/RESULTS.md,
 * round 12).
 */
import { Body, moduleBytes, op } from './wasm-bytes.ts';

// Parameters, then locals, of `middle`.
const XOFF = 0, XLIM = 1, YOFF = 2, YLIM = 3, LIMIT = 4, YB = 5, FB = 6, BB = 7, RES = 8;
const DMIN = 9, DMAX = 10, FMIN = 11, FMAX = 12, BMIN = 13, BMAX = 14, ODD = 15, COST = 16, D = 17, X = 18, Y = 19, LO = 20, HI = 21, Q = 22;
const PARAMS = 9;
const LOCALS = 14;

/** Where x starts in memory (a word index, after the result's words): fixed, so its loads take it as an offset. */
const X_AT = 8;

/** Pushes the byte address of word `index + delta` of the array at byte address `base`. */
const at = (b: Body, base: number, index: number, delta = 0): Body => {
  b.get(base).get(index).i32(2).emit(op.shl, op.add);
  return delta === 0 ? b : b.i32(4 * delta).emit(op.add);
};

/** local += step */
const bump = (b: Body, local: number, step: number): Body => b.get(local).i32(step).emit(op.add).set(local);

/**
 * Widens one side's band of diagonals as diffseq.h does: [min, max] grows by one at an end that is inside
 * [dmin, dmax] (the diagonal beyond it gets the sentinel), and shrinks by one at an end that is not.
 */
function widen(b: Body, arrayBase: number, min: number, max: number, sentinel: number): void {
  b.get(min).get(DMIN).emit(op.gtS).nest(op.if, () => {
    bump(b, min, -1);
    at(b, arrayBase, min, -1).i32(sentinel).store();
    b.emit(op.else);
    bump(b, min, 1);
  });
  b.get(max).get(DMAX).emit(op.ltS).nest(op.if, () => {
    bump(b, max, 1);
    at(b, arrayBase, max, 1).i32(sentinel).store();
    b.emit(op.else);
    bump(b, max, -1);
  });
}

/**
 * One pass over the diagonals max, max - 2, … ≥ min, forward (down-right) or backward (up-left); `meets`: whether this
 * pass looks for the other side's path (forward passes when the two corners' diagonals differ by an odd number).
 */
function pass(b: Body, forward: boolean, meets: boolean): void {
  const [own, other] = forward ? [FB, BB] : [BB, FB];
  const [min, max, otherMin, otherMax] = forward ? [FMIN, FMAX, BMIN, BMAX] : [BMIN, BMAX, FMIN, FMAX];
  b.get(max).set(D);
  // Q walks the vector by address (diagonal D - 1), so that a diagonal's loads and store need no address arithmetic.
  at(b, own, D, -1).set(Q);
  // Going down by two, this diagonal's upper neighbour is the last one's lower: one load a diagonal.
  b.get(Q).load(8).set(LO);
  b.nest(op.block, () =>
    b.nest(op.loop, () => {
      b.get(D).get(min).emit(op.ltS).brIf(1);
      b.get(LO).set(HI);
      b.get(Q).load().set(LO);
      // Forward: x = lo < hi ? hi : lo + 1. Backward: x = lo < hi ? lo : hi - 1.
      if (forward) b.get(HI).get(LO).i32(1).emit(op.add);
      else b.get(LO).get(HI).i32(-1).emit(op.add);
      b.get(LO).get(HI).emit(op.ltS, op.select).tee(X).get(D).emit(op.sub).set(Y);
      // The snake: follow equal elements along the diagonal.
      b.nest(op.block, () =>
        b.nest(op.loop, () => {
          if (forward) {
            b.get(X).get(XLIM).emit(op.geS).brIf(1);
            b.get(Y).get(YLIM).emit(op.geS).brIf(1);
            b.get(X).i32(2).emit(op.shl).load(4 * X_AT);
            at(b, YB, Y).load();
          } else {
            b.get(X).get(XOFF).emit(op.leS).brIf(1);
            b.get(Y).get(YOFF).emit(op.leS).brIf(1);
            b.get(X).i32(2).emit(op.shl).load(4 * X_AT - 4);
            at(b, YB, Y, -1).load();
          }
          b.emit(op.ne).brIf(1);
          bump(b, X, forward ? 1 : -1);
          bump(b, Y, forward ? 1 : -1);
          b.br(0);
        }),
      );
      b.get(Q).get(X).store(4);
      if (meets)
        b.get(otherMin).get(D).emit(op.leS).get(D).get(otherMax).emit(op.leS, op.and).nest(op.if, () => {
          b.get(Q).get(other).emit(op.add).get(own).emit(op.sub).load(4).get(X).emit(forward ? op.leS : op.geS).nest(op.if, () => {
            b.get(RES).get(X).store(0).get(RES).get(Y).store(4).i32(1).emit(op.return);
          });
        });
      bump(b, D, -2);
      bump(b, Q, -8);
      b.br(0);
    }),
  );
}

/**
 * `middle(xoff, xlim, yoff, ylim, limit, yb, fb, bb, res)`: addresses are bytes (x's is fixed, X_AT); fb and bb point
 * at diagonal 0 of the forward and backward vectors. Returns 1 with x, y at res when the paths meet, 0 with fmin,
 * fmax, bmin, bmax at res + 8 when `limit` costs were spent.
 */
function middleBody(): Body {
  const b = new Body();
  b.get(XOFF).get(YLIM).emit(op.sub).set(DMIN);
  b.get(XLIM).get(YOFF).emit(op.sub).set(DMAX);
  b.get(XOFF).get(YOFF).emit(op.sub).tee(FMIN).set(FMAX);
  b.get(XLIM).get(YLIM).emit(op.sub).tee(BMIN).set(BMAX);
  b.get(FMIN).get(BMIN).emit(op.sub).i32(1).emit(op.and).set(ODD);
  at(b, FB, FMIN).get(XOFF).store();
  at(b, BB, BMIN).get(XLIM).store();
  b.i32(1).set(COST);
  // The search twice over, for odd and for even: the parity is fixed, so no diagonal tests it.
  const search = (odd: boolean) =>
    b.nest(op.loop, () => {
      widen(b, FB, FMIN, FMAX, -1);
      pass(b, true, odd);
      widen(b, BB, BMIN, BMAX, 0x7fffffff);
      pass(b, false, !odd);
      b.get(COST).get(LIMIT).emit(op.geS).nest(op.if, () => {
        b.get(RES).get(FMIN).store(8).get(RES).get(FMAX).store(12).get(RES).get(BMIN).store(16).get(RES).get(BMAX).store(20);
        b.i32(0).emit(op.return);
      });
      bump(b, COST, 1);
      b.br(0);
    });
  b.get(ODD).nest(op.if, () => {
    search(true);
    b.emit(op.else);
    search(false);
  });
  return b.i32(0);
}

type MiddleFn = (xoff: number, xlim: number, yoff: number, ylim: number, limit: number, yb: number, fb: number, bb: number, res: number) => number;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly is missing or not allowed (a CSP without 'wasm-unsafe-eval'). */
function middleModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(moduleBytes([{ name: 'middle', params: PARAMS, locals: LOCALS, results: 1, body: middleBody() }]));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A comparison's inputs and diagonal vectors in WebAssembly memory, and the search over them. */
export interface MiddleEngine {
  /** Views of the vectors (diagonal d at index d + offset), as SeqContext has them. */
  fd: Int32Array;
  bd: Int32Array;
  /** x, y after a meeting; fmin, fmax, bmin, bmax after giving up. */
  result: Int32Array;
  /** 1 when the paths met within `limit` costs, else 0. */
  run(xoff: number, xlim: number, yoff: number, ylim: number, limit: number): number;
}

/** Copies `x` and `y` into a new memory and binds the search to them; null without WebAssembly. */
export function middleEngine(x: Int32Array, y: Int32Array): MiddleEngine | null {
  const module = middleModule();
  if (!module) return null;
  const diagonals = x.length + y.length + 3;
  const words = X_AT + x.length + y.length + 2 * diagonals;
  // A fresh memory of the right size rather than memory.grow, which detaches buffers and slows every typed array.
  const memory = new WebAssembly.Memory({ initial: Math.ceil((4 * words) / 65536) || 1 });
  const fn = new WebAssembly.Instance(module, { env: { memory } }).exports.middle as MiddleFn;
  const yAt = X_AT + x.length;
  const fdAt = yAt + y.length;
  const bdAt = fdAt + diagonals;
  const words32 = new Int32Array(memory.buffer);
  words32.set(x, X_AT);
  words32.set(y, yAt);
  const offset = y.length + 1;
  const [yb, fb, bb] = [4 * yAt, 4 * (fdAt + offset), 4 * (bdAt + offset)];
  return {
    fd: words32.subarray(fdAt, fdAt + diagonals),
    bd: words32.subarray(bdAt, bdAt + diagonals),
    result: words32.subarray(0, X_AT),
    run: (xoff, xlim, yoff, ylim, limit) => fn(xoff, xlim, yoff, ylim, limit, yb, fb, bb, 0),
  };
}
