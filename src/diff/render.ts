/** Renders a DiffModel to HTML, the same string on the server and in the browser (one markup, two views by CSS). */
import type { Heading } from '../markdown/outline.ts';
import { escapeHtml } from '../utils/ascii-html.ts';
import { formatDate } from '../utils/format.ts';
import type { SectionEntry } from './sections.ts';
import type { ChangeCounts, DiffModel, ModelBlock, ModelHunk, ModelLine } from './types.ts';
import { changedRow, contextRow, rowsCounters, type NumberStyle } from './render-rows.ts';
import type { HunkSpan } from './line-range.ts';
import { moreButtons } from './more-buttons.ts';

export interface RenderLinks {
  /** URL of a revision's rendered page, with `#slug` when a heading is given. */
  revision: (revision: string, slug?: string) => string;
  /** URL of the diff page of a pair, and of its plain `.diff` file. */
  diff: (from: string, to: string) => string;
  diffFile: (from: string, to: string) => string;
  /** URL of a revision's wiki source as stored. */
  raw: (revision: string) => string;
  /** URL of the page's history (where any two revisions can be picked). */
  history: () => string;
}

/** The previous and next adjacent diffs of a pair, when there are any. */
export interface DiffNeighbours {
  previous: [string, string] | null;
  next: [string, string] | null;
}

const span = (lines: ModelLine[]) =>
  lines.length === 0 ? 'none' : lines.length === 1 ? `${lines[0]!.n}` : `${lines[0]!.n}&ndash;${lines.at(-1)!.n}`;

function block(b: ModelBlock, style: NumberStyle): string {
  if (b.kind === 'context') return b.rows.map((r) => contextRow(r, style)).join('');
  const [oldRows, newRows] = [b.old.map((l) => changedRow('o', l, style)).join(''), b.new.map((l) => changedRow('n', l, style)).join('')];
  // A paragraph's two versions are two columns that each flow on (their line breaks differ); other lines pair row by row.
  const rows =
    b.kind === 'prose'
      ? `<div class="b p"><div class="bo">${oldRows}</div><div class="bn">${newRows}</div></div>`
      : `<div class="b">${oldRows}${newRows}</div>`;
  if (!b.rewrapped) return rows;
  return `<details class="rw"><summary>Rewrapped only: same words, new line breaks (old ${span(b.old)}, new ${span(b.new)})</summary>${rows}</details>`;
}

/** A link to a heading in one revision, or plain text for the top of the excerpt. */
function headingLink(links: RenderLinks, revision: string, heading: Heading | null): string {
  if (!heading) return '<i>top of the excerpt</i>';
  return `<a href="${escapeHtml(links.revision(revision, heading.slug))}">${escapeHtml(heading.text)}</a>`;
}

function sectionLinks(model: DiffModel, links: RenderLinks, old: Heading | null, neu: Heading | null): string {
  const left = headingLink(links, model.from.revision, old);
  if (old?.text === neu?.text && old?.slug === neu?.slug && old && neu)
    return `${left} <span class="rv">(<a href="${escapeHtml(links.revision(model.to.revision, neu.slug))}">in ${escapeHtml(model.to.revision)}</a>)</span>`;
  return `${left} &rarr; ${headingLink(links, model.to.revision, neu)}`;
}

function hunk(model: DiffModel, h: ModelHunk, links: RenderLinks, index: number, spans: readonly HunkSpan[], linked: boolean): string {
  const fn = h.context ? ` <code class="fn">${escapeHtml(h.context)}</code>` : '';
  const title =
    `<h3 class="hh" id="${h.id}t"><a class="hn" href="#${h.id}" aria-label="Change #${index + 1}" title="${escapeHtml(h.header)}">#${index + 1}</a> ` +
    `<a href="#o${h.old.start}">Line ${h.old.start}</a> / <a href="#n${h.new.start}">Line ${h.new.start}</a>${fn}` +
    ` <span class="hs">in ${sectionLinks(model, links, h.section.old, h.section.new)}</span></h3>`;
  // From a folded paragraph on, counters may miss its rows: the numbers are written out.
  const folded = h.blocks.findIndex((b) => b.kind !== 'context' && b.rewrapped);
  const style = (k: number): NumberStyle => (linked ? 'linked' : folded >= 0 && k >= folded ? 'numbered' : 'counted');
  // Linked rows: one tab stop per hunk, its first line number; arrow keys move between the others (src/scripts/diff-lines.ts).
  const rows = h.blocks.map((b, k) => block(b, style(k))).join('').replace(' tabindex="-1"', '');
  const range = `${h.old.start} ${h.old.count} ${h.new.start} ${h.new.count}`;
  const more = moreButtons(spans, index, model.from.firstLine, model.from.lines, true);
  return `<section class="hunk" id="${h.id}" aria-labelledby="${h.id}t" data-range="${range}">${title}${more.above}<div class="rows" style="${rowsCounters(h.old.start, h.new.start)}">${rows}</div>${more.below}</section>`;
}

const KIND_LABEL: Record<SectionEntry['kind'], string> = { changed: 'Changed', added: 'Added', removed: 'Removed', renamed: 'Renamed' };

