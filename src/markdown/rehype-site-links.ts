/** Points links as the wiki resolves them: relative and site-absolute paths land on our page, or on the upstream wiki. */
import type { Element, Root } from 'hast';
import { eachElement } from './hast-walk.ts';
import type { VFile } from 'vfile';
import { renderContextOf } from './render-context.ts';
import { resolveHref, type PageIndex } from './wiki-links.ts';

export default function rehypeSiteLinks(index: PageIndex) {
  return (tree: Root, file: VFile) => {
    const page = renderContextOf(file)?.page ?? '';
    eachElement(tree, (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string') node.properties.href = resolveHref(href, page, index);
    });
  };
}
