/** Records each heading as rendered (level, text, id, page line), so the loader needs no second parse. */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ikiwikiAnchors, type Heading } from './outline.ts';
import { pageLineOfPosition } from '../utils/page-lines.ts';
import { findingsOf, renderContextOf } from './render-context.ts';

/** Runs after rehype-slug and before anything adds to the headings' text. */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const firstLine = renderContextOf(file)?.firstLine ?? 1;
    const headings: Heading[] = [];
    const anchors = ikiwikiAnchors();
    visit(tree, 'element', (node: Element) => {
      const depth = headingRank(node);
      if (!depth || typeof node.properties.id !== 'string') return;
      const line = pageLineOfPosition(firstLine, node.position?.start.line ?? 1);
      headings.push({ depth: depth as Heading['depth'], text: toString(node), slug: node.properties.id, line, ikiwikiAnchor: anchors(depth) });
    });
    findingsOf(file).headings = headings;
  };
}
