/** Renders the rendered view's blocks: changed ones marked inside, added and removed ones framed and labelled. */
import type { RenderedBlock } from './rendered.ts';

const LABEL = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

const block = (b: RenderedBlock): string =>
  b.kind === 'skip'
    ? `<p class="rskip">${b.count} unchanged block${b.count === 1 ? '' : 's'}</p>`
    : b.kind === 'same'
      ? `<div class="rb">${b.html}</div>`
      : `<div class="rb r${b.kind[0]}"><span class="rk">${LABEL[b.kind]}</span>${b.html}</div>`;

/** The view's body; its HTML comes from the site's own renderer (sanitized), with ids and self-links removed. */
export function renderRenderedView(blocks: readonly RenderedBlock[]): string {
  if (blocks.length === 0) return '<p class="same">No differences in the rendered page.</p>';
  return blocks.map(block).join('');
}
