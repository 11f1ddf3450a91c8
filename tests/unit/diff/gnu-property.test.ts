import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { formatHunks } from '../../../src/diff/unified.ts';
import { Gen, prng } from './generate.ts';
import { fromFirstHunk, gnuDiffer } from './gnu.ts';
import { disjointPair, shuffledPair } from './worst-cases.ts';

const gnu = gnuDiffer();

/** Compares our hunks with GNU diff's for `count` pairs made by `make`; returns the failing seeds. */
function mismatches(count: number, firstSeed: number, make: (g: Gen) => [string, string]): number[] {
  const failed: number[] = [];
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const [a, b] = make(new Gen(seed));
    if (formatHunks(diffLines(a, b)) !== fromFirstHunk(gnu.run(a, b))) failed.push(seed);
  }
  return failed;
}

describe('hunks equal GNU diff -u -p', () => {
  it('on 1,200 small generated pairs (inserts, deletes, moves, rewraps, blank runs, no final newline)', () => {
    expect(mismatches(1200, 1, (g) => g.pair(g.int(40), g.int(12)))).toEqual([]);
    // 1,200 runs of /usr/bin/diff: over a minute when the machine's cores are shared.
  }, 300_000);

  it('on 40 pairs of a few thousand lines (discard thresholds grow with size)', () => {
    expect(mismatches(40, 50_000, (g) => g.pair(200 + g.int(1500), g.int(300)))).toEqual([]);
  });

  it('on unrelated files large enough for the too_expensive cut-off', () => {
    const random = (seed: number, lines: number, vocabulary: number) => {
      const r = prng(seed);
      return Array.from({ length: lines }, () => `l${Math.floor(r() * vocabulary)}`).join('\n') + '\n';
    };
    const cases: Array<[number, number]> = [
      [12_000, 5],
      [20_000, 30],
    ];
    for (const [lines, vocabulary] of cases) {
      const a = random(lines, lines, vocabulary);
      const b = random(lines + 1, lines, vocabulary);
      expect(formatHunks(diffLines(a, b))).toBe(fromFirstHunk(gnu.run(a, b)));
    }
  });

  it('on long runs of removed and added lines, up to an unterminated last line or not', () => {
    const lines = (tag: string, n: number) => Array.from({ length: n }, (_, k) => `${tag} ${k}${k % 7 === 0 ? '' : ' text'}`).join('\n');
    const shared = lines('same', 5);
    for (const [a, b] of [
      [`${shared}\n${lines('old', 40)}`, `${shared}\n${lines('new', 33)}`],
      [`${shared}\n${lines('old', 40)}\n`, `${shared}\n${lines('new', 17)}`],
      [`${lines('old', 16)}`, `${lines('new', 16)}\n${shared}\n`],
      [`${shared}\n${lines('old', 30)}\n${shared}\n`, `${shared}\n${lines('new', 30)}\n${shared}`],
    ])
      expect(formatHunks(diffLines(a!, b!))).toBe(fromFirstHunk(gnu.run(a!, b!)));
  });

  it('on the worst shapes of bench/diff.ts, smaller: no line in common, and random order over few distinct lines', () => {
    for (const [a, b] of [disjointPair(5_000), shuffledPair(8_000, 800), shuffledPair(3_000, 3_000, 5)])
      expect(formatHunks(diffLines(a, b))).toBe(fromFirstHunk(gnu.run(a, b)));
  });
});
