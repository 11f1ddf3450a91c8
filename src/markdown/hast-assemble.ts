/** Joins the trees of a page's chunks into the tree the whole page parses to, as copies the page plugins may change. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Position } from 'unist';
import type { ChunkSpan } from './chunk-html.ts';

const moved = (position: Position | undefined, lines: number): Position | undefined =>
  position && { start: { ...position.start, line: position.start.line + lines }, end: { ...position.end, line: position.end.line + lines } };

/** A deep copy of `node` with its positions `lines` lines further down; shared values (text, property arrays) are copied, not aliased. */
function copy<T extends RootContent | ElementContent>(node: T, lines: number): T {
  const position = moved(node.position, lines);
  if (node.type !== 'element') return { ...node, ...(position && { position }) };
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) properties[key] = Array.isArray(value) ? [...value] : value;
  const children = node.children.map((child) => copy(child, lines));
  const content = node.content && { ...node.content, children: node.content.children.map((child) => copy(child, lines)) };
  return { ...node, properties, children, ...(content && { content }), ...(position && { position }) };
}

/**
 * One root holding each chunk's blocks in order, a line break between chunks as between any two blocks. `empty` says
 * a chunk had no blocks to begin with; one whose raw HTML came to nothing still had its line break. `spans` say where
 * each chunk's copies stand, for serializing them apart (chunk-html.ts).
 */
export function assemble(chunks: ReadonlyArray<{ tree: Root; line: number; empty: boolean }>): { tree: Root; spans: ChunkSpan[] } {
  const children: RootContent[] = [];
  const spans: ChunkSpan[] = [];
  for (const { tree, line, empty } of chunks) {
    if (empty) continue;
    if (spans.length > 0) children.push({ type: 'text', value: '\n' });
    const start = children.length;
    for (const child of tree.children) children.push(copy(child, line));
    spans.push({ tree, start, end: children.length });
  }
  return { tree: { type: 'root', children }, spans };
}
