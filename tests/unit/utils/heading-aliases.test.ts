import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Heading } from '../../../src/markdown/outline.ts';
import { headingAliases } from '../../../src/utils/heading-aliases.ts';
import { matchHeadings, titleOverlap, type HeadingPair } from '../../../src/utils/heading-match.ts';
import { howto } from '../../helpers/content.ts';
import { renderRevisions } from '../../helpers/render.ts';

const h = (depth: Heading['depth'], text: string, slug = text.toLowerCase().replace(/\W+/g, '-')): Heading => ({ depth, text, slug, line: 1 });

describe('matchHeadings', () => {
  it('finds the renamed, added and kept sections between 1.51 and 1.52', async () => {
    const [old, now] = await renderRevisions(howto());
    const pairs = matchHeadings(old!.headings, now!.headings).map((p) => [
      p.kind, 'old' in p ? p.old.text : null, 'new' in p ? p.new.text : null,
    ]);
    expect(pairs).toEqual([
      ['renamed', 'Using PCI devices in guest domains', 'PCI passthrough: Using PCI devices in guest domains'],
      ['same', 'NetBSD as a domU in a VPS', 'NetBSD as a domU in a VPS'],
      ['added', null, 'prmgr and pvgrub'],
      ['same', 'Using npf', 'Using npf'],
    ]);
  });

  it('keeps as many headings as a longest common subsequence has, in order, each equal in level and text', () => {
    // A few titles at two levels, so that runs repeat and many subsequences are longest.
    const heading = fc.tuple(fc.constantFrom<Heading['depth']>(1, 2), fc.constantFrom('A', 'B', 'C', 'D')).map(([depth, text]) => h(depth, text));
    const lcs = (a: Heading[], b: Heading[]): number => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        b.forEach((y, j) => {
          const up = row[j + 1]!;
          row[j + 1] = x.depth === y.depth && x.text === y.text ? diagonal + 1 : Math.max(up, row[j]!);
          diagonal = up;
        });
      }
      return row[b.length]!;
    };
    fc.assert(
      fc.property(fc.array(heading, { maxLength: 12 }), fc.array(heading, { maxLength: 12 }), (a, b) => {
        const kept = matchHeadings(a, b).filter((p): p is Extract<HeadingPair, { kind: 'same' | 'renamed' }> => p.kind === 'same');
        expect(kept).toHaveLength(lcs(a, b));
        const at = kept.map((p) => [a.indexOf(p.old), b.indexOf(p.new)] as const);
        at.forEach(([i, j], k) => {
          expect([a[i]!.depth, a[i]!.text]).toEqual([b[j]!.depth, b[j]!.text]);
          if (k > 0) expect(i > at[k - 1]![0] && j > at[k - 1]![1]).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('does not pair unrelated titles or different levels as renames', () => {
    expect(matchHeadings([h(2, 'Installing Xen')], [h(2, 'Using npf')]).map((p) => p.kind)).toEqual(['removed', 'added']);
    expect(matchHeadings([h(2, 'Using npf')], [h(3, 'Using npf well')]).map((p) => p.kind)).toEqual(['removed', 'added']);
    expect(titleOverlap('Using npf', 'Using npf well')).toBe(1);
  });
});

describe('headingAliases', () => {
  it('gives the renamed section its old id in 1.52 and its new id in 1.51', async () => {
    const [old, now] = await renderRevisions(howto());
    expect(now!.aliases['pci-passthrough-using-pci-devices-in-guest-domains']).toEqual(['using-pci-devices-in-guest-domains']);
    expect(old!.aliases['using-pci-devices-in-guest-domains']).toEqual(['pci-passthrough-using-pci-devices-in-guest-domains']);
    expect(now!.aliases['using-npf']).toEqual([]);
  });

  it('follows a section through several renames', () => {
    const [a, , c] = headingAliases([[h(2, 'Xen setup', 'a')], [h(2, 'Xen setup guide', 'b')], [h(2, 'The Xen setup guide', 'c')]]);
    expect(a!.get('a')).toEqual(['b', 'c']);
    expect(c!.get('c')).toEqual(['a', 'b']);
  });

  it('never aliases an id that the revision itself uses', () => {
    const [, b] = headingAliases([[h(2, 'Intro', 'x'), h(2, 'Other', 'y')], [h(2, 'Intro text', 'y')]]);
    expect(b!.get('y')).toEqual(['x']);
  });
});
