/** Gives every heading of a rendered revision a link to its section's history (`/<page>/sections/#<id>`). */
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderContextOf } from '../markdown/render-context.ts';
import { urls } from '../utils/urls.ts';

/** The heading's own words, without the links other plugins appended to it. */
const isAddedLink = (child: ElementContent) =>
  child.type === 'element' && child.tagName === 'a' && String(child.properties.className ?? '').includes('heading-');

function historyLink(page: string, id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-history'], href: urls.sections(page, id), ariaLabel: `History of section “${title}”` },
    children: [{ type: 'text', value: 'history' }],
  };
}

/** Runs last, after rehype-slug gave ids, so no later plugin rewrites the link; needs the page from the render context. */
export default function rehypeSectionHistoryLinks() {
  return (tree: Root, file: VFile) => {
    const page = renderContextOf(file)?.page;
    if (!page) return;
    visit(tree, 'element', (node: Element) => {
      if (!headingRank(node) || typeof node.properties.id !== 'string') return;
      const title = toString({ type: 'root', children: node.children.filter((c) => !isAddedLink(c)) }).trim();
      // Before the heading's self link, so the `#` stays last where readers know it.
      const at = node.children.findIndex(isAddedLink);
      const added: ElementContent[] = [historyLink(page, node.properties.id, title), { type: 'text', value: ' ' }];
      if (at < 0) node.children.push({ type: 'text', value: ' ' }, ...added.slice(0, 1));
      else node.children.splice(at, 0, ...added);
    });
  };
}
