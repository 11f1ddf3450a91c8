/**
 * ikiwiki's toc: names every heading `index<N>h<level>` (N counts headings of that level) and, on a
 * page with `[[!toc]]`, fills the first `div.toc` with the nested list ikiwiki builds and gives each
 * heading that name as an alias, so links copied from the wiki land on their section.
 */
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { eachElement, findElement } from './hast-walk.ts';
import type { VFile } from 'vfile';
import { findingsOf, type TocRequest } from './render-context.ts';

interface Entry { level: number; id: string; text: string }

// Line breaks between items, as in ikiwiki's markup: the list reads as separate entries to text extraction too.
const NEWLINE = (): ElementContent => ({ type: 'text', value: '\n' });

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The list ikiwiki's toc format hook builds, as a tree: one `ol` per level, skipped levels get an empty item. */
export function tocList(entries: readonly Entry[], request: TocRequest): Element | null {
  let startlevel = request.startlevel;
  const root = el('ol', {}, []);
  // stack[i]: the list at depth i and its last item.
  const stack: Array<{ list: Element; item: Element | null }> = [];
  for (const entry of entries) {
    let level = entry.level;
    if (!startlevel) startlevel = level;
    else if (request.startlevel && level < request.startlevel) continue;
    else if (level < startlevel) level = startlevel;
    if (level - startlevel >= request.levels) continue;
    const depth = level - startlevel;
    if (stack.length === 0) stack.push({ list: root, item: null });
    while (stack.length > depth + 1) stack.pop();
    while (stack.length < depth + 1) {
      const parent = stack.at(-1)!;
      if (!parent.item) { parent.item = el('li', { className: [`L${startlevel + stack.length - 1}`] }, []); parent.list.children.push(parent.item); }
      const list = el('ol', {}, []);
      parent.item.children.push(NEWLINE(), list);
      stack.push({ list, item: null });
    }
    const top = stack.at(-1)!;
    top.item = el('li', { className: [`L${level}`] }, [el('a', { href: `#${entry.id}` }, [{ type: 'text', value: entry.text }])]);
    top.list.children.push(NEWLINE(), top.item);
  }
  return root.children.length ? root : null;
}

/** Runs after rehype-collect-headings (which names each heading as ikiwiki does), before anything adds to the headings' text. */
export default function rehypeWikiToc() {
  return (tree: Root, file: VFile) => {
    const findings = findingsOf(file);
    if (!findings.toc) return;
    const byId = new Map(findings.headings.map((h) => [h.slug, h]));
    const entries: Entry[] = [];
    eachElement(tree, (node: Element) => {
      const heading = typeof node.properties.id === 'string' ? byId.get(node.properties.id) : undefined;
      if (!heading || !headingRank(node)) return;
      entries.push({ level: heading.depth, id: heading.slug, text: toString(node) });
      if (heading.ikiwikiAnchor && heading.ikiwikiAnchor !== heading.slug) node.children.unshift(el('span', { id: heading.ikiwikiAnchor, className: ['heading-alias'] }, []));
    });
    const box = findElement(tree, (node) => node.tagName === 'div' && Array.isArray(node.properties.className) && node.properties.className.includes('toc'));
    if (!box) return;
    const list = tocList(entries, findings.toc);
    if (!list) { removeNode(tree, box); return; }
    box.tagName = 'nav';
    box.properties = { className: ['toc', 'wiki-toc'], ariaLabel: 'Table of contents' };
    box.children = [list];
  };
}

/** A toc with no headings to list leaves nothing, not an empty landmark. */
function removeNode(tree: Root, target: Element): void {
  const parent = tree.children.includes(target) ? tree : findElement(tree, (node) => node.children.includes(target));
  parent?.children.splice(parent.children.indexOf(target), 1);
}
