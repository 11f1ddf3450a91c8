/** Man-page links on device names, through Astro's own Shiki wrapper and a sanitizer with the site's contract. */
import { createShikiHighlighter } from '@astrojs/internal-helpers/shiki';
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { shikiConfig } from '../../../src/markdown/highlight-config.ts';
import { manPageName } from '../../../src/markdown/man-links.ts';
import { grammarCases } from '../../helpers/fixtures.ts';

const HOWTO = grammarCases().find((c) => c.name === 'howto-1.52')!.input;
/** What the site's sanitizer keeps after Shiki has run: classes, no style. */
const SITE_SCHEMA = {
  tagNames: ['pre', 'code', 'span', 'a'],
  attributes: {
    pre: ['className', 'tabIndex'],
    code: ['className', 'tabIndex'],
    span: ['className'],
    a: ['href', 'ariaLabel', 'title', 'className'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: [],
} as Parameters<typeof rehypeSanitize>[0];

async function highlight(code: string, lang: string): Promise<Root> {
  const hl = await createShikiHighlighter(shikiConfig);
  return hl.codeToHast(code, lang, { transformers: shikiConfig.transformers, wrap: false });
}

function elements(node: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    found.push(...elements(child, tagName));
  }
  return found;
}

const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

describe('manPageName', () => {
  it.each([
    ['xpci*', 'xpci'],
    ['wd0', 'wd'],
    ['scsibus', 'scsibus'],
    ['i915drmkms0', 'i915drmkms'],
    ['com12', 'com'],
    ['0', undefined],
  ])('%s → %s', (instance, page) => expect(manPageName(instance)).toBe(page));
});

describe('links in the HowTo kernel config', () => {
  it('link each configured device, once per line, and nothing else', async () => {
    const links = elements(await highlight(HOWTO, 'netbsd-kernel-config'), 'a');
    expect(links.map((a) => a.properties.href)).toEqual(
      ['xpci', 'pci', 'uhci', 'usb', 'uhub', 'uhub', 'umass', 'wd', 'ahc', 'scsibus', 'sd', 'cd'].map((n) => `https://man.netbsd.org/${n}.4`),
    );
  });

  it('make each device name\'s token the link: its text, its colour class, an accessible name naming the page', async () => {
    const [xpci] = elements(await highlight(HOWTO, 'netbsd-kernel-config'), 'a');
    expect(text(xpci!)).toBe('xpci');
    expect(xpci!.properties).toEqual({ href: 'https://man.netbsd.org/xpci.4', className: ['sd'] });
  });

  it('keep the code text exactly as written', async () => {
    const [code] = elements(await highlight(HOWTO, 'netbsd-kernel-config'), 'code');
    expect(text(code!)).toBe(HOWTO);
  });

  it('survive a sanitizer that keeps only the site contract, with classes and tabindex intact', async () => {
    const clean = rehypeSanitize(SITE_SCHEMA)(await highlight(HOWTO, 'netbsd-kernel-config'));
    const [pre] = elements(clean, 'pre');
    expect(pre!.properties).toEqual({ className: ['shiki'], tabIndex: 0 });
    expect(elements(clean, 'a')).toHaveLength(12);
    expect(elements(clean, 'span').filter((s) => /^s[a-z]$/.test(String(s.properties.className))).length).toBeGreaterThan(50);
  });
});

describe('links elsewhere', () => {
  it('numbered instances and pseudo-devices link without their unit', async () => {
    const links = elements(await highlight('wd0 at atabus0 drive 0\npseudo-device\tvnd 4\nno com0', 'kernconf'), 'a');
    expect(links.map((a) => [text(a), a.properties.href])).toEqual([
      ['wd0', 'https://man.netbsd.org/wd.4'],
      ['vnd', 'https://man.netbsd.org/vnd.4'],
      ['com0', 'https://man.netbsd.org/com.4'],
    ]);
  });

  it('paths, option names, parents and comments stay plain', async () => {
    const code = 'include "arch/i386/conf/XEN3_DOMU"\noptions XEN, DOM0OPS\nfile-system FFS\n# xpci* at xenbus ?\nconfig netbsd root on wd0a';
    expect(elements(await highlight(code, 'netbsd-kernel-config'), 'a')).toEqual([]);
  });

  it('other languages get no links, even with kernel-config text', async () => {
    expect(elements(await highlight('# xl create xpci* at xenbus ?', 'shellsession'), 'a')).toEqual([]);
    expect(elements(await highlight('xpci* at xenbus ?', 'plaintext'), 'a')).toEqual([]);
  });
});
