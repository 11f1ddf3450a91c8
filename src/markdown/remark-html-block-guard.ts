/**
 * An HTML block that opens with `<script>`, `<style>`, `<pre>`, `<textarea>` or `<!--` and never meets its
 * end runs, in CommonMark, to the end of the page, turning every later paragraph into raw HTML. Here it
 * ends at its first blank line, and the rest is parsed as markdown again, so what follows still renders.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

// CommonMark's HTML block kinds 1-5: their start, and the end they wait for.
const KINDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Moves every position in `tree` down by `lines` lines and `offset` characters. */
function shift(tree: Nodes, lines: number, offset: number): void {
  visit(tree, (node) => {
    const p = node.position;
    if (!p) return;
    p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
  });
}

export default function remarkHtmlBlockGuard() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined || parent.type === 'paragraph' || parent.type === 'heading') return;
      const kind = KINDS.find(([start]) => start.test(node.value));
      if (!kind) return;
      const firstLineEnd = node.value.indexOf('\n');
      const afterStart = firstLineEnd < 0 ? '' : node.value.slice(firstLineEnd);
      const blank = node.value.search(/\n[ \t]*\n/);
      // Closed on its first line, or closed before a blank line: a block as its author meant it.
      if (blank < 0 || kind[1].test(node.value.slice(0, blank)) || (kind[1].test(node.value.split('\n')[0]!) && afterStart === '')) return;
      const rest = node.value.slice(blank);
      node.value = node.value.slice(0, blank);
      const parsed = fromMarkdown(rest, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
      const start = node.position?.start;
      if (start) shift(parsed, start.line - 1 + (node.value.match(/\n/g)?.length ?? 0), (start.offset ?? 0) + blank);
      if (node.position) node.position.end = { line: (start?.line ?? 1) + (node.value.match(/\n/g)?.length ?? 0), column: 1, offset: (start?.offset ?? 0) + blank };
      parent.children.splice(index + 1, 0, ...(parsed.children as RootContent[]));
      return index + 1;
    });
  };
}
