import { describe, expect, it } from 'vitest';
import { fillMissingLines } from '../../../src/markdown/missing-lines.ts';
import { outline } from '../../../src/markdown/outline.ts';
import { howtoRevision } from '../../helpers/content.ts';

const headingsOf = (revision: string) => {
  const r = howtoRevision(revision);
  return outline(fillMissingLines(r.body, r.firstLine, r.missing), r.firstLine);
};

describe('outline', () => {
  it('lists the headings of 1.52 with GitHub slugs, levels, page lines and ikiwiki\'s anchor names', () => {
    expect(headingsOf('1.52')).toEqual([
      { depth: 2, text: 'PCI passthrough: Using PCI devices in guest domains', slug: 'pci-passthrough-using-pci-devices-in-guest-domains', line: 753, ikiwikiAnchor: 'index1h2' },
      { depth: 1, text: 'NetBSD as a domU in a VPS', slug: 'netbsd-as-a-domu-in-a-vps', line: 823, ikiwikiAnchor: 'index1h1' },
      { depth: 2, text: 'prmgr and pvgrub', slug: 'prmgr-and-pvgrub', line: 849, ikiwikiAnchor: 'index2h2' },
      { depth: 2, text: 'Using npf', slug: 'using-npf', line: 855, ikiwikiAnchor: 'index3h2' },
    ]);
  });

  it('lists the headings of 1.51', () => {
    expect(headingsOf('1.51').map((h) => [h.slug, h.line])).toEqual([
      ['using-pci-devices-in-guest-domains', 753],
      ['netbsd-as-a-domu-in-a-vps', 827],
      ['using-npf', 840],
    ]);
  });

  it('slugs as GitHub does: punctuation dropped, case folded, repeats numbered', () => {
    const md = '# Hello, *World*!\n\n## Hello World\n\n## `xl` & "xm"\n\nA_b c\n---\n';
    expect(outline(md).map((h) => h.slug)).toEqual(['hello-world', 'hello-world-1', 'xl--xm', 'a_b-c']);
  });

  it('without gap filling, a heading whose underline is missing is no heading', () => {
    const r = howtoRevision('1.52');
    expect(outline(r.body, r.firstLine).map((h) => h.text)).not.toContain('NetBSD as a domU in a VPS');
  });
});

describe('headings collected while rendering', () => {
  it('equal the outline parsed from the same markdown, page lines included', async () => {
    const { renderRevisions } = await import('../../helpers/render.ts');
    const { howto } = await import('../../helpers/content.ts');
    for (const r of await renderRevisions(howto())) expect(r.headings).toEqual(outline(r.markdown, r.revision.firstLine));
  });
});
