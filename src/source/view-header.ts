/**
 * The top of a view computed in the browser, as HTML: the same breadcrumbs, title, view tabs, revision facts, upstream
 * links and excerpt note as the prebuilt views' components (PageHeader, RevisionMeta, UpstreamLinks, ExcerptNote).
 */
import { escapeHtml } from '../utils/ascii-html.ts';
import type { MissingLine } from '../schemas/revision.ts';
import { upstreamLinks, type UpstreamHosts, type UpstreamTarget } from '../upstream/links.ts';
import { breadcrumbs } from '../utils/breadcrumbs.ts';
import { excerptRange, isExcerpt } from '../utils/excerpt.ts';
import { excerptNoteText } from '../utils/excerpt-notes.ts';
import { formatMinute } from '../utils/format.ts';
import { urls } from '../utils/urls.ts';
import type { AnnotateRevision } from './annotate-view.ts';

export interface ViewHeaderInput {
  page: string;
  title: string;
  /** The tab marked as current; the source view belongs to none. */
  current: 'annotate' | 'source';
  revision: AnnotateRevision;
  hosts: UpstreamHosts;
  upstream: UpstreamTarget;
  /** Links inside the revision's facts (the source view's "Rendered" and "Raw"). */
  links?: readonly { label: string; href: string }[];
}

const link = (href: string, text: string, extra = '') => `<a href="${escapeHtml(href)}"${extra}>${escapeHtml(text)}</a>`;

export function viewHeaderHtml({ page, title, current, revision: r, hosts, upstream, links = [] }: ViewHeaderInput): string {
  const crumbs = [...breadcrumbs(page), { label: page.split('/').at(-1)!, href: urls.page(page) }];
  const tabs = [
    ['read', 'Read', urls.page(page)],
    ['history', 'History', urls.history(page)],
    ['diff', 'Compare', urls.compare(page)],
    ['annotate', 'Annotate', urls.annotate(page)],
  ] as const;
  const date = `<time datetime="${escapeHtml(r.date)}">`;
  const facts = [
    r.author ? `<div><dt>Author</dt><dd>${escapeHtml(r.author)}</dd></div>` : '',
    r.log ? `<div><dt>Log</dt><dd>${escapeHtml(r.log)}</dd></div>` : '',
  ].join('');
  const revnav = links.length > 0
    ? `<nav class="revnav" aria-label="This revision"><ul>${links.map((l) => `<li>${link(l.href, l.label)}</li>`).join('')}</ul></nav>`
    : '';
  return `<nav class="crumbs" aria-label="Breadcrumbs"><ol>${crumbs.map((c) => `<li>${link(c.href, c.label)}</li>`).join('')}</ol></nav>`
    + `<h1>${escapeHtml(title)}</h1>`
    + `<nav class="tabs" aria-label="Page views"><ul>${tabs.map(([key, label, href]) => `<li>${link(href, label, key === current ? ' aria-current="page"' : '')}</li>`).join('')}</ul></nav>`
    + `<details class="fold revmeta"><summary><strong>Revision ${escapeHtml(r.revision)}</strong> &middot; ${date}${escapeHtml(formatMinute(r.date))}</time>${r.author ? ` &middot; ${escapeHtml(r.author)}` : ''}</summary>`
    + (facts ? `<dl class="meta">${facts}</dl>` : '') + `${revnav}</details>`
    + `<nav class="upstream-links" aria-label="Upstream"><ul>${upstreamLinks(hosts, page, upstream).map((l) => `<li>${link(l.href, l.label, ' rel="external"')}</li>`).join('')}</ul></nav>`;
}

/** The note that a revision is only an excerpt of its page (ExcerptNote.astro's too); empty for a whole page. */
export function excerptNoteHtml(revision: string, body: string, firstLine: number, missing: readonly MissingLine[]): string {
  const range = excerptRange(body, firstLine);
  if (!isExcerpt(firstLine, missing.length) || !range) return '';
  const text = excerptNoteText(revision, range.first, range.last, missing.map((m) => m.line));
  return `<p class="note excerpt-note" role="note">${escapeHtml(text)}</p>`;
}
