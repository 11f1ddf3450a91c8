import { describe, expect, it } from 'vitest';
import { buildDiffModel } from '../../../src/diff/model.ts';
import type { ModelBlock } from '../../../src/diff/types.ts';
import { seedRevision } from './seed.ts';

describe('buildDiffModel on the seed', () => {
  const model = buildDiffModel(seedRevision('1.51'), seedRevision('1.52'));

  it('has the two hunks at page lines 750/750 and 832/828, with page lines in the header too', () => {
    expect(model.hunks.map((h) => [h.id, h.old.start, h.new.start, h.header])).toEqual([
      ['h1', 750, 750, '@@ -750,56 +750,52 @@ See possibly outdated'],
      ['h2', 832, 828, '@@ -832,10 +828,29 @@ hardware. This section explains how to'],
    ]);
    expect(model.hunks.map((h) => h.context)).toEqual(['See possibly outdated', 'hardware. This section explains how to']);
  });

  it('counts removed and added lines like diff -u', () => {
    expect([model.removed, model.added]).toEqual([34, 49]);
  });

  it('numbers every row with page lines, so that each hunk covers its header’s ranges', () => {
    for (const h of model.hunks) {
      const old = h.blocks.flatMap((b: ModelBlock) => (b.kind === 'context' ? b.rows.map((r) => r.o) : b.old.map((l) => l.n)));
      const neu = h.blocks.flatMap((b: ModelBlock) => (b.kind === 'context' ? b.rows.map((r) => r.n) : b.new.map((l) => l.n)));
      expect(old.toSorted((x, y) => x - y)).toEqual(Array.from({ length: h.old.count }, (_, k) => h.old.start + k));
      expect(neu.toSorted((x, y) => x - y)).toEqual(Array.from({ length: h.new.count }, (_, k) => h.new.start + k));
    }
  });

  it('marks [[!missing]] lines with what they stand for', () => {
    const from = { ...seedRevision('1.51'), body: 'a\n[[!missing]]\nb\nc\n', firstLine: 10, missing: [{ line: 11, what: 'the lost line' }], headings: [] };
    const to = { ...from, revision: 'x', body: 'a\n[[!missing]]\nb\nC\n' };
    const rows = buildDiffModel(from, to).hunks[0]!.blocks.flatMap((b) => (b.kind === 'context' ? b.rows : []));
    expect(rows.find((r) => r.o === 11)).toEqual({ o: 11, n: 11, text: '[[!missing]]', missing: 'the lost line' });
    expect(rows.find((r) => r.o === 10)).toEqual({ o: 10, n: 10, text: 'a' });
  });

  it('survives a JSON round trip unchanged (it crosses the worker boundary)', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('has no hunks for a revision compared with itself', () => {
    const same = buildDiffModel(seedRevision('1.52'), seedRevision('1.52'));
    expect(same.identical).toBe(true);
    expect(same.hunks).toEqual([]);
    expect(same.sections).toEqual([]);
  });

  it('works in the other direction too', () => {
    const back = buildDiffModel(seedRevision('1.52'), seedRevision('1.51'));
    expect(back.hunks.map((h) => [h.old.start, h.new.start])).toEqual([
      [750, 750],
      [828, 832],
    ]);
    expect(back.sections.map((s) => s.kind)).toEqual(['renamed', 'changed', 'removed']);
  });
});
