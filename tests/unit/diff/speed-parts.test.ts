/** The shortcuts taken for speed give what the plain ways give: ids, -p contexts, word diffs. */
import { describe, expect, it } from 'vitest';
import { equivalenceIds } from '../../../src/diff/equiv.ts';
import { contextText, findFunction, functionFinder } from '../../../src/diff/function-context.ts';
import { splitLines } from '../../../src/diff/lines.ts';
import { StringIds } from '../../../src/diff/string-ids.ts';
import { diffWords } from '../../../src/diff/words.ts';
import { Gen, prng } from './generate.ts';

/** Ids by first appearance with a Map: what StringIds must give. */
function mapIds(strings: readonly string[]): number[] {
  const map = new Map<string, number>();
  return strings.map((s) => {
    let id = map.get(s);
    if (id === undefined) map.set(s, (id = map.size + 1));
    return id;
  });
}

/** Distinct strings of 100 characters that differ only where the sampled hash does not look. */
const colliding = (k: number) => `xxxxx${String.fromCharCode(0x4e00 + (k % 4000), 0x4e00 + Math.floor(k / 4000))}${'x'.repeat(93)}`;

describe('StringIds', () => {
  it('numbers strings 1, 2, … by first appearance, equal strings alike', () => {
    const r = prng(3);
    const strings = Array.from({ length: 20_000 }, () => ['', ' ', 'a', 'é', '\u{1F600}', 'line ', 'x'.repeat(Math.floor(r() * 90))][Math.floor(r() * 7)]! + Math.floor(r() * 5000));
    const ids = new StringIds();
    expect(strings.map((s) => ids.id(s))).toEqual(mapIds(strings));
    expect(ids.next).toBe(new Set(strings).size + 1);
  });

  it('stays right when many strings share a sampled hash (a Map takes over)', () => {
    const strings = Array.from({ length: 12_000 }, (_, k) => colliding((k * 7) % 6000));
    const ids = new StringIds();
    expect(strings.map((s) => ids.id(s))).toEqual(mapIds(strings));
  });
});

describe('equivalenceIds', () => {
  it('gives the ids of one Map over both files, unterminated last lines apart', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const g = new Gen(seed);
      const [a, b] = g.pair(g.int(40), g.int(12));
      const [la, lb] = [splitLines(a), splitLines(b)];
      const key = (l: typeof la, i: number) => (l.missingNewline && i === l.lines.length - 1 ? `\n${l.lines[i]}` : l.lines[i]!);
      const all = mapIds([...la.lines.map((_, i) => key(la, i)), ...lb.lines.map((_, i) => key(lb, i))]);
      const eq = equivalenceIds(la, lb);
      expect([...eq.a, ...eq.b]).toEqual(all);
      expect(eq.classes).toBe(Math.max(0, ...all) + 1);
    }
  });

  it('tells an unterminated last line from the same text with a newline', () => {
    const eq = equivalenceIds(splitLines('x\ny'), splitLines('y\nx\ny\n'));
    expect([...eq.a, ...eq.b]).toEqual([1, 2, 3, 1, 3]);
  });
});

describe('functionFinder', () => {
  it('agrees with findFunction for hunks in order and out of order', () => {
    const r = prng(5);
    const lines = Array.from({ length: 500 }, () => (r() < 0.05 ? 'def' : ' body'));
    const find = functionFinder(lines);
    const befores = [0, 1, 3, 3, 40, 41, 200, 199, 10, 480, 500, 0];
    for (const before of befores) expect(find(before)).toBe(findFunction(lines, before));
  });
});

describe('contextText', () => {
  it('cuts non-ASCII lines at 40 bytes, ASCII ones at 40 characters', () => {
    expect(contextText(`${'é'.repeat(25)}x`)).toBe('é'.repeat(20));
    expect(contextText(`abc${'é'.repeat(19)}`)).toBe(`abc${'é'.repeat(18)}\u{FFFD}`);
    expect(contextText(`Def ${'x'.repeat(35)} \t\v`)).toBe(`Def ${'x'.repeat(35)}`);
  });
});

describe('diffWords', () => {
  it('gives the same result before and after a long comparison grows its buffers', () => {
    const small = () => diffWords('the domain0 (which is privileged) can', 'the domain0, which is privileged, can', { ignoreWhitespace: true });
    const before = small();
    const long = (n: number, k: number) => Array.from({ length: n }, (_, i) => `w${(i * k) % 97}`).join(' ');
    const big = diffWords(long(3000, 7), long(3000, 11));
    expect(big.old.map((s) => s.text).join('')).toBe(long(3000, 7));
    expect(big.new.map((s) => s.text).join('')).toBe(long(3000, 11));
    expect(small()).toEqual(before);
  });
});
