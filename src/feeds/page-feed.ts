/** The Atom feeds of the site: one per page (every revision) and one of recent changes across all pages. */
import type { RevisionChange } from '../sections/revision-change.ts';
import { urls } from '../utils/urls.ts';
import { atomFeed } from './atom.ts';
import { revisionEntry, type FeedRevision } from './revision-entry.ts';

export interface FeedItem {
  rev: FeedRevision;
  change: RevisionChange;
}

/** Who wrote the wiki text, for entries whose author the history does not name. */
const WIKI_AUTHORS = 'NetBSD wiki contributors';

/** Newest first; same date: by page, then the later revision first. */
export const newestFirst = (a: FeedRevision, b: FeedRevision): number =>
  b.date.localeCompare(a.date) || a.page.localeCompare(b.page) || b.revision.localeCompare(a.revision, 'en', { numeric: true });

/** A page's feed: one entry per revision, newest first. */
export function pageFeed(page: string, title: string, items: readonly FeedItem[], site: string): string {
  return atomFeed({
    id: site + urls.feed(page),
    title: `${title} (${page}): revisions`,
    self: site + urls.feed(page),
    alternate: site + urls.history(page),
    author: WIKI_AUTHORS,
    entries: [...items].sort((a, b) => newestFirst(a.rev, b.rev)).map((i) => revisionEntry(i.rev, i.change, site)),
  });
}

/** The newest `limit` revisions of all, newest first. */
export const newestRevisions = <T extends FeedRevision>(revisions: readonly T[], limit: number): T[] => [...revisions].sort(newestFirst).slice(0, limit);

/** The site's recent-changes feed (items already chosen, newest first). */
export function recentFeed(items: readonly FeedItem[], site: string): string {
  return atomFeed({
    id: site + urls.recentFeed(),
    title: 'NetBSD wiki history: recent changes',
    self: site + urls.recentFeed(),
    alternate: site + urls.recent(),
    author: WIKI_AUTHORS,
    entries: items.map((i) => revisionEntry(i.rev, i.change, site, true)),
  });
}
