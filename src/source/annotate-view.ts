/**
 * An annotate view's content below its header, as HTML: the other revisions' links, the note, the lines with the
 * revision that last changed each, and the legend. The build's page and the browser's computed view both use it,
 * so a computed older revision reads exactly as a prebuilt one would.
 */
import type { AnnotatedLine } from '../diff/annotate.ts';
import { escapeHtml } from '../utils/ascii-html.ts';
import type { MissingLine } from '../schemas/revision.ts';
import { formatDate } from '../utils/format.ts';
import { urls } from '../utils/urls.ts';

/** What the view says of each revision of the page. */
export interface AnnotateRevision {
  revision: string;
  date: string;
  author: string | null;
  log: string | null;
}

export interface AnnotateViewInput {
  page: string;
  /** Every revision of the page, oldest first. */
  revisions: readonly AnnotateRevision[];
  /** The annotated revision's position in `revisions`. */
  index: number;
  /** Its lines, from `annotateAll` / `annotateNext`. */
  lines: readonly AnnotatedLine[];
  missing: readonly MissingLine[];
  state: 'present' | 'removed';
}

/** Where a line's revision links: the diff that brought the line in, at the line; the oldest revision has none. */
function origin(page: string, revisions: readonly AnnotateRevision[], l: AnnotatedLine): string {
  return l.index === 0 ? urls.revision(page, l.revision) : `${urls.diff(page, revisions[l.index - 1]!.revision, l.revision)}#n${l.introducedAt}`;
}

function describe(r: AnnotateRevision): string {
  return `${formatDate(r.date)}${r.author ? `, ${r.author}` : ''}${r.log ? `: ${r.log}` : ''}`;
}

/** The table of annotated lines. */
export function annotateTableHtml({ page, revisions, index, lines, missing }: AnnotateViewInput): string {
  const revision = revisions[index]!.revision;
  const what = new Map(missing.map((m) => [m.line, m.what]));
  const rows = lines.map((l, k) => {
    const classes = `${l.index % 2 ? 'odd' : 'even'}${lines[k - 1]?.index === l.index ? ' cont' : ''}`;
    const text = what.has(l.line) && l.text === '[[!missing]]'
      ? `<td class="t m" title="${escapeHtml(`Not in our source: ${what.get(l.line)!}`)}">${escapeHtml(l.text)}</td>`
      : `<td class="t">${escapeHtml(l.text)}</td>`;
    return `<tr id="L${l.line}" class="${classes}"><td class="ln"><a href="#L${l.line}" aria-label="Line ${l.line}">${l.line}</a></td>`
      + `<td class="rev"><a href="${escapeHtml(origin(page, revisions, l))}">${escapeHtml(l.index === 0 ? `≤${l.revision}` : l.revision)}</a></td>${text}</tr>`;
  });
  return `<div class="table-scroll"><table class="annotate"><caption class="sr-only">Lines of ${escapeHtml(page)} revision ${escapeHtml(revision)}, each with the revision that last changed it</caption>`
    + '<thead><tr><th scope="col">Line</th><th scope="col">Revision</th><th scope="col">Text</th></tr></thead>'
    + `<tbody>${rows.join('')}</tbody></table></div>`;
}

/** Everything below the revision's facts and upstream links: other revisions, the note, the table, the legend. */
export function annotateViewHtml(input: AnnotateViewInput): string {
  const { page, revisions, index, lines, state } = input;
  const current = revisions[index]!.revision;
  const oldest = revisions[0]!.revision;
  // The newest revision's annotate is prebuilt at `/<page>/annotate/`; older ones are computed at `/<page>/annotate/<rev>/`.
  const others = revisions.map((r, i) =>
    `<li><a href="${escapeHtml(i === revisions.length - 1 ? urls.annotate(page) : urls.annotate(page, r.revision))}"${r.revision === current ? ' aria-current="page"' : ''}>${escapeHtml(r.revision)}</a></li>`);
  // Each revision's description appears once, in the legend: a long log copied onto every line made pages of many MB.
  const legend = [...new Set(lines.map((l) => l.index))].sort((a, b) => a - b);
  return `<nav class="page-nav" aria-label="Annotate other revisions"><ul>${others.join('')}</ul></nav>`
    + `<p class="note">Each line shows the revision that last changed it; the link opens that change. Lines marked ${escapeHtml(oldest)} date from ${escapeHtml(oldest)} or earlier: it is the oldest revision this site has.</p>`
    + (state === 'removed' ? '<p class="note" role="note">The page was removed in this revision.</p>' : annotateTableHtml(input))
    + (legend.length > 0
      ? '<section aria-labelledby="annotate-legend"><h2 id="annotate-legend">Revisions on this page</h2><dl class="annotate-legend">'
        + legend.map((i) => `<div><dt>${escapeHtml(revisions[i]!.revision)}</dt><dd>${escapeHtml(describe(revisions[i]!))}</dd></div>`).join('')
        + '</dl></section>'
      : '');
}
