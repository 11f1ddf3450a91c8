import { describe, expect, it } from 'vitest';
import { withHeadings } from '../../../src/diff/headings.ts';
import { buildDiffModel } from '../../../src/diff/model.ts';
import type { Heading } from '../../../src/markdown/outline.ts';
import { changeFromModel, firstChange } from '../../../src/sections/revision-change.ts';
import { sectionHistories, type SectionSource } from '../../../src/sections/section-history.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { howto } from '../../helpers/content.ts';

/** Revisions as the site computes them: headings from the outline, changes from the adjacent diff models. */
function sources(revs: Revision[]): SectionSource[] {
  const withH = revs.map(withHeadings);
  return withH.map((rev, i) => ({
    revision: rev.revision,
    headings: rev.headings as Heading[],
    change: i === 0 ? firstChange(rev.body) : changeFromModel(buildDiffModel(withH[i - 1]!, rev)),
  }));
}

const rev = (revision: string, body: string, date: string): Revision => ({
  page: 'sandbox/s', revision, date, author: null, log: null, firstLine: 1, missing: [], body, state: 'present', origin: `test@${revision}`,
});

describe('section history', () => {
  it('lists 1.52 for the renamed PCI section of the HowTo, linked to its hunk, and 1.51 as the oldest', () => {
    const revs = howto();
    const histories = sectionHistories(sources(revs), 856);
    const pci = histories.find((h) => h.heading.slug === 'pci-passthrough-using-pci-devices-in-guest-domains')!;
    expect(pci.events.map((e) => [e.revision, e.kind])).toEqual([['1.52', 'renamed'], ['1.51', 'oldest']]);
    expect(pci.events[0]).toMatchObject({ previous: '1.51', oldTitle: 'Using PCI devices in guest domains', hunk: 'h1' });
    expect(pci.events[1]!.title).toBe('Using PCI devices in guest domains');
    expect(pci.lines.first).toBe(pci.heading.line);
    const npf = histories.find((h) => h.heading.slug === 'using-npf')!;
    expect(npf.lines.last).toBe(856);
  });

  it('follows a section through a rename and an unchanged revision to where it was added', () => {
    const a = rev('1.1', 'Intro\n=====\n\ntext\n\n', '2020-01-01T00:00:00Z');
    const b = rev('1.2', 'Intro\n=====\n\ntext\n\nSetting up\n----------\n\none\n', '2020-01-02T00:00:00Z');
    const c = rev('1.3', 'Intro\n=====\n\ntext, more\n\nSetting up\n----------\n\none\n', '2020-01-03T00:00:00Z');
    const d = rev('1.4', 'Intro\n=====\n\ntext, more\n\nSetting up the dom0\n------------------\n\none two\n', '2020-01-04T00:00:00Z');
    const [intro, setup] = sectionHistories(sources([a, b, c, d]), 10);
    expect(setup!.events.map((e) => `${e.revision}:${e.kind}`)).toEqual(['1.4:renamed', '1.2:added']);
    expect(setup!.events[0]!.oldTitle).toBe('Setting up');
    expect(intro!.events.map((e) => `${e.revision}:${e.kind}`)).toEqual(['1.3:changed', '1.1:oldest']);
    expect(intro!.events[0]!.hunk).toBe('h1');
  });
});

describe('section annotate', () => {
  it('counts the lines of a section by the revision that last changed them', async () => {
    const { annotateAll } = await import('../../../src/diff/annotate.ts');
    const { sectionOrigins } = await import('../../../src/sections/section-annotate.ts');
    const revs = [rev('1.1', 'A\n=\n\nx\ny\n\nB\n-\n\nz\n', '2020-01-01T00:00:00Z'), rev('1.2', 'A\n=\n\nx\nY\n\nB\n-\n\nz\n', '2020-01-02T00:00:00Z')];
    const lines = annotateAll(revs).at(-1)!;
    expect(sectionOrigins(lines, 1, 6)).toEqual([{ revision: '1.2', index: 1, lines: 1 }, { revision: '1.1', index: 0, lines: 5 }]);
    expect(sectionOrigins(lines, 7, 10)).toEqual([{ revision: '1.1', index: 0, lines: 4 }]);
  });
});
