import { describe, expect, it } from 'vitest';
import { tocTree, type TocNode } from '../../../src/utils/toc-tree.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
/** The tree as `slug(children...)`, short enough to read in an assertion. */
const shape = (nodes: TocNode[]): string => nodes.map((n) => n.slug + (n.children.length ? `(${shape(n.children)})` : '')).join(' ');

describe('tocTree', () => {
  it('nests deeper headings under the nearest shallower one', () => {
    expect(shape(tocTree([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1'), h(4, 'b1x'), h(2, 'c')]))).toBe('a(a1 a2) b(b1(b1x)) c');
  });
  it('nests a skipped level one step only', () => {
    expect(shape(tocTree([h(2, 'a'), h(4, 'deep'), h(3, 'mid')]))).toBe('a(deep mid)');
  });
  it('keeps headings shallower than the first at the top', () => {
    expect(shape(tocTree([h(3, 'x'), h(2, 'y'), h(3, 'z')]))).toBe('x y(z)');
  });
  it('keeps text and slug', () => {
    expect(tocTree([{ depth: 2, slug: 's', text: 'Using npf' }])).toEqual([{ depth: 2, slug: 's', text: 'Using npf', children: [] }]);
    expect(tocTree([])).toEqual([]);
  });
});
