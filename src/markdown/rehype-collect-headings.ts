/** Records each heading as rendered (level, text, id, page line), so the loader needs no second parse. */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from './outline.ts';
import { renderContextOf } from './render-context.ts';

/** Where the collected headings travel back to the caller: Astro returns the front matter it rendered with. */
export function collectedHeadings(frontmatter: Record<string, unknown> | undefined): Heading[] {
  return (frontmatter?.headings as Heading[] | undefined) ?? [];
}

/** Runs after rehype-slug and before anything adds to the headings' text. */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const lineBase = renderContextOf(file)?.lineBase ?? 0;
    const headings: Heading[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = headingRank(node);
      if (!depth || typeof node.properties.id !== 'string') return;
      const line = (node.position?.start.line ?? 1) + lineBase;
      headings.push({ depth: depth as Heading['depth'], text: toString(node), slug: node.properties.id, line });
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).headings = headings;
  };
}
