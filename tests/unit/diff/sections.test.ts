import { describe, expect, it } from 'vitest';
import { buildDiffModel } from '../../../src/diff/model.ts';
import { sectionAt } from '../../../src/diff/sections.ts';
import type { Heading } from '../../../src/markdown/outline.ts';
import { seedRevision } from './seed.ts';

const h = (text: string, line: number, slug = text.toLowerCase()): Heading => ({ depth: 2, text, slug, line });

describe('section summary', () => {
  const model = buildDiffModel(seedRevision('1.51'), seedRevision('1.52'));

  it('lists the rename, the changed section and the added one, each with its hunks', () => {
    expect(model.sections.map((s) => [s.kind, s.old?.text ?? null, s.new?.text ?? null, s.hunks])).toEqual([
      ['renamed', 'Using PCI devices in guest domains', 'PCI passthrough: Using PCI devices in guest domains', [0]],
      ['changed', 'NetBSD as a domU in a VPS', 'NetBSD as a domU in a VPS', [1]],
      ['added', null, 'prmgr and pvgrub', [1]],
    ]);
  });

  it('gives each hunk its section in both revisions, with the slugs of the rendered pages', () => {
    expect(model.hunks.map((k) => [k.section.old?.slug, k.section.new?.slug])).toEqual([
      ['using-pci-devices-in-guest-domains', 'pci-passthrough-using-pci-devices-in-guest-domains'],
      ['netbsd-as-a-domu-in-a-vps', 'netbsd-as-a-domu-in-a-vps'],
    ]);
    expect(model.hunks[0]!.section.old?.line).toBe(753);
  });

  it('finds the section holding a line', () => {
    const hs = [h('A', 10), h('B', 20)];
    expect(sectionAt(hs, 9)).toBeNull();
    expect(sectionAt(hs, 10)?.text).toBe('A');
    expect(sectionAt(hs, 19)?.text).toBe('A');
    expect(sectionAt(hs, 500)?.text).toBe('B');
  });
});
