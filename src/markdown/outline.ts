/** The headings of a wiki page's markdown, with GitHub-style slugs and page line numbers. */
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { Heading as MdastHeading, Nodes } from 'mdast';
import { pageLineOfPosition } from '../utils/page-lines.ts';

export interface Heading {
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  /** The id rehype-heading-ids gives the heading on the rendered page. */
  slug: string;
  /** Page line number of the heading's first line. */
  line: number;
  /** The name ikiwiki's toc gives the heading: `index<N>h<level>`, N counting headings of that level (always set by outline() and the renderer). */
  ikiwikiAnchor?: string;
}

/** Lists the headings of `markdown` (already gap-filled), numbering lines from `firstLine`. */
export function outline(markdown: string, firstLine = 1): Heading[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const anchors = ikiwikiAnchors();
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = toString(node as MdastHeading);
      const start = node.position?.start.line ?? 1;
      headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: pageLineOfPosition(firstLine, start), ikiwikiAnchor: anchors(node.depth) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return headings;
}

/** Names headings in document order as ikiwiki's toc does: `index1h1`, `index1h2`, `index2h1`... */
export function ikiwikiAnchors(): (level: number) => string {
  const counts = new Map<number, number>();
  return (level) => {
    const n = (counts.get(level) ?? 0) + 1;
    counts.set(level, n);
    return `index${n}h${level}`;
  };
}
