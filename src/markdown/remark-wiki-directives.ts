/** ikiwiki syntax in the page's text: `[[wikilinks]]` become links, `[[!meta title]]` titles the page, other directives show as code. */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { findingsOf, renderContextOf } from './render-context.ts';
import { resolveWikiLink, type LinkTargets } from './wiki-links.ts';

const WIKI = /\[\[(!?)([^\]]+)\]\]/g;
// The table of contents is part of every page already, so the directive itself leaves nothing behind.
const SILENT = new Set(['toc']);

function directive(name: string, args: string, file: VFile): PhrasingContent | null {
  if (SILENT.has(name)) return null;
  if (name === 'meta') {
    const title = /title="([^"]*)"/.exec(args)?.[1];
    if (title) findingsOf(file).title = title;
    return null;
  }
  return { type: 'inlineCode', value: `[[!${name}${args}]]`, data: { hProperties: { className: ['directive'] } } };
}

function expand(text: string, file: VFile, targets: LinkTargets, page: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(WIKI)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, bang, inner] = match as unknown as [string, string, string];
    if (bang) {
      const name = /^[\w-]+/.exec(inner)?.[0] ?? '';
      const node = directive(name, inner.slice(name.length), file);
      if (node) out.push(node);
      continue;
    }
    const [label, target] = inner.includes('|') ? (inner.split('|', 2) as [string, string]) : [inner, inner];
    out.push({ type: 'link', url: resolveWikiLink(target, page, targets), children: [{ type: 'text', value: label.replace(/_/g, ' ') }] });
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** Runs before rehype, on text nodes only, so code blocks and inline code keep `[[...]]` as written. */
export default function remarkWikiDirectives(targets: LinkTargets) {
  return (tree: Root, file: VFile) => {
    const page = renderContextOf(file)?.page ?? '';
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[[')) return;
      const replacement = expand(node.value, file, targets, page);
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
