import { describe, expect, it } from 'vitest';
import { buildDiffModel } from '../../../src/diff/model.ts';
import { renderDiff, renderHunks } from '../../../src/diff/render.ts';
import { escapeHtml } from '../../../src/utils/ascii-html.ts';
import { withHeadings } from '../../../src/diff/headings.ts';
import { diffLinks } from '../../../src/diff/links.ts';
import { seedRevision } from './seed.ts';

const links = diffLinks('ports/xen/howto');
const revision = (rev: string, body: string) => withHeadings({ ...seedRevision('1.51'), revision: rev, body, firstLine: 1, missing: [] });

describe('renderDiff', () => {
  const html = renderDiff(buildDiffModel(seedRevision('1.51'), seedRevision('1.52')), links);

  it('gives every line number its own anchor, old and new told apart, its digits left to the hunk’s counters', () => {
    expect(html).toContain('<div class="r c"><a id="o750"></a><a id="n750"></a>');
    expect(html).toContain('<div class="r i"><a id="n831"></a>');
    expect(html.match(/id="o750"/g)).toHaveLength(1);
    // Each hunk's rows count from the line before its first, on each side.
    expect([...html.matchAll(/<div class="rows" style="([^"]*)">/g)].map((m) => m[1])).toEqual(['counter-reset:o 749 n 749', 'counter-reset:o 831 n 827']);
    // No href, tabindex or digits per line in the prebuilt markup: the start-up script adds them.
    expect(html).not.toMatch(/<a id="[on]\d+" href/);
  });

  it('writes rows made in the browser as links, one tab stop per hunk (the first), and says where each revision’s text is', () => {
    const linked = renderDiff(buildDiffModel(seedRevision('1.51'), seedRevision('1.52')), links, true);
    expect(linked).toContain('<a id="n828" href="#n828" tabindex="-1">828</a>');
    const anchors = [...linked.matchAll(/<a id="[on]\d+"[^>]*>/g)].map((m) => m[0]);
    expect(anchors).toHaveLength([...html.matchAll(/<a id="[on]\d+"/g)].length);
    expect(anchors.filter((a) => !a.includes('tabindex="-1"'))).toEqual([
      '<a id="o750" href="#o750">',
      '<a id="o832" href="#o832">',
    ]);
    expect(html).toContain('<div class="hunks" data-old="/ports/xen/howto/r/1.51.mdwn 749 93" data-new="/ports/xen/howto/r/1.52.mdwn 749 108">');
    expect(html).toContain('<section class="hunk" id="h2" aria-labelledby="h2t" data-range="832 10 828 29">');
  });

  it('writes the digits out from a folded paragraph on, where counters may miss its hidden rows', () => {
    const out = renderHunks(buildDiffModel(revision('1', 'Intro\n\nalpha beta gamma\ndelta\n\nafter\n'), revision('2', 'Intro\n\nalpha beta\ngamma delta\n\nafter\n')), links);
    expect(out).toContain('<details class="rw">');
    expect(out).toContain('<div class="r c"><a id="o1"></a><a id="n1"></a>');
    expect(out).toContain('<div class="r d"><a id="o3">3</a>');
    expect(out).toContain('<div class="r c"><a id="o5">5</a><a id="n5">5</a>');
  });

  it('writes context text twice, the copy for the side-by-side right column hidden from assistive technology', () => {
    expect(html).toContain(
      '<span class="t">[Solaris domU instructions](/ports/xen/howto-solaris/).</span><span class="t t2" aria-hidden="true">[Solaris domU instructions](/ports/xen/howto-solaris/).</span></div>',
    );
  });

  it('heads hunks with both line numbers, the -p context and the section links', () => {
    expect(html).toContain('<a href="#o750">Line 750</a> / <a href="#n750">Line 750</a> <code class="fn">See possibly outdated</code>');
    expect(html).toContain('<a href="#o832">Line 832</a> / <a href="#n828">Line 828</a>');
    expect(html).toContain('href="/ports/xen/howto/r/1.51/#using-pci-devices-in-guest-domains"');
    expect(html).toContain('href="/ports/xen/howto/r/1.52/#pci-passthrough-using-pci-devices-in-guest-domains"');
  });

  it('links the section summary to the hunks', () => {
    expect(html).toMatch(/<li class="renamed">.*?<a href="#h1" aria-label="Change #1">#1<\/a>/);
    expect(html).toMatch(/<li class="added"><span class="k">Added<\/span> <a href="\/ports\/xen\/howto\/r\/1.52\/#prmgr-and-pvgrub">prmgr and pvgrub<\/a> <span class="hl"><a href="#h2" aria-label="Change #2">#2<\/a>/);
  });

  it('marks changed words', () => {
    expect(html).toContain('<ins>PCI passthrough: </ins>Using PCI devices in guest domains');
    expect(html).toContain('panic<del>)</del>.');
  });

  it('escapes text', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const out = renderHunks(buildDiffModel(revision('1', '<b>\n'), revision('2', '<i>\n')), links);
    expect(out).toContain('&lt;<del>b</del>&gt;');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<i>i');
  });

  it('folds a rewrapped-only paragraph into a labelled details element', () => {
    const out = renderHunks(buildDiffModel(revision('1', 'Intro\n\nalpha beta gamma\ndelta\n'), revision('2', 'Intro\n\nalpha beta\ngamma delta\n')), links);
    expect(out).toContain('<details class="rw"><summary>Rewrapped only: same words, new line breaks (old 3&ndash;4, new 3&ndash;4)</summary>');
  });

  it('says so when there are no differences', () => {
    expect(renderHunks(buildDiffModel(revision('1', 'a\n'), revision('2', 'a\n')), links)).toContain('No differences');
  });
});

describe('show-more buttons in the markup', () => {
  const html = renderDiff(buildDiffModel(seedRevision('1.51'), seedRevision('1.52')), links);

  it('are there for every gap of hidden lines (none after the excerpt’s end), hidden until the page script can run them', () => {
    const buttons = [...html.matchAll(/<button [^>]*>[^<]*<\/button>/g)].map((m) => m[0]);
    expect(buttons).toEqual([
      '<button type="button" class="more above" data-k="0" aria-label="Show 1 more line above change #1" hidden>Show 1 more line above</button>',
      '<button type="button" class="more below" data-k="1" aria-label="Show 10 more lines below change #1" hidden>Show 10 more lines below</button>',
      '<button type="button" class="more above" data-k="1" aria-label="Show 10 more lines above change #2" hidden>Show 10 more lines above</button>',
    ]);
  });
});
