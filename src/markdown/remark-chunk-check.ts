/**
 * Says whether a chunk's parse (see chunks.ts) is the same as that part of the whole page's: the last block must end
 * before the chunk's closing blank line (an unclosed fence or HTML block runs to the end), every raw HTML element it
 * opens must close in it (the HTML parser would wrap what follows), and it must define nothing the page shares.
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// Elements without an end tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Whether every element the raw HTML pieces open (in order) is closed by them, innermost first. */
export function htmlBalanced(pieces: readonly string[]): boolean {
  const open: string[] = [];
  for (const piece of pieces) {
    for (const [, end, tag, selfClosing] of piece.matchAll(TAG)) {
      const name = tag!.toLowerCase();
      if (VOID.has(name) || selfClosing) continue;
      if (!end) { open.push(name); continue; }
      // An end tag that closes others on its way (`<div><i></div>`) leaves them for the parser to open again after it.
      if (open.at(-1) === name) open.pop();
      else if (open.includes(name)) return false;
    }
  }
  return open.length === 0;
}

export default function remarkChunkCheck() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value).split('\n').length;
    const last = tree.children.at(-1);
    const html: string[] = [];
    let global = false;
    visit(tree, (node) => {
      if (node.type === 'html') html.push((node as Html).value);
      else if (node.type === 'definition' || node.type === 'footnoteDefinition' || node.type === 'footnoteReference') global = true;
    });
    const endsBefore = last === undefined || (last.position !== undefined && last.position.end.line < lines);
    file.data.wikiChunk = { closed: endsBefore && htmlBalanced(html), global, empty: tree.children.length === 0, raw: html.length > 0 };
  };
}
