import { describe, expect, it } from 'vitest';
import { diffWords, similarity, tokenize } from '../../../src/diff/words.ts';

const changes = (a: string, b: string, ignoreWhitespace = false) =>
  diffWords(a, b, { ignoreWhitespace }).merged.filter((s) => s.kind !== 'equal');

describe('tokenize', () => {
  it('cuts words, white space runs and punctuation runs', () => {
    expect(tokenize('non-domain0 domains (which --- ok')).toEqual(['non', '-', 'domain0', ' ', 'domains', ' ', '(', 'which', ' ', '---', ' ', 'ok']);
  });
});

describe('diffWords', () => {
  it('shows a replaced word as removed then added', () => {
    expect(diffWords('the cat sat', 'the dog sat').merged).toEqual([
      { kind: 'equal', text: 'the ' },
      { kind: 'removed', text: 'cat' },
      { kind: 'added', text: 'dog' },
      { kind: 'equal', text: ' sat' },
    ]);
  });

  it('reads "domains (which" → "domains, which" as one edit of " (" into ", "', () => {
    expect(changes('domains (which means that', 'domains, which means that')).toEqual([
      { kind: 'removed', text: ' (' },
      { kind: 'added', text: ', ' },
    ]);
  });

  it('finds only the dropped parenthesis in "panic)." → "panic."', () => {
    expect(changes('will panic).', 'will panic.')).toEqual([{ kind: 'removed', text: ')' }]);
  });

  it('spots the heading rename', () => {
    expect(changes('Using PCI devices in guest domains', 'PCI passthrough: Using PCI devices in guest domains')).toEqual([
      { kind: 'added', text: 'PCI passthrough: ' },
    ]);
  });

  it('can treat line breaks like spaces', () => {
    expect(changes('one two\nthree', 'one\ntwo three', true)).toEqual([]);
    expect(changes('one two\nthree', 'one\ntwo three', false)).not.toEqual([]);
  });

  it('keeps each side whole', () => {
    const d = diffWords('a b c d', 'a x c y d');
    expect(d.old.map((s) => s.text).join('')).toBe('a b c d');
    expect(d.new.map((s) => s.text).join('')).toBe('a x c y d');
    expect(d.old.some((s) => s.kind === 'added')).toBe(false);
    expect(d.new.some((s) => s.kind === 'removed')).toBe(false);
  });

  it('measures similarity', () => {
    expect(similarity(diffWords('same', 'same'))).toBe(1);
    expect(similarity(diffWords('abc', 'xyz'))).toBe(0);
    expect(similarity(diffWords('', ''))).toBe(1);
  });
});
