import { describe, expect, it } from 'vitest';
import type { Heading } from '../../../src/markdown/outline.ts';
import { headingAliases } from '../../../src/utils/heading-aliases.ts';
import { matchHeadings, titleOverlap } from '../../../src/utils/heading-match.ts';
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
