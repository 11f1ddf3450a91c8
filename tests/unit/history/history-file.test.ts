import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { decodeHistory, deltaBetween, applyDelta, encodeHistory } from '../../../src/history/history-file.ts';
import { syntheticRevisions } from '../../../bench/synthetic-history.ts';

/** Texts made of a few distinct lines, so revisions share lines; with or without a final newline, or empty. */
const text = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', 'c', '', '    code', 'Heading', '====', 'ü ß'), { maxLength: 30 }), fc.boolean())
  .map(([lines, newline]) => (lines.length === 0 ? '' : lines.join('\n') + (newline ? '\n' : '')));

describe('the compact history file', () => {
  it('gives back every revision exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), (texts) => {
        const file = encodeHistory('p', texts.map((_, i) => ({ i })), texts);
        expect(decodeHistory(JSON.parse(JSON.stringify(file)))).toEqual(texts);
      }),
      { numRuns: 400 },
    );
  });

  it('gives back the same texts from forward diffs computed once as from its own', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 8 }), (texts) => {
        const diffs = texts.slice(1).map((t, i) => diffLines(texts[i]!, t));
        expect(decodeHistory(encodeHistory('p', texts, texts, diffs))).toEqual(texts);
      }),
    );
  });

  it('rebuilds a 1,000-line page of 40 revisions, and stores far less than the texts', () => {
    const texts = syntheticRevisions(40);
    const file = encodeHistory('p', [], texts);
    expect(decodeHistory(file)).toEqual(texts);
    const whole = texts.reduce((n, t) => n + t.length, 0);
    expect(JSON.stringify(file).length).toBeLessThan(whole / 5);
  });

  it('applies a delta to get the older text, final newline included', () => {
    expect(applyDelta('a\nb\n', deltaBetween('a\nb\n', 'a\nc'))).toBe('a\nc');
    expect(applyDelta('x', deltaBetween('x', ''))).toBe('');
  });
});
