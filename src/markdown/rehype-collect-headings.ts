/** Records each heading as rendered (level, text, id, page line), so the loader needs no second parse. */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { eachElement } from './hast-walk.ts';
import { ikiwikiAnchors, type Heading } from './outline.ts';
import { pageLineOfPosition } from '../utils/page-lines.ts';
import { findingsOf, renderContextOf } from './render-context.ts';

/** Runs after rehype-heading-ids and before anything adds to the headings' text. */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const firstLine = renderContextOf(file)?.firstLine ?? 1;
    const headings: Heading[] = [];
    const anchors = ikiwikiAnchors();
    eachElement(tree, (node: Element) => {
      const depth = headingRank(node);
      if (!depth || typeof node.properties.id !== 'string') return;
      const line = pageLineOfPosition(firstLine, node.position?.start.line ?? 1);
      headings.push({ depth: depth as Heading['depth'], text: toString(node), slug: node.properties.id, line, ikiwikiAnchor: anchors(depth) });
    });
    findingsOf(file).headings = headings;
  };
}
