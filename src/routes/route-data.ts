/** One route-data object per page the site builds, so pages and components only wire data to markup. */
import { annotateAll, type AnnotatedLine } from '../diff/annotate.ts';
import { diffLinks } from '../diff/links.ts';
import { buildDiffModel, type DiffSource } from '../diff/model.ts';
import { neighbourDiffs } from '../diff/pairs.ts';
import { renderPairHeader } from '../diff/render.ts';
import { renderedDiff, type RenderedBlock } from '../diff/rendered.ts';
import type { DiffModel } from '../diff/types.ts';
import type { Heading } from '../markdown/outline.ts';
import { newestRevisions, type FeedItem } from '../feeds/page-feed.ts';
import { pageTree, type TreeNode } from '../tree/page-tree.ts';
import { sectionHistories, type SectionHistory } from '../sections/section-history.ts';
import { changeFromModel, firstChange, type RevisionChange } from '../sections/revision-change.ts';
import { urls } from '../utils/urls.ts';
import { contentCache, newest, pageTitle, revisionBody, revisionHtml, revisionOutline, type RevisionEntry, type RevisionInfo, type WikiPage } from './wiki-pages.ts';

/** What every view of a page knows. */
export interface PageRoute {
  page: WikiPage;
  /** The page's title (from its newest revision). */
  title: string;
  newest: RevisionEntry;
}

/** One revision of a page, with its neighbours. */
export interface RevisionRoute extends PageRoute {
  entry: RevisionEntry;
  /** Position among the page's revisions, oldest first. */
  index: number;
  previous: RevisionEntry | null;
  next: RevisionEntry | null;
  isNewest: boolean;
}

/** A prebuilt pair of revisions. */
export interface DiffRoute extends PageRoute {
  from: RevisionEntry;
  to: RevisionEntry;
}

export function pageRoute(page: WikiPage): PageRoute {
  return { page, title: pageTitle(page), newest: newest(page) };
}

export function revisionRoute(page: WikiPage, index: number): RevisionRoute {
  const entry = page.revisions[index]!;
  return {
    ...pageRoute(page),
    entry,
    index,
    previous: page.revisions[index - 1] ?? null,
    next: page.revisions[index + 1] ?? null,
    isNewest: index === page.revisions.length - 1,
  };
}

export const diffRoute = (page: WikiPage, from: RevisionEntry, to: RevisionEntry): DiffRoute => ({ ...pageRoute(page), from, to });

/** Whether `from` is the revision just before `to`: the pair the prepare step diffed. */
const isAdjacent = (from: RevisionEntry, to: RevisionEntry) => to.data.ordinal - from.data.ordinal === 1;

/** The diff model of a pair, as the diff page and feeds show it: an adjacent pair's from the cache. */
export function diffModelOf({ from, to }: Pick<DiffRoute, 'from' | 'to'>): DiffModel {
  if (to.data.diffKey !== null && isAdjacent(from, to)) return contentCache.readJson<DiffModel>('diff', to.data.diffKey);
  const source = (entry: RevisionEntry) => ({ ...entry.data, headings: revisionOutline(entry).headings, body: revisionBody(entry) }) as DiffSource;
  return buildDiffModel(source(from), source(to));
}


/** The header of a pair's diff page (both revisions' facts, the neighbouring pairs), as HTML. */
export function pairHeaderOf({ page, from, to }: Pick<DiffRoute, 'page' | 'from' | 'to'>, model: DiffModel): string {
  const around = neighbourDiffs(page.revisions.map((r) => r.data.revision), from.data.revision, to.data.revision);
  return renderPairHeader(model, diffLinks(page.id), around);
}

/** The rendered view of a pair: both revisions' HTML, aligned block by block, changes marked; an adjacent pair's from the cache. */
export function renderedDiffOf({ from, to }: Pick<DiffRoute, 'from' | 'to'>): RenderedBlock[] {
  if (to.data.renderedKey !== null && isAdjacent(from, to)) return contentCache.readJson<RenderedBlock[]>('rendered', to.data.renderedKey);
  return renderedDiff(revisionHtml(from), revisionHtml(to));
}

const annotations = new Map<string, AnnotatedLine[][]>();

