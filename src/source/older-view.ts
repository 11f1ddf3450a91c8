/** An older revision's annotate or source view, computed from the page's history file: what the browser shows at its URL. */
import { annotateAll } from '../diff/annotate.ts';
import { decodeHistory, type HistoryFile } from '../history/history-file.ts';
import { ikiwikiPageTitle } from '../markdown/page-title.ts';
import type { HistoryMeta } from '../schemas/record.ts';
import type { UpstreamHosts } from '../upstream/links.ts';
import { urls } from '../utils/urls.ts';
import { annotateViewHtml } from './annotate-view.ts';
import type { OlderViewRequest } from './landing.ts';
import { sourceTableHtml } from './source-rows.ts';
import { excerptNoteHtml, viewHeaderHtml } from './view-header.ts';

export interface OlderView {
  /** The document's title, as the prebuilt view would have it (without the site's name). */
  title: string;
  /** The content of `<main>`. */
  html: string;
}

/** The view, or an error naming what the history lacks. */
export function olderView(request: OlderViewRequest, file: HistoryFile<HistoryMeta>, hosts: UpstreamHosts): OlderView {
  const { kind, page, revision } = request;
  const index = file.revisions.findIndex((r) => r.revision === revision);
  if (index < 0) throw new Error(`${page} has no revision ${revision}; its history lists ${file.revisions.map((r) => r.revision).join(', ')}`);
  const texts = decodeHistory(file);
  const meta = file.revisions[index]!;
  const newest = file.revisions.at(-1)!;
  const pageTitle = newest.title ?? ikiwikiPageTitle(page);
  if (kind === 'annotate') {
    // Annotate needs every revision up to this one, oldest first, as the build's annotateAll walks them.
    const upTo = file.revisions.slice(0, index + 1).map((r, i) => ({ ...r, body: texts[i]! }));
    const lines = annotateAll(upTo).at(-1)!;
    const header = viewHeaderHtml({ page, title: pageTitle, current: 'annotate', revision: meta, hosts, upstream: { kind: 'annotate', revision } });
    const body = annotateViewHtml({ page, revisions: file.revisions, index, lines, missing: meta.missing, state: meta.state });
    return { title: `${pageTitle}: annotated (revision ${revision})`, html: header + body };
  }
  const header = viewHeaderHtml({
    page, title: meta.title ?? ikiwikiPageTitle(page), current: 'source', revision: meta, hosts, upstream: { kind: 'revision', revision },
    links: [{ label: 'Rendered', href: urls.revision(page, revision) }, { label: 'Raw', href: urls.raw(page, revision) }],
  });
  const body = texts[index]!;
  return {
    title: `Source of ${meta.title ?? ikiwikiPageTitle(page)}, revision ${revision}`,
    html: header + excerptNoteHtml(revision, body, meta.firstLine, meta.missing) + sourceTableHtml({ body, firstLine: meta.firstLine, missing: meta.missing }),
  };
}
