/** Points links to wiki pages this site doesn't have at the upstream wiki, so no link is dead. */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { resolveHref, type LinkTargets } from './wiki-links.ts';

export default function rehypeSiteLinks(targets: LinkTargets) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string') node.properties.href = resolveHref(href, targets);
    });
  };
}
