import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../helpers/blocks.ts';
import { howto } from '../../helpers/content.ts';
import { renderMarkdown, renderRevisions, renderSnippet } from '../../helpers/render.ts';

describe('rendering the HowTo revisions', async () => {
  const [old, now] = (await renderRevisions(howto())).map((r) => r.html);

  it('gives headings ids, their words as links to themselves, and the old id of a renamed section', () => {
    expect(now).toContain('<h2 id="pci-passthrough-using-pci-devices-in-guest-domains"><span id="using-pci-devices-in-guest-domains" class="heading-alias"></span>');
    expect(now).toContain('<h2 id="using-npf"><a href="#using-npf">Using npf</a> ');
    expect(old).toContain('<span id="pci-passthrough-using-pci-devices-in-guest-domains" class="heading-alias"></span>');
  });

  it('renders the VPS heading from its stand-in underline and says what is missing, where', () => {
    expect(now).toMatch(/<h1 id="netbsd-as-a-domu-in-a-vps"><a href="#netbsd-as-a-domu-in-a-vps">NetBSD as a domU in a VPS<\/a> .*<\/h1>\n<p class="missing-text" role="note"><span aria-hidden="true">&#x26A0; <\/span>Page line 824 is not in our source/);
    expect(now).toMatch(/Page line 826 is not in our source: it held the first line of the paragraph that ends[^<]*<\/p>\n<p>hardware\. This section explains how to/);
    expect(now).toContain('(=== or ---). Read here as "===".');
    expect(old).toContain('Page line 830 is not in our source');
  });

  it('sends links to pages the site lacks to the upstream wiki', () => {
    expect(now).toContain('<a href="https://wiki.example.org/ports/xen/howto-solaris/">Solaris domU instructions</a>');
  });

  it('keeps code blocks as written, without typographic quotes in prose', () => {
    expect(now).toContain('the "pciback" driver in dom0');
    const code = blocksOf(`<article>${now}</article>`, 'article').filter((b) => b.kind === 'pre').map((b) => b.text);
    expect(code[2]).toContain('\nuhci* at pci? dev ? function ? # Universal Host Controller (Intel)\n');
  });

  it('highlights the kernel config block and links its devices to their manual pages', () => {
    expect(now).toContain('<pre class="shiki" tabindex="0"><code><span class="sk">include</span><span class="ss"> "arch/i386/conf/XEN3_DOMU"</span>\n');
    expect(now).toContain('\n<a href="https://man.netbsd.org/xpci.4" class="sd">xpci</a><span class="sw">*</span>');
  });
});

describe('ikiwiki syntax', () => {
  it('turns [[wikilinks]] into links as ikiwiki does: ours, upstream, or the page itself unlinked', async () => {
    const html = await renderSnippet('See [[howto]], [[the Solaris page|howto-solaris]], [[/ports/amd64]] and [[HowTo#dom0]].');
    expect(html).toContain('<span class="selflink">howto</span>');
    expect(html).toContain('<a href="https://wiki.example.org/ports/xen/howto-solaris/">the Solaris page</a>');
    expect(html).toContain('<a href="https://wiki.example.org/ports/amd64/">amd64</a>');
    expect(html).toContain('<a href="/ports/xen/howto/#dom0">HowTo</a>');
  });

  it('takes [[!meta]] fields as findings and leaves no empty paragraph where a directive stood', async () => {
    const out = await renderMarkdown('[[!meta title="Xen HowTo" author="Jane"]]\n\n[[!tag xen]]\n\nText.', { page: 'p', revision: '1' });
    expect(out.title).toBe('Xen HowTo');
    expect(out.author).toBe('Jane');
    expect(out.tags).toEqual(['xen']);
    expect(out.html).toBe('<p>Text.</p>');
  });

  it('leaves [[...]] in code as written', async () => {
    expect(await renderSnippet('`[[!toc]]`\n\n    [[link]]\n')).toMatch(/<code>\[\[!toc\]\]<\/code>[\s\S]*\[\[link\]\]/);
  });
});
