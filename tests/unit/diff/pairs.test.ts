import { describe, expect, it } from 'vitest';
import { diffFileUrl, diffLinks, revisionDataUrl } from '../../../src/diff/links.ts';
import { neighbourDiffs, pairName, prebuiltPairs } from '../../../src/diff/pairs.ts';

describe('prebuilt pairs', () => {
  it('are the adjacent pairs only, oldest first', () => {
    expect(prebuiltPairs(['1.1', '1.2', '1.3', '1.4']).map(([a, b]) => pairName(a, b))).toEqual(['1.1..1.2', '1.2..1.3', '1.3..1.4']);
    expect(prebuiltPairs(['1.51', '1.52'])).toEqual([['1.51', '1.52']]);
    expect(prebuiltPairs(['1.1'])).toEqual([]);
  });

  it('link to the adjacent diffs before and after, in either direction', () => {
    const revs = ['1.1', '1.2', '1.3', '1.4'];
    expect(neighbourDiffs(revs, '1.2', '1.3')).toEqual({ previous: ['1.1', '1.2'], next: ['1.3', '1.4'] });
    expect(neighbourDiffs(revs, '1.1', '1.2')).toEqual({ previous: null, next: ['1.2', '1.3'] });
    expect(neighbourDiffs(revs, '1.4', '1.2')).toEqual({ previous: ['1.1', '1.2'], next: null });
  });
});

describe('diff URLs', () => {
  it('follow the site scheme', () => {
    const links = diffLinks('ports/xen/howto');
    expect(links.diff('1.51', '1.52')).toBe('/ports/xen/howto/diff/1.51..1.52/');
    expect(links.diffFile('1.51', '1.52')).toBe('/ports/xen/howto/diff/1.51..1.52.diff');
    expect(diffFileUrl('ports/xen/howto', '1.52', '1.51')).toBe('/ports/xen/howto/diff/1.52..1.51.diff');
    expect(links.revision('1.52', 'prmgr-and-pvgrub')).toBe('/ports/xen/howto/r/1.52/#prmgr-and-pvgrub');
    expect(revisionDataUrl('ports/xen/howto', '1.51')).toBe('/ports/xen/howto/diff/1.51.json');
  });
});