/** The annotated lines of a revision: each line with the revision that last changed it; the newest's from the cache. */
export function annotationsOf({ page, index, entry }: Pick<RevisionRoute, 'page' | 'index' | 'entry'>): AnnotatedLine[] {
  if (entry.data.annotateKey !== null) return contentCache.readJson<AnnotatedLine[]>('annotate', entry.data.annotateKey);
  let all = annotations.get(page.id);
  if (!all) annotations.set(page.id, (all = annotateAll(page.revisions.map((r) => ({ ...r.data, body: revisionBody(r) })))));
  return all[index]!;
}

const changes = new Map<string, RevisionChange>();

/** The change a revision made to the one before it, from the adjacent pair's diff model (computed once per revision). */
export function revisionChangeOf({ page, index }: Pick<RevisionRoute, 'page' | 'index'>): RevisionChange {
  const entry = page.revisions[index]!;
  let change = changes.get(entry.id);
  if (!change) {
    const before = page.revisions[index - 1];
    change = before ? changeFromModel(diffModelOf({ from: before, to: entry })) : firstChange(revisionBody(entry));
    changes.set(entry.id, change);
  }
  return change;
}

/** Each revision of a page with what it changed, oldest first: the page feed's items. */
export const feedItemsOf = (page: WikiPage): FeedItem[] =>
  page.revisions.map((entry, index) => ({ rev: entry.data, change: revisionChangeOf({ page, index }) }));

/** The newest `limit` revisions across the given pages with what they changed, newest first. */
export function recentChangesOf(pages: readonly WikiPage[], limit: number): FeedItem[] {
  const all = pages.flatMap((page) => page.revisions.map((entry, index) => ({ ...entry.data, at: { page, index } })));
  return newestRevisions(all, limit).map(({ at }) => ({ rev: at.page.revisions[at.index]!.data, change: revisionChangeOf(at) }));
}

/** A folder of the wiki with no page of its own: the pages under it. */
export interface DirectoryRoute {
  directory: TreeNode;
  /** Title and revision count of every page, by wiki path, for the listing. */
  pages: ReadonlyMap<string, PageSummary>;
}

/** What a listing says of a page. */
export interface PageSummary {
  title: string;
  revisions: number;
  newest: RevisionInfo;
}

/** The pages as a tree, and what listings say of each. */
export function siteTree(pages: readonly WikiPage[]): { root: TreeNode; pages: Map<string, PageSummary> } {
  const summaries = new Map(pages.map((p) => [p.id, { title: pageTitle(p), revisions: newest(p).data.ordinal, newest: newest(p).data }]));
  return { root: pageTree(pages.map((p) => p.id)), pages: summaries };
}

/** The history of every section of the page's newest revision, in page order. */
export function sectionHistoriesOf(page: WikiPage): SectionHistory[] {
  const sources = page.revisions.map((entry, index) => ({ revision: entry.data.revision, headings: revisionOutline(entry).headings as Heading[], change: revisionChangeOf({ page, index }) }));
  const lines = annotationsOf({ page, index: page.revisions.length - 1, entry: newest(page) });
  return sectionHistories(sources, lines.at(-1)?.line ?? newest(page).data.firstLine);
}

/**
 * The URL path a revision's content is canonical at: the newest revision's is the page's own path, which
 * `/<page>/r/<newest>/` repeats; an old revision's is its own permanent path.
 */
export const canonicalPath = ({ page, entry, isNewest }: Pick<RevisionRoute, 'page' | 'entry' | 'isNewest'>): string =>
  isNewest ? urls.page(page.id) : urls.revision(page.id, entry.data.revision);

/** A revision's one-sentence description for search results and link previews; says only what the source has. */
export function revisionDescription({ page, entry, isNewest }: Pick<RevisionRoute, 'page' | 'entry' | 'isNewest'>): string {
  const { revision, date, author } = entry.data;
  // The page's title is the document's <title> already: the description says what it does not.
  const which = `Revision ${revision} (${isNewest ? 'the newest, ' : ''}${date.slice(0, 10)}${author ? `, by ${author}` : ''})`;
  return `${which} of the NetBSD wiki page ${page.id}.`;
}