function summaryEntry(model: DiffModel, e: SectionEntry, links: RenderLinks): string {
  const name =
    e.kind === 'added' ? headingLink(links, model.to.revision, e.new)
    : e.kind === 'removed' ? headingLink(links, model.from.revision, e.old)
    : sectionLinks(model, links, e.old, e.new);
  const hunks = e.hunks.map((k) => `<a href="#${model.hunks[k]!.id}" aria-label="Change #${k + 1}">#${k + 1}</a>`).join(' ');
  return `<li class="${e.kind}"><span class="k">${KIND_LABEL[e.kind]}</span> ${name}${hunks ? ` <span class="hl">${hunks}</span>` : ''}</li>`;
}

/** The list of sections touched, each linking to its hunks. */
export function renderSummary(model: DiffModel, links: RenderLinks): string {
  if (model.sections.length === 0) return '';
  return `<nav class="dsum" aria-label="Sections changed"><h2>Sections</h2><ul>${model.sections.map((e) => summaryEntry(model, e, links)).join('')}</ul></nav>`;
}

/**
 * All hunks, or a "no differences" note. Line numbers are `linked` (each a link to itself) for markup made in the
 * browser; a prebuilt page's carry only ids, and its start-up script links them (see render-rows.ts).
 */
export function renderHunks(model: DiffModel, links: RenderLinks, linked = false): string {
  if (model.hunks.length === 0)
    return `<p class="same" role="status">No differences: ${escapeHtml(model.from.revision)} and ${escapeHtml(model.to.revision)} have the same text.</p>`;
  const { from, to } = model;
  // What the page script needs to show more context: where each revision's text is and which lines it has.
  const data = `data-old="${escapeHtml(links.raw(from.revision))} ${from.firstLine} ${from.lines}" data-new="${escapeHtml(links.raw(to.revision))} ${to.firstLine} ${to.lines}"`;
  const spans = model.hunks.map((h): HunkSpan => ({ o: [h.old.start, h.old.count], n: [h.new.start, h.new.count] }));
  return `<div class="hunks" ${data}>${model.hunks.map((h, k) => hunk(model, h, links, k, spans, linked)).join('')}</div>`;
}

/** Summary and hunks together: the body of a diff page (`linked`: see renderHunks). */
export function renderDiff(model: DiffModel, links: RenderLinks, linked = false): string {
  return renderSummary(model, links) + renderHunks(model, links, linked);
}

const revisionMeta = (label: string, r: DiffModel['from'], links: RenderLinks) =>
  `<div><dt>${label}</dt><dd><a href="${escapeHtml(links.revision(r.revision))}">${escapeHtml(r.revision)}</a>, ` +
  `<time datetime="${escapeHtml(r.date)}">${escapeHtml(formatDate(r.date))}</time>` +
  // What the source doesn't say is left out, not shown as "unknown".
  `${r.author === null ? '' : `, ${escapeHtml(r.author)}`}${r.log === null ? '' : `: ${escapeHtml(r.log)}`}</dd></div>`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 words removed, 5 added in paragraphs; 2 lines removed, 9 added; 1 line moved", leaving out what is zero. */
function countsText(c: ChangeCounts): string {
  const pair = (removed: number, added: number, word: string, where = '') =>
    removed + added === 0
      ? null
      : `<span class="sdel">${plural(removed, word)} removed</span>, <span class="sins">${added} added</span>${where}`;
  const parts = [
    pair(c.words.removed, c.words.added, 'word', ' in paragraphs'),
    pair(c.lines.removed, c.lines.added, 'line'),
    c.moved ? `<span class="smv">${plural(c.moved, 'line')} moved</span>` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'only line breaks';
}

/** Title, both revisions' metadata, counts, and the links around the diff (previous, next, .diff, history). */
export function renderPairHeader(model: DiffModel, links: RenderLinks, around: DiffNeighbours): string {
  const { from, to } = model;
  const title = `<h2 class="dtitle">Changes from ${escapeHtml(from.revision)} to ${escapeHtml(to.revision)}</h2>`;
  const meta = `<dl class="dmeta">${revisionMeta('From', from, links)}${revisionMeta('To', to, links)}</dl>`;
  const stats = model.identical
    ? ''
    : `<p class="dstat">${plural(model.hunks.length, 'change')}: ${countsText(model.counts)}.</p>`;
  const nav = [
    around.previous && `<li><a rel="prev" href="${escapeHtml(links.diff(...around.previous))}">&larr; Previous diff (${escapeHtml(around.previous[0])} &rarr; ${escapeHtml(around.previous[1])})</a></li>`,
    around.next && `<li><a rel="next" href="${escapeHtml(links.diff(...around.next))}">Next diff (${escapeHtml(around.next[0])} &rarr; ${escapeHtml(around.next[1])}) &rarr;</a></li>`,
    `<li><a href="${escapeHtml(links.diffFile(from.revision, to.revision))}" download type="text/x-diff">Download .diff</a></li>`,
    `<li><a href="${escapeHtml(links.history())}">Compare other revisions</a></li>`,
  ].filter(Boolean);
  const excerpt =
    from.firstLine === 1 && to.firstLine === 1
      ? ''
      : `<p class="dnote">Excerpt: lines are numbered as on the page (from ${from.firstLine} and ${to.firstLine}), in the .diff too.</p>`;
  return `${title}${meta}${stats}<nav class="page-nav dnav" aria-label="Diff navigation"><ul>${nav.join('')}</ul></nav>${excerpt}`;
}
