import { describe, expect, it } from 'vitest';
import { annotate, annotateAll } from '../../../src/diff/annotate.ts';
import { seedRevision } from './seed.ts';

const rev = (revision: string, body: string, firstLine = 1) => ({ revision, body, firstLine });

describe('annotate', () => {
  it('carries each line back to the revision that last changed it', () => {
    const lines = annotate([rev('1.1', 'a\nb\nc\n'), rev('1.2', 'a\nB\nc\n'), rev('1.3', 'a\nB\nc\nd\n')]);
    expect(lines.map((l) => [l.line, l.text, l.revision])).toEqual([
      [1, 'a', '1.1'],
      [2, 'B', '1.2'],
      [3, 'c', '1.1'],
      [4, 'd', '1.3'],
    ]);
  });

  it('numbers lines from each revision’s first page line', () => {
    const all = annotateAll([rev('1', 'x\n', 10), rev('2', 'w\nx\n', 9)]);
    expect(all[0]).toEqual([{ line: 10, text: 'x', revision: '1', index: 0, introducedAt: 10 }]);
    expect(all[1]).toEqual([
      { line: 9, text: 'w', revision: '2', index: 1, introducedAt: 9 },
      { line: 10, text: 'x', revision: '1', index: 0, introducedAt: 10 },
    ]);
  });

  it('remembers where a line was added, though later insertions above moved it', () => {
    const lines = annotate([rev('1', 'a\n'), rev('2', 'a\nb\n'), rev('3', 'z\ny\na\nb\n')]);
    expect(lines.find((l) => l.text === 'b')).toMatchObject({ line: 4, revision: '2', introducedAt: 2 });
  });

  it('treats a restored line as new', () => {
    const lines = annotate([rev('1', 'a\nb\n'), rev('2', 'a\n'), rev('3', 'a\nb\n')]);
    expect(lines.map((l) => l.revision)).toEqual(['1', '3']);
  });

  it('attributes the seed’s new "prmgr and pvgrub" heading to 1.52 and its context to 1.51', () => {
    const lines = annotate([seedRevision('1.51'), seedRevision('1.52')]);
    const heading = lines.find((l) => l.text === 'prmgr and pvgrub')!;
    expect(heading).toMatchObject({ revision: '1.52', line: 849, introducedAt: 849 });
    expect(lines.find((l) => l.line === 749)).toMatchObject({ text: 'See possibly outdated', revision: '1.51' });
    // diff -u shows 49 added lines (`+`) between the two revisions.
    expect(lines.filter((l) => l.revision === '1.52')).toHaveLength(49);
  });
});
