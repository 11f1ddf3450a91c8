import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDiffModel } from '../../../src/diff/model.ts';
import { diffLinks } from '../../../src/diff/links.ts';
import { renderDiff } from '../../../src/diff/render.ts';
import type { DiffModel } from '../../../src/diff/types.ts';
import { seedRevision } from './seed.ts';
import { diffSource } from './source.ts';

const root = join(import.meta.dirname, '../../fixtures/diff');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

const source = (revision: string, body: string) => diffSource('sandbox/moves', revision, body);

/** "old line → new line" for every moved line, in old order. */
const moves = (model: DiffModel): string[] =>
  model.hunks.flatMap((h) => h.blocks.flatMap((b) => (b.kind === 'context' ? [] : b.old.filter((l) => l.moved !== undefined).map((l) => `${l.n} → ${l.moved}`))));

describe('moved lines (fixtures with a moves.json)', () => {
  const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'moves.json')));
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const name of cases)
    it(name, () => {
      const model = buildDiffModel(source('1.1', read(name, 'input/old')), source('1.2', read(name, 'input/new')));
      expect(moves(model)).toEqual(JSON.parse(read(name, 'moves.json')));
      // Both ends know each other.
      const added = model.hunks.flatMap((h) => h.blocks.flatMap((b) => (b.kind === 'context' ? [] : b.new.filter((l) => l.moved !== undefined).map((l) => `${l.moved} → ${l.n}`))));
      expect(added.toSorted()).toEqual(moves(model).toSorted());
    });
});

describe('the seed’s moved TODO line', () => {
  const model = buildDiffModel(seedRevision('1.51'), seedRevision('1.52'));

  it('is found at page lines 835 → 852 and counted as moved, not as removed and added', () => {
    expect(moves(model)).toEqual(['835 → 852']);
    expect(model.counts.moved).toBe(1);
    const lines = model.hunks.flatMap((h) => h.blocks.flatMap((b) => (b.kind === 'lines' ? [...b.old, ...b.new] : [])));
    const plain = lines.filter((l) => l.moved === undefined);
    expect(model.counts.lines.removed + model.counts.lines.added).toBe(plain.length);
    // diff -u's own counts still include it (the .diff is GNU's).
    expect([model.removed, model.added]).toEqual([34, 49]);
  });

  it('links each place to the other', () => {
    const html = renderDiff(model, diffLinks('ports/xen/howto'));
    expect(html).toContain('<a class="mvl" href="#n852">moved to new line 852</a>');
    expect(html).toContain('<a class="mvl" href="#o835">moved from old line 835</a>');
    expect(html).toContain('<div class="r d mv"><a id="o835"></a>');
  });
});
