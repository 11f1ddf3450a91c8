/** Tells the reader, at the right block, that a line of the page is missing from our source. */
import type { Emphasis, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { missingNoteText } from '../utils/excerpt-notes.ts';
import { positionOfPageLine } from '../utils/page-lines.ts';
import { renderContextOf } from './render-context.ts';

/** The note's warning sign: in the markup, not in the stylesheet, whose minifier writes it back as a character (ascii-html.ts). */
const sign: Emphasis = { type: 'emphasis', data: { hName: 'span', hProperties: { ariaHidden: 'true' } }, children: [{ type: 'text', value: '\u26A0 ' }] };

function notice(text: string): RootContent {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['missing-text'], role: 'note' } },
    children: [structuredClone(sign), { type: 'text', value: text }],
  };
}

/** Inserts a note after the block that contains a missing line, or before the block that follows it. */
export default function remarkMissingNotices() {
  return (tree: Root, file: VFile) => {
    const context = renderContextOf(file);
    if (!context) return;
    for (const gap of [...context.missing].reverse()) {
      const line = positionOfPageLine(context.firstLine, gap.line);
      const text = missingNoteText(gap.line, gap.what, gap.standIn);
      const index = tree.children.findIndex((node) => (node.position?.end.line ?? 0) >= line);
      if (index < 0) tree.children.push(notice(text));
      else if ((tree.children[index]!.position?.start.line ?? Infinity) <= line) tree.children.splice(index + 1, 0, notice(text));
      else tree.children.splice(index, 0, notice(text));
    }
  };
}
