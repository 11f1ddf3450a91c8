import { describe, expect, it } from 'vitest';
import { cvswebUrl, upstreamLinks, wikiPageUrl } from '../../../src/upstream/links.ts';

const hosts = { wiki: 'https://wiki.netbsd.org', cvsweb: 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc' };
const page = 'ports/xen/howto';

describe('upstream links', () => {
  it('name the page on the wiki', () => {
    expect(wikiPageUrl(hosts, page)).toBe('https://wiki.netbsd.org/ports/xen/howto/');
    expect(upstreamLinks(hosts, page, { kind: 'page' })[0]).toEqual({ label: 'This page on wiki.netbsd.org', href: 'https://wiki.netbsd.org/ports/xen/howto/' });
  });

  it('use the cvsweb forms of the wiki module for revision, diff, annotate and log', () => {
    const file = 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc/ports/xen/howto.mdwn';
    expect(cvswebUrl(hosts, page, { kind: 'revision', revision: '1.52' })).toBe(`${file}?rev=1.52`);
    expect(cvswebUrl(hosts, page, { kind: 'diff', from: '1.51', to: '1.52' })).toBe(`${file}.diff?r1=1.51;r2=1.52`);
    expect(cvswebUrl(hosts, page, { kind: 'annotate', revision: '1.52' })).toBe(`${file}?annotate=1.52`);
    expect(cvswebUrl(hosts, page, { kind: 'log' })).toBe(file);
  });

  it('follow configured hosts, with or without a trailing slash', () => {
    const mirror = { wiki: 'http://wiki.example.org/', cvsweb: 'http://cvs.example.org/cgi/wikisrc/' };
    const links = upstreamLinks(mirror, 'a/b', { kind: 'diff', from: '1.1', to: '1.2' });
    expect(links).toEqual([
      { label: 'This page on wiki.example.org', href: 'http://wiki.example.org/a/b/' },
      { label: 'Diff 1.1 to 1.2 in cvsweb', href: 'http://cvs.example.org/cgi/wikisrc/a/b.mdwn.diff?r1=1.1;r2=1.2' },
    ]);
  });

  it('leave cvsweb out for git revisions, which it does not know', () => {
    expect(cvswebUrl(hosts, page, { kind: 'revision', revision: '3f2a9c1' })).toBeNull();
    expect(upstreamLinks(hosts, page, { kind: 'annotate', revision: '3f2a9c1' })).toHaveLength(1);
  });
});
