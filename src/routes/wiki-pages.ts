/** The site's pages and their revisions as the routes use them, and each revision's content from the content cache. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { insertHeadingAliases } from '../markdown/heading-alias-html.ts';
import { ikiwikiPageTitle } from '../markdown/page-title.ts';
import { ContentCache } from '../prepare/cache.ts';
import type { RevisionOutline } from '../schemas/record.ts';
import { cacheDir } from '../site-config.ts';
import { needsWikiExtras } from '../styles/wiki-extras.ts';
import { historyOrder } from '../utils/revision-order.ts';

export type RevisionEntry = CollectionEntry<'revisions'>;
export type RevisionInfo = RevisionEntry['data'];

export interface WikiPage {
  /** Wiki path, such as `ports/xen/howto`. */
  id: string;
  /**
   * Oldest first. Every revision when this Astro run builds the page; of a page an incremental build leaves as it
   * was, only what the site-wide pages show (src/build/needed-records.ts).
   */
  revisions: RevisionEntry[];
}

/** Where the prepare step left bodies, rendered HTML, diffs, annotations and history files. */
export const contentCache = new ContentCache(cacheDir);

let cache: Promise<WikiPage[]> | undefined;

/** Every page with its revisions, pages sorted by path. */
export function getWikiPages(): Promise<WikiPage[]> {
  cache ??= getCollection('revisions').then((entries) => {
    const byPage = Map.groupBy(entries.sort((a, b) => historyOrder(a.data, b.data)), (e) => e.data.page);
    return [...byPage].map(([id, revisions]) => ({ id, revisions })).sort((a, b) => a.id.localeCompare(b.id));
  });
  return cache;
}

/** The newest revision of a page. */
export const newest = (page: WikiPage): RevisionEntry => page.revisions.at(-1)!;

/** The page's title as ikiwiki shows it: `[[!meta title]]` if set, else the page's name as ikiwiki writes it. */
export const pageTitle = (page: WikiPage, entry: RevisionEntry = newest(page)): string =>
  entry.data.title ?? ikiwikiPageTitle(page.id);

/** The revision's wiki source as stored. */
export const revisionBody = (entry: RevisionEntry): string => contentCache.read('body', entry.data.bodyKey);

/** The revision's headings and their sections' ids in other revisions. */
export const revisionOutline = (entry: RevisionEntry): RevisionOutline => contentCache.readJson<RevisionOutline>('outline', entry.data.outlineKey);

/** The revision's rendered HTML (the article's content), with the ids its sections had in other revisions. */
export const revisionHtml = (entry: RevisionEntry): string => revisionArticle(entry).html;

/** The revision's article: its HTML as revisionHtml gives it, whether it needs wiki-extras.css, and its outline (read once). */
export function revisionArticle(entry: RevisionEntry): { html: string; extras: boolean; outline: RevisionOutline } {
  const { htmlKey } = entry.data;
  const outline = revisionOutline(entry);
  if (htmlKey === null) return { html: '', extras: false, outline };
  const cached = contentCache.read('html', htmlKey);
  // Asked of the HTML as read, as the ids add no table, image or box: V8 searched the string `replace` built ten
  // times slower (0.7 ms a page of 1,000 lines).
  return { html: insertHeadingAliases(cached, outline.aliases), extras: needsWikiExtras(cached), outline };
}
