/** The rows of a diff: line numbers that are anchors, text with word marks, moved-line links (shared by the renderer and the page script that shows more context). */
import { escapeHtml } from '../utils/ascii-html.ts';
import type { ContextRow, ModelLine } from './types.ts';
import type { Segment } from './words.ts';

const tag = (kind: Segment['kind'], text: string) =>
  kind === 'removed' ? `<del>${escapeHtml(text)}</del>` : kind === 'added' ? `<ins>${escapeHtml(text)}</ins>` : escapeHtml(text);

/** The text cell of a line: word highlights, the missing-line note, the no-newline mark. */
function text(line: { text: string; segments?: Segment[]; missing?: string; noNewline?: true }, hidden = false): string {
  const body = line.segments ? line.segments.map((s) => tag(s.kind, s.text)).join('') : escapeHtml(line.text);
  const miss = line.missing === undefined ? '' : ` title="Not in our source: ${escapeHtml(line.missing)}"`;
  const eol = line.noNewline ? '<span class="ne">No newline at end of file</span>' : '';
  const classes = `t${hidden ? ' t2' : ''}${line.missing === undefined ? '' : ' m'}`;
  return `<span class="${classes}"${miss}${hidden ? ' aria-hidden="true"' : ''}>${body}${eol}</span>`;
}

/**
 * How a row's line numbers are written. A line number is its own anchor, `o750` (old side) or `n750` (new side).
 * `counted`, a prebuilt page's: only the id, which is what a link to the line needs without JavaScript; diff.css
 * draws the number from counters that each hunk's `.rows` starts (an href, a tabindex and the digits on every line
 * would weigh a sixth of the page), and the start-up script makes each a link (src/scripts/diff-boot.ts).
 * `numbered`: the digits written out, where counters cannot follow (after a folded paragraph, whose hidden rows
 * may count for nothing). `linked`, rows made in the browser: each a link to itself, out of the tab order (the hunk's
 * first is its one tab stop). Its accessible name ("Removed line 750") takes its first words from diff.css.
 */
export type NumberStyle = 'counted' | 'numbered' | 'linked';

const number = (side: 'o' | 'n', n: number, style: NumberStyle) =>
  style === 'linked' ? `<a id="${side}${n}" href="#${side}${n}" tabindex="-1">${n}</a>`
  : style === 'numbered' ? `<a id="${side}${n}">${n}</a>`
  : `<a id="${side}${n}"></a>`;

/** A hunk's `.rows` style: the counters diff.css draws `counted` numbers from (each row adds one before drawing). */
export const rowsCounters = (oldStart: number, newStart: number): string => `counter-reset:o ${oldStart - 1} n ${newStart - 1}`;

export const contextRow = (r: ContextRow, style: NumberStyle = 'counted'): string =>
  `<div class="r c">${number('o', r.o, style)}${number('n', r.n, style)}${text(r)}${text(r, true)}</div>`;

/** The link from a moved line to its other place. */
const movedLink = (side: 'o' | 'n', line: ModelLine) =>
  side === 'o'
    ? `<a class="mvl" href="#n${line.moved}">moved to new line ${line.moved}</a>`
    : `<a class="mvl" href="#o${line.moved}">moved from old line ${line.moved}</a>`;

export function changedRow(side: 'o' | 'n', line: ModelLine, style: NumberStyle = 'counted'): string {
  const kind = side === 'o' ? 'd' : 'i';
  if (line.moved === undefined) return `<div class="r ${kind}">${number(side, line.n, style)}${text(line)}</div>`;
  return `<div class="r ${kind} mv">${number(side, line.n, style)}<span class="t">${escapeHtml(line.text)} ${movedLink(side, line)}</span></div>`;
}
