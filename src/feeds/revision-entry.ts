/** One Atom entry for one revision of a page: date, author, log, the sections it changed, a link to its diff. */
import type { RevisionChange } from '../sections/revision-change.ts';
import { sectionChangeItems } from '../sections/change-list.ts';
import { urls } from '../utils/urls.ts';
import type { AtomEntry } from './atom.ts';
import { escapeXml } from './xml.ts';

/** What the entry needs of a revision. */
export interface FeedRevision {
  page: string;
  revision: string;
  date: string;
  author: string | null;
  log: string | null;
  state: 'present' | 'removed';
}

const KIND_WORDS = { changed: 'changed', added: 'added', removed: 'removed', renamed: 'renamed' } as const;

/** Where the entry leads: the adjacent diff, or the revision itself when it is the oldest one. */
export function revisionLink(rev: FeedRevision, change: RevisionChange): string {
  return change.previous ? urls.diff(rev.page, change.previous, rev.revision) : urls.revision(rev.page, rev.revision);
}

/** The entry's HTML: log, line counts, then each section the revision touched, linked to its hunk. */
export function entryHtml(rev: FeedRevision, change: RevisionChange, site: string): string {
  const link = site + revisionLink(rev, change);
  const parts = [`<p>${escapeXml(rev.log ?? 'No log message.')}</p>`];
  if (rev.state === 'removed') parts.push('<p>The page was removed.</p>');
  parts.push(
    change.previous
      ? `<p>+${change.added} −${change.removed} lines since ${escapeXml(change.previous)}.</p>`
      : `<p>The oldest revision this site has (${change.added} lines).</p>`,
  );
  const items = sectionChangeItems(change.sections, change.hunkIds);
  if (items.length > 0) {
    const li = items.map((item) => {
      const text = `${escapeXml(item.label)} (${KIND_WORDS[item.kind]})`;
      return `<li>${item.hunk ? `<a href="${escapeXml(`${link}#${item.hunk}`)}">${text}</a>` : text}</li>`;
    });
    parts.push(`<p>Sections:</p><ul>${li.join('')}</ul>`);
  }
  return parts.join('');
}

/** The Atom entry of a revision; `site` is the site's absolute origin, `withPage` prefixes the title with the page. */
export function revisionEntry(rev: FeedRevision, change: RevisionChange, site: string, withPage = false): AtomEntry {
  const title = `${withPage ? `${rev.page} ` : ''}${rev.revision}${rev.log ? `: ${rev.log.split('\n')[0]}` : ''}`;
  return {
    id: site + urls.revision(rev.page, rev.revision),
    title,
    updated: rev.date,
    author: rev.author,
    link: site + revisionLink(rev, change),
    contentHtml: entryHtml(rev, change, site),
  };
}
