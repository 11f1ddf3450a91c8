/** The site's pages and their revisions as the routes use them, and what each revision's content is. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareRevisions } from '../utils/revision-order.ts';

export type RevisionEntry = CollectionEntry<'revisions'>;
export type RevisionInfo = RevisionEntry['data'];

export interface WikiPage {
  /** Wiki path, such as `ports/xen/howto`. */
  id: string;
  /** Oldest first. */
  revisions: RevisionEntry[];
}

let cache: Promise<WikiPage[]> | undefined;

/** Every page with its revisions, pages sorted by path. */
export function getWikiPages(): Promise<WikiPage[]> {
  cache ??= getCollection('revisions').then((entries) => {
    const byPage = Map.groupBy(entries.sort((a, b) => compareRevisions(a.data, b.data)), (e) => e.data.page);
    return [...byPage].map(([id, revisions]) => ({ id, revisions })).sort((a, b) => a.id.localeCompare(b.id));
  });
  return cache;
}

/** The newest revision of a page. */
export const newest = (page: WikiPage): RevisionEntry => page.revisions.at(-1)!;

/** The page's title as ikiwiki shows it: `[[!meta title]]` if set, else the last path component. */
export const pageTitle = (page: WikiPage, entry: RevisionEntry = newest(page)): string =>
  entry.data.title ?? page.id.split('/').at(-1)!;

/** The revision's wiki source as stored. */
export const revisionBody = (entry: RevisionEntry): string => entry.data.body;

/** The revision's rendered HTML (the article's content). */
export const revisionHtml = (entry: RevisionEntry): string => entry.rendered?.html ?? '';
