/** Writes an Atom 1.0 feed (RFC 4287) from plain data: the feed's identity, then one entry per item. */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** A permanent absolute IRI naming the entry. */
  id: string;
  title: string;
  /** ISO 8601 date-time of the change. */
  updated: string;
  /** Omitted when unknown; the feed's author then stands for it, as RFC 4287 allows. */
  author: string | null;
  /** Where the entry leads: the revision's diff. */
  link: string;
  /** The entry's text as HTML (escaped into the feed as `type="html"`). */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL (`rel="self"`) and the page it describes (`rel="alternate"`). */
  self: string;
  alternate: string;
  /** Used for entries without an author: RFC 4287 needs an author on the feed or on every entry. */
  author: string;
  entries: AtomEntry[];
}

const tag = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function entryXml(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${tag('id', e.id)}`,
    `    ${tag('title', e.title)}`,
    `    ${tag('updated', e.updated)}`,
    ...(e.author ? [`    <author>${tag('name', e.author)}</author>`] : []),
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The feed as a string; `updated` is the newest entry's date (or the epoch for an empty feed, to stay reproducible). */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${tag('id', feed.id)}`,
    `  ${tag('title', feed.title)}`,
    `  ${tag('updated', updated)}`,
    `  <author>${tag('name', feed.author)}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
