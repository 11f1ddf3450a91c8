import { describe, expect, it } from 'vitest';
import { gapBefore, gapOf, parseLine, parseRange, rangeHash, type HunkSpan } from '../../../src/diff/line-range.ts';

describe('line ranges in diff URLs', () => {
  it('read both orders, one side only', () => {
    expect(parseRange('#n790-n780')).toEqual({ side: 'n', first: 780, last: 790 });
    expect(parseRange('o750-o751')).toEqual({ side: 'o', first: 750, last: 751 });
    expect(parseRange('#o750-n751')).toBeNull();
    expect(parseRange('#n780')).toBeNull();
    expect(parseLine('#n810')).toEqual({ side: 'n', line: 810 });
    expect(parseLine('#h1')).toBeNull();
    expect(rangeHash({ side: 'n', first: 780, last: 790 })).toBe('n780-n790');
    expect(rangeHash({ side: 'o', first: 7, last: 7 })).toBe('o7');
  });
});

describe('gaps between the hunks of the seed (749 + 93 old lines)', () => {
  const hunks: HunkSpan[] = [
    { o: [750, 56], n: [750, 52] },
    { o: [832, 10], n: [828, 29] },
  ];

  it('lie before the first, between, and after the last hunk, with the new side shifted', () => {
    expect(gapBefore(hunks, 0, 749, 93)).toEqual({ from: 749, to: 749, shift: 0 });
    expect(gapBefore(hunks, 1, 749, 93)).toEqual({ from: 806, to: 831, shift: -4 });
    expect(gapBefore(hunks, 2, 749, 93)).toEqual({ from: 842, to: 841, shift: 15 });
  });

  it('hold a line outside every hunk, on either side', () => {
    expect(gapOf(hunks, 'n', 810, 749, 93)).toEqual({ k: 1, old: 814 });
    expect(gapOf(hunks, 'o', 806, 749, 93)).toEqual({ k: 1, old: 806 });
    expect(gapOf(hunks, 'o', 749, 749, 93)).toEqual({ k: 0, old: 749 });
    expect(gapOf(hunks, 'n', 800, 749, 93)).toBeNull();
    expect(gapOf(hunks, 'o', 900, 749, 93)).toBeNull();
  });
});
