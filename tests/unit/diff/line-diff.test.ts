import { describe, expect, it } from 'vitest';
import { contextText, findFunction } from '../../../src/diff/function-context.ts';
import { groupHunks, rangeText } from '../../../src/diff/hunks.ts';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { splitLines } from '../../../src/diff/lines.ts';
import { formatHunks, unifiedDiff } from '../../../src/diff/unified.ts';
import { seedRevision } from './seed.ts';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}\n`).join('');

describe('splitLines', () => {
  it('keeps track of a missing final newline', () => {
    expect(splitLines('a\nb')).toEqual({ lines: ['a', 'b'], missingNewline: true });
    expect(splitLines('a\nb\n')).toEqual({ lines: ['a', 'b'], missingNewline: false });
    expect(splitLines('')).toEqual({ lines: [], missingNewline: false });
    expect(splitLines('\n\n')).toEqual({ lines: ['', ''], missingNewline: false });
  });
});

describe('diffLines', () => {
  it('gives the seed 1.51 → 1.52 exactly two hunks, at file lines 2/2 and 84/80', () => {
    const diff = diffLines(seedRevision('1.51').body, seedRevision('1.52').body);
    const headers = formatHunks(diff).split('\n').filter((l) => l.startsWith('@@'));
    expect(headers).toEqual([
      '@@ -2,56 +2,52 @@ See possibly outdated',
      '@@ -84,10 +80,29 @@ hardware. This section explains how to',
    ]);
  });

  it('finds no changes in equal texts', () => {
    expect(diffLines('a\nb\n', 'a\nb\n').changes).toEqual([]);
    expect(unifiedDiff('a\n', 'a\n', 'x', 'y')).toBe('');
  });

  it('reports a last line that lost its newline as changed', () => {
    expect(diffLines('a\nb\n', 'a\nb').changes).toEqual([{ line0: 1, line1: 1, deleted: 1, inserted: 1 }]);
  });

  it('slides an inserted duplicate line to the end of the run, as GNU diff does', () => {
    expect(diffLines('a\na\na\n', 'a\na\na\na\n').changes).toEqual([{ line0: 3, line1: 3, deleted: 0, inserted: 1 }]);
  });

  it('sets aside lines that match nothing before Myers runs (a changed line stays one change)', () => {
    expect(diffLines('x\n1\n2\ny\n', 'x\n3\n2\ny\n').changes).toEqual([{ line0: 1, line1: 1, deleted: 1, inserted: 1 }]);
  });
});

describe('hunks', () => {
  it('prints empty ranges as the line before, single lines without a count', () => {
    expect(rangeText(0, 0)).toBe('0,0');
    expect(rangeText(4, 1)).toBe('5');
    expect(rangeText(4, 3)).toBe('5,3');
    expect(unifiedDiff('', 'a\n', 'old', 'new')).toBe('--- old\n+++ new\n@@ -0,0 +1 @@\n+a\n');
  });

  it('merges changes up to six unchanged lines apart, not seven', () => {
    const changes = (gap: number) => [
      { line0: 5, line1: 5, deleted: 1, inserted: 1 },
      { line0: 6 + gap, line1: 6 + gap, deleted: 1, inserted: 1 },
    ];
    expect(groupHunks(changes(6), 40, 40)).toHaveLength(1);
    expect(groupHunks(changes(7), 40, 40)).toHaveLength(2);
    expect(groupHunks(changes(7), 40, 40)[0]).toMatchObject({ start0: 2, count0: 7 });
  });

  it('marks lines without a final newline', () => {
    expect(unifiedDiff('a\nb', 'a\nc', 'o', 'n')).toBe(
      '--- o\n+++ n\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });

  it('closes hunks at the file ends', () => {
    const out = formatHunks(diffLines(numbered(10), numbered(10).replace('10\n', 'ten\n')));
    expect(out).toBe('@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n');
  });
});

describe('-p context', () => {
  it('is the last line above the hunk starting with a letter, $ or _', () => {
    const lines = ['int main(void)', '{', '  x();', '$var', '_y', ' indented', '1'];
    expect(findFunction(lines, 3)).toBe(0);
    expect(findFunction(lines, 5)).toBe(4);
    expect(findFunction(lines, 0)).toBe(-1);
    expect(findFunction(['1', '(', ' x'], 3)).toBe(-1);
  });

  it('is cut to 40 bytes, then trailing white space removed', () => {
    expect(contextText('A heading line that is definitely longer than forty')).toBe('A heading line that is definitely longer');
    expect(contextText(`Section one:${' '.repeat(40)}tail`)).toBe('Section one:');
    expect(contextText('short\t ')).toBe('short');
  });
});
