/** The rows of a diff: line numbers that are anchors, text with word marks, moved-line links (shared by the renderer and the page script that shows more context). */
import type { ContextRow, ModelLine } from './types.ts';
import type { Segment } from './words.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

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
 * A line number that is its own anchor: `o750` (old side) or `n750` (new side). Its accessible name ("Removed
 * line 750") takes its first words from diff.css (`.r > a::before`), which costs far fewer bytes than a label per line.
 */
const number = (side: 'o' | 'n', n: number) => `<a id="${side}${n}" href="#${side}${n}" tabindex="-1">${n}</a>`;

export const contextRow = (r: ContextRow): string =>
  `<div class="r c">${number('o', r.o)}${number('n', r.n)}${text(r)}${text(r, true)}</div>`;

/** The link from a moved line to its other place. */
const movedLink = (side: 'o' | 'n', line: ModelLine) =>
  side === 'o'
    ? `<a class="mvl" href="#n${line.moved}">moved to new line ${line.moved}</a>`
    : `<a class="mvl" href="#o${line.moved}">moved from old line ${line.moved}</a>`;

export function changedRow(side: 'o' | 'n', line: ModelLine): string {
  if (line.moved === undefined)
    return `<div class="r ${side === 'o' ? 'd' : 'i'}">${number(side, line.n)}${text(line)}</div>`;
  return `<div class="r ${side === 'o' ? 'd' : 'i'} mv">${number(side, line.n)}<span class="t">${escapeHtml(line.text)} ${movedLink(side, line)}</span></div>`;
}

