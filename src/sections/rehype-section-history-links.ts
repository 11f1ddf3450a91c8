/**
 * Gives every heading of a rendered revision a link to its section's history (`/<page>/sections/#<id>`), after the
 * heading's words. Its visible name, "history", is read with the heading it sits in (WCAG 2.4.4, link purpose in
 * context), so it carries no label of its own: one would also be read into the heading's own accessible name.
 */
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { eachElement } from '../markdown/hast-walk.ts';
import type { VFile } from 'vfile';
import { renderContextOf } from '../markdown/render-context.ts';
import { urls } from '../utils/urls.ts';

/** The `#` link rehype-heading-anchors adds to a heading that cannot be a link itself. */
const isHashLink = (child: ElementContent) =>
  child.type === 'element' && child.tagName === 'a' && String(child.properties.className ?? '').includes('heading-link');

function historyLink(page: string, id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-history'], href: urls.sections(page, id) },
    children: [{ type: 'text', value: 'history' }],
  };
}

/** Runs last, after rehype-heading-ids gave ids, so no later plugin rewrites the link; needs the page from the render context. */
export default function rehypeSectionHistoryLinks() {
  return (tree: Root, file: VFile) => {
    const page = renderContextOf(file)?.page;
    if (!page) return;
    eachElement(tree, (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== 'string') return;
      // Before a `#` link, so the `#` stays last where readers know it.
      const at = node.children.findIndex(isHashLink);
      const added: ElementContent[] = [{ type: 'text', value: ' ' }, historyLink(page, node.properties.id)];
      if (at < 0) node.children.push(...added);
      else node.children.splice(at - 1, 0, ...added);
    });
  };
}
