import { describe, expect, it } from 'vitest';
import { bestlink, indexPages, resolveHref, resolveWikiLink } from '../../../src/markdown/wiki-links.ts';
import { ikiwikiPageTitle } from '../../../src/markdown/page-title.ts';

const index = indexPages({
  pages: ['ports/xen', 'ports/xen/howto', 'ports/xen/howto/dom0', 'Kernel_Configuration', 'ports/amd64', 'users/joe'],
  built: ['ports/xen/howto'],
  upstream: 'https://wiki.example.org',
  templates: new Map(),
});

describe('bestlink', () => {
  it('tries the page\'s own subpages, then each parent level up to the root', () => {
    expect(bestlink('ports/xen/howto', 'dom0', index)).toBe('ports/xen/howto/dom0');
    expect(bestlink('ports/xen/howto', 'ports/xen', index)).toBe('ports/xen');
    expect(bestlink('ports/xen/howto', 'amd64', index)).toBe('ports/amd64');
    expect(bestlink('ports/xen/howto', 'Kernel_Configuration', index)).toBe('Kernel_Configuration');
  });

  it('ignores case when no exact match, takes /absolute from the root, and finds nothing it lacks', () => {
    expect(bestlink('ports/xen/howto', 'kernel_configuration', index)).toBe('Kernel_Configuration');
    expect(bestlink('ports/xen/howto', '/howto', index)).toBeNull();
    expect(bestlink('ports/xen/howto', '/ports/xen/', index)).toBe('ports/xen');
  });
});

describe('wikilinks', () => {
  const link = (target: string, text: string | null = null, anchor: string | null = null) => resolveWikiLink({ text, target, anchor }, 'ports/xen/howto', index);

  it('read as ikiwiki shows them: the base name with _ as space, or the given text', () => {
    expect(link('ports/xen')).toEqual({ kind: 'link', href: 'https://wiki.example.org/ports/xen/', text: 'xen' });
    expect(link('kernel configuration')).toEqual({ kind: 'link', href: 'https://wiki.example.org/Kernel_Configuration/', text: 'kernel configuration' });
    expect(link('Kernel_Configuration', 'the_guide', 'opts')).toEqual({ kind: 'link', href: 'https://wiki.example.org/Kernel_Configuration/#opts', text: 'the guide' });
  });

  it('link our own pages locally, and the page itself only with an anchor', () => {
    expect(link('howto')).toEqual({ kind: 'self', text: 'howto' });
    expect(link('HowTo', null, 'dom0')).toEqual({ kind: 'link', href: '/ports/xen/howto/#dom0', text: 'HowTo' });
  });

  it('send pages nobody knows upstream: paths from the root, bare names beside the page', () => {
    expect(link('ports/sparc')).toMatchObject({ href: 'https://wiki.example.org/ports/sparc/' });
    expect(link('howto-solaris')).toMatchObject({ href: 'https://wiki.example.org/ports/xen/howto-solaris/' });
  });

  it('keep URLs and mail addresses as they are', () => {
    expect(link('https://www.netbsd.org/')).toEqual({ kind: 'link', href: 'https://www.netbsd.org/', text: 'https://www.netbsd.org/' });
    expect(link('port-xen@NetBSD.org')).toEqual({ kind: 'link', href: 'mailto:port-xen@NetBSD.org', text: 'port-xen@NetBSD.org' });
  });
});

describe('markdown hrefs', () => {
  it('resolve relative paths from the page\'s wiki URL, ours or upstream', () => {
    expect(resolveHref('../', 'ports/xen/howto', index)).toBe('https://wiki.example.org/ports/xen/');
    expect(resolveHref('dom0/', 'ports/xen/howto', index)).toBe('/ports/xen/howto/dom0/');
    expect(resolveHref('../howto/#x', 'ports/xen/howto', index)).toBe('/ports/xen/howto/#x');
    expect(resolveHref('#frag', 'ports/xen/howto', index)).toBe('#frag');
    expect(resolveHref('https://a.example/', 'ports/xen/howto', index)).toBe('https://a.example/');
  });
});

describe('ikiwikiPageTitle', () => {
  it('names a page by its base name, _ as space and __NN__ as the character', () => {
    expect(ikiwikiPageTitle('ports/xen/howto')).toBe('howto');
    expect(ikiwikiPageTitle('Kernel_Configuration')).toBe('Kernel Configuration');
    expect(ikiwikiPageTitle('tips/C__43____43___tricks')).toBe('C++ tricks');
  });
});

describe('links to files that are not pages', () => {
  const files = indexPages({
    pages: ['ports/xen/howto'],
    upstream: 'https://wiki.example.org/',
    templates: new Map(),
    files: new Map([['ports/xen/Xen_Logo.PNG', null], ['ports/xen/guests.csv', 'a,b'], ['logo.svg', null]]),
  });

  it('show an image found by bestlink, from the upstream wiki, its alt text the link\'s text', () => {
    expect(resolveWikiLink({ text: null, target: 'xen_logo.png', anchor: null }, 'ports/xen/howto', files))
      .toEqual({ kind: 'image', src: 'https://wiki.example.org/ports/xen/Xen_Logo.PNG', alt: 'xen logo.png' });
    expect(resolveWikiLink({ text: 'the <logo>', target: '/logo.svg', anchor: 'x' }, 'ports/xen/howto', files))
      .toEqual({ kind: 'image', src: 'https://wiki.example.org/logo.svg', alt: 'the <logo>' });
  });

  it('link any other file upstream, without the slash a page has', () => {
    expect(resolveWikiLink({ text: null, target: 'guests.csv', anchor: null }, 'ports/xen/howto', files))
      .toEqual({ kind: 'link', href: 'https://wiki.example.org/ports/xen/guests.csv', text: 'guests.csv' });
  });

  it('without a list of files, take an image for the page\'s own attachment, or from the root if it has a folder', () => {
    expect(resolveWikiLink({ text: null, target: 'shot.jpg', anchor: null }, 'ports/xen/howto', index))
      .toEqual({ kind: 'image', src: 'https://wiki.example.org/ports/xen/howto/shot.jpg', alt: 'shot.jpg' });
    expect(resolveWikiLink({ text: null, target: 'ports/xen/shot.jpg', anchor: null }, 'ports/xen/howto', index))
      .toEqual({ kind: 'image', src: 'https://wiki.example.org/ports/xen/shot.jpg', alt: 'shot.jpg' });
  });
});
