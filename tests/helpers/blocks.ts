/** The reading content of rendered HTML as a list of blocks and a list of links, to compare two renderers of the same markdown. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export interface Block {
  kind: string;
  text: string;
}

/** Parts that are ours, not the page's: `#` self links, history links, old ids, notes about missing text, where an error is. */
const OURS = '.heading-link, .heading-history, .heading-alias, .missing-text, .wiki-error-line';

/** What is compared: headings (with level), paragraphs, list items, table cells, code blocks, quotes, images. */
const KINDS = 'h1, h2, h3, h4, h5, h6, p, li, th, td, pre, blockquote, img';

function prune(node: Root | Element, drop: Set<Element>): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && drop.has(child)));
  for (const child of node.children) if (child.type === 'element') prune(child, drop);
}

/** A heading's words made a link to the heading (ours too): the words stay, the link goes. */
function unwrapSelfLinks(root: Element): void {
  for (const heading of selectAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]', root)) {
    heading.children = heading.children.flatMap((c) =>
      c.type === 'element' && c.tagName === 'a' && c.properties.href === `#${String(heading.properties.id)}` ? c.children : [c]);
  }
}

function scoped(html: string, scope: string): Element {
  const root = select(scope, fromHtml(html));
  if (!root) throw new Error(`no ${scope} in the HTML`);
  prune(root, new Set(selectAll(OURS, root)));
  unwrapSelfLinks(root);
  return root;
}

/** The blocks inside `scope`, in document order; code keeps its exact text, the rest is white-space normalized. */
export function blocksOf(html: string, scope: string, kinds = KINDS): Block[] {
  return selectAll(kinds, scoped(html, scope)).map((el) => ({
    kind: el.tagName,
    text: el.tagName === 'pre' ? toString(el).replace(/\n$/, '')
      : el.tagName === 'img' ? `${String(el.properties.src)} ${String(el.properties.alt ?? '')}`
      : toString(el).replace(/\s+/g, ' ').trim(),
  }));
}

export interface Link {
  /** The wiki page (or URL) the link leads to, with its `#anchor`. */
  target: string;
  text: string;
}

/**
 * Every link inside `scope` as a target page and text. `href` resolves against the page's own URL
 * (`/<page>/`); `upstream` hrefs count as the page they name on the wiki.
 */
export function linksOf(html: string, scope: string, page: string, upstream: string): Link[] {
  const base = `https://wiki.invalid/${page}/`;
  return selectAll('a[href], span.selflink', scoped(html, scope)).map((el) => {
    const text = toString(el).replace(/\s+/g, ' ').trim();
    if (el.tagName === 'span') return { target: `${page} (self)`, text };
    const href = String(el.properties.href).replace(upstream, '');
    const url = new URL(href, base);
    if (url.origin !== 'https://wiki.invalid') return { target: url.href, text };
    return { target: `${url.pathname.replace(/^\/|\/$/g, '')}${url.hash}`, text };
  });
}
