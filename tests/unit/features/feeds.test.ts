import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/feeds/atom.ts';
import { pageFeed, recentFeed, newestRevisions, type FeedItem } from '../../../src/feeds/page-feed.ts';
import { withHeadings } from '../../../src/diff/headings.ts';
import { buildDiffModel } from '../../../src/diff/model.ts';
import { changeFromModel, firstChange } from '../../../src/sections/revision-change.ts';
import { howto } from '../../helpers/content.ts';

const site = 'https://history.example.org';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author'].includes(name) });

/** The seed's revisions with what each changed, as the site computes them. */
function seedItems(): FeedItem[] {
  const revs = howto().map(withHeadings);
  return revs.map((rev, i) => ({ rev, change: i === 0 ? firstChange(rev.body) : changeFromModel(buildDiffModel(revs[i - 1]!, rev)) }));
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

/** RFC 4287: a feed and each entry have id, title, updated; entries an author unless the feed has one. */
function expectValidAtom(feed: ReturnType<typeof parse>) {
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const key of ['id', 'title', 'updated']) expect(feed[key]).toBeTruthy();
  expect(feed.author[0].name).toBeTruthy();
  expect(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self')).toBe(true);
  const ids = new Set<string>();
  for (const e of feed.entry) {
    for (const key of ['id', 'title', 'updated']) expect(e[key], key).toBeTruthy();
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    expect(e.link[0]['@href']).toMatch(/^https:\/\//);
    ids.add(e.id);
  }
  expect(ids.size).toBe(feed.entry.length);
}

describe('page feed', () => {
  const feed = parse(pageFeed('ports/xen/howto', 'howto', seedItems(), site));

  it('is valid Atom with one entry per revision, newest first', () => {
    expectValidAtom(feed);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([`${site}/ports/xen/howto/r/1.52/`, `${site}/ports/xen/howto/r/1.51/`]);
    expect(feed.updated).toBe('2014-12-26T23:46:22Z');
  });

  it('links each revision to its diff and lists the sections it changed, renames included', () => {
    const [e152, e151] = feed.entry;
    expect(e152.link[0]['@href']).toBe(`${site}/ports/xen/howto/diff/1.51..1.52/`);
    expect(e151.link[0]['@href']).toBe(`${site}/ports/xen/howto/r/1.51/`);
    const html: string = e152.content['#text'];
    expect(e152.content['@type']).toBe('html');
    expect(html).toContain('Using PCI devices in guest domains → PCI passthrough: Using PCI devices in guest domains (renamed)');
    expect(html).toMatch(/href="https:\/\/history\.example\.org\/ports\/xen\/howto\/diff\/1\.51\.\.1\.52\/#h\d"/);
    expect(html).toContain('No log message.');
  });
});

describe('atom writer', () => {
  it('escapes markup and drops characters XML forbids', () => {
    const xml = atomFeed({
      id: 'tag:x', title: 'a < b & "c"', self: 'https://x/feed?a=1&b=2', alternate: 'https://x/', author: 'w',
      entries: [{ id: 'tag:y', title: 'bell\u0007 <script>', updated: '2020-01-01T00:00:00Z', author: null, link: 'https://x/y', contentHtml: '<p>x</p>' }],
    });
    const feed = parse(xml);
    expect(feed.title).toBe('a < b & "c"');
    expect(feed.entry[0].title).toBe('bell <script>');
    expect(feed.entry[0].author).toBeUndefined();
    expect(feed.entry[0].content['#text']).toBe('<p>x</p>');
  });
});

describe('recent changes', () => {
  const item = (page: string, revision: string, date: string): FeedItem => ({
    rev: { page, revision, date, author: 'a', log: 'l', state: 'present' },
    change: { previous: null, sections: [], hunkIds: [], added: 1, removed: 0 },
  });

  it('keeps the newest revisions across pages, newest first, up to the limit', () => {
    const all = [item('a', '1.1', '2020-01-01T00:00:00Z'), item('b', '1.9', '2021-01-01T00:00:00Z'), item('b', '1.10', '2021-01-01T00:00:00Z'), item('c', '1.1', '2019-01-01T00:00:00Z')];
    const chosen = newestRevisions(all.map((i) => i.rev), 3).map((r) => `${r.page}@${r.revision}`);
    expect(chosen).toEqual(['b@1.10', 'b@1.9', 'a@1.1']);
    const feed = parse(recentFeed(all.slice(0, 2), site));
    expectValidAtom(feed);
    expect(feed.entry[0].title).toBe('a 1.1: l');
  });
});
