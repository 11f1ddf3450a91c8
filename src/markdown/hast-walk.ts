/**
 * Walks a hast tree's elements in document order, descending into each element's children as they are after its
 * visit (so what a visit adds is walked too), as unist-util-visit does; without its per-node closures, which made the
 * page plugins' walks a quarter of rendering a revision whose chunks were all parsed before.
 */
import type { Element, Root } from 'hast';

/** Calls `visit` on every element under `node`; `false` from it stops the walk. Returns false if stopped. */
export function eachElement(node: Root | Element, visit: (element: Element) => boolean | void): boolean {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'element') continue;
    if (visit(child) === false) return false;
    if (!eachElement(child, visit)) return false;
  }
  return true;
}

/** The first element under `node` that `test` accepts, in document order. */
export function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  eachElement(node, (element) => {
    if (!test(element)) return true;
    found = element;
    return false;
  });
  return found;
}
