/**
 * Serializes a page assembled from kept chunk trees (hast-assemble.ts), taking each chunk's HTML from the last
 * revision that had the same chunk on the same page with the same headings and toc. The page plugins change a chunk
 * only there (ids, anchors and history links go on headings, the toc fills its box) and in its links, which depend on
 * the page alone; so a chunk whose headings and toc serialize as before serializes as before.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { asciiHtml } from '../utils/ascii-html.ts';

/** Where a chunk's copy stands in the page's tree: `tree` is the kept tree it was copied from. */
export interface ChunkSpan {
  tree: Root;
  start: number;
  end: number;
}

const OPTIONS = { allowDangerousHtml: true } as const;

const isToc = (node: Element) => Array.isArray(node.properties.className) && node.properties.className.includes('toc');

/** The HTML of every heading and toc box under `nodes`: all the page plugins make of a chunk beyond its links. */
function pageParts(nodes: ReadonlyArray<RootContent | ElementContent>, out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (headingRank(node) || isToc(node)) out.push(toHtml(node, OPTIONS));
    else pageParts(node.children, out);
  }
  return out;
}

/** The whole tree's HTML, as the serializer gives it for a tree with no kept chunks; in ASCII (ascii-html.ts). */
export const pageHtml = (tree: Root): string => asciiHtml(toHtml(tree, OPTIONS));

export type SerializePage = (tree: Root, spans: readonly ChunkSpan[], page: string) => string;

/** A serializer that remembers each kept tree's HTML; `spans` in order, not overlapping. */
export function createChunkSerializer(): SerializePage {
  const kept = new WeakMap<Root, { page: string; parts: string; html: string }>();
  const html = (children: RootContent[]) => pageHtml({ type: 'root', children });
  return (tree, spans, page) => {
    let out = '';
    let at = 0;
    for (const { tree: source, start, end } of spans) {
      out += html(tree.children.slice(at, start));
      const nodes = tree.children.slice(start, end);
      const parts = pageParts(nodes).join('\u0000');
      const before = kept.get(source);
      if (before && before.page === page && before.parts === parts) out += before.html;
      else {
        const written = html(nodes);
        kept.set(source, { page, parts, html: written });
        out += written;
      }
      at = end;
    }
    return out + html(tree.children.slice(at));
  };
}
