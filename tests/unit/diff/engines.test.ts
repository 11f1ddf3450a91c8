/** The WebAssembly middle-snake search finds exactly what the TypeScript one finds (which the GNU tests check). */
import { describe, expect, it } from 'vitest';
import { compareSeq, seqContext } from '../../../src/diff/diffseq.ts';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { middleEngine } from '../../../src/diff/middle-wasm.ts';
import { Body, moduleBytes, op } from '../../../src/diff/wasm-bytes.ts';
import { Gen, prng } from './generate.ts';
import { disjointPair, shuffledPair } from './worst-cases.ts';

const changesBy = (a: string, b: string, engine: 'auto' | 'js' | 'wasm', minimal = false) => diffLines(a, b, { engine, minimal }).changes;

describe('the WebAssembly engine', () => {
  it('gives the changes of the TypeScript engine on 1,000 small generated pairs (forced, however small)', () => {
    const differing: number[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const g = new Gen(seed);
      const [a, b] = g.pair(g.int(40), g.int(12));
      if (JSON.stringify(changesBy(a, b, 'wasm')) !== JSON.stringify(changesBy(a, b, 'js'))) differing.push(seed);
    }
    expect(differing).toEqual([]);
  });

  it('gives the same changes on large and hard pairs, with the cut-off and with --minimal, forced or taking over', () => {
    const random = (seed: number, lines: number, vocabulary: number) => {
      const r = prng(seed);
      return Array.from({ length: lines }, () => `l${Math.floor(r() * vocabulary)}`).join('\n') + '\n';
    };
    const pairs: Array<[string, string]> = [
      disjointPair(3_000),
      shuffledPair(6_000, 600),
      shuffledPair(2_000, 2_000, 5),
      [random(1, 9_000, 7), random(2, 9_000, 7)],
      [random(3, 4_000, 40), random(4, 5_000, 40)],
    ];
    for (const [a, b] of pairs) {
      const js = changesBy(a, b, 'js');
      expect(js.length).toBeGreaterThan(0);
      expect(changesBy(a, b, 'wasm')).toEqual(js);
      // Starting here and moving to WebAssembly part way through changes nothing either.
      expect(changesBy(a, b, 'auto')).toEqual(js);
    }
    const [a, b] = shuffledPair(1_500, 150, 3);
    expect(changesBy(a, b, 'wasm', true)).toEqual(changesBy(a, b, 'js', true));
  });

  it('takes over a comparison at its first expensive search, and is left out of cheap ones', () => {
    const ids = (n: number, seed: number, vocabulary: number) => {
      const r = prng(seed);
      return Int32Array.from({ length: n }, () => Math.floor(r() * vocabulary));
    };
    const none = () => {};
    const run = (x: Int32Array, y: Int32Array, use: 'auto' | 'js' = 'auto') => {
      const c = seqContext(x, y, none, none, undefined, undefined, use);
      expect(c.engine).toBeNull();
      compareSeq(c, 0, x.length, 0, y.length, false);
      return c;
    };
    // Unrelated sequences: thousands of costs. A one-element edit in a long sequence: one.
    const hard = run(ids(2_000, 1, 500), ids(2_000, 2, 500));
    expect(hard.engine).not.toBeNull();
    expect(hard.use).toBe('wasm');
    const long = ids(5_000, 3, 1_000);
    const edited = long.slice();
    edited[2_500] = -1;
    expect(run(long, edited).engine).toBeNull();
    expect(run(ids(600, 1, 50), ids(600, 2, 50), 'js').engine).toBeNull();
  });

  it('reports the same deleted and inserted elements as the TypeScript search, call by call', () => {
    const r = prng(9);
    const x = Int32Array.from({ length: 3_000 }, () => Math.floor(r() * 30));
    const y = Int32Array.from({ length: 2_500 }, () => Math.floor(r() * 30));
    const run = (use: 'js' | 'wasm') => {
      const out: string[] = [];
      const c = seqContext(x, y, (i) => out.push(`-${i}`), (j) => out.push(`+${j}`), 300, undefined, use);
      compareSeq(c, 0, x.length, 0, y.length, false);
      return out;
    };
    const js = run('js');
    expect(js.length).toBeGreaterThan(1_000);
    expect(run('wasm')).toEqual(js);
  });

  it('keeps the inputs and both diagonal vectors in its own memory', () => {
    const engine = middleEngine(Int32Array.of(1, 2, 3), Int32Array.of(3, 2))!;
    expect(engine.fd.length).toBe(3 + 2 + 3);
    expect(engine.bd.length).toBe(8);
    expect(engine.fd.buffer).toBe(engine.bd.buffer);
  });
});

describe('wasm-bytes', () => {
  it('encodes a valid module whose function computes what it was written to', () => {
    // f(a, b) = (a - b) < 0 ? a * 4 via shl : memory word at b; constants at the edges of the LEB128 encodings.
    const b = new Body();
    b.get(0).get(1).emit(op.sub).i32(0).emit(op.ltS);
    b.nest(op.if, () => b.get(0).i32(2).emit(op.shl).emit(op.return));
    b.get(1).i32(-65).store(0).get(1).load(0).i32(0x7fffffff).emit(op.add).i32(-0x80000000).emit(op.add);
    const bytes = moduleBytes([{ name: 'f', params: 2, locals: 1, results: 1, body: b }]);
    expect(WebAssembly.validate(bytes)).toBe(true);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const f = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports.f as (a: number, b: number) => number;
    expect(f(3, 10)).toBe(12);
    // -65 + 0x7fffffff - 0x80000000 wraps to -66.
    expect(f(100, 8)).toBe(-66);
    expect(new Int32Array(memory.buffer)[2]).toBe(-65);
  });
});
