/**
 * rehype-raw, run only when the tree holds raw HTML: re-parsing a whole page through parse5 is the costliest step, and
 * a tree without raw nodes comes out nearly the same (not quite: a code block's lone line break goes), so a chunk of a
 * page with raw HTML elsewhere is parsed too when `wikiParseRaw` says so.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export const hasRawHtml = (tree: Root): boolean => {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
};

export default function rehypeRawWhenNeeded() {
  return (tree: Root, file: VFile): Root => (file.data.wikiParseRaw || hasRawHtml(tree) ? (raw(tree, { file }) as Root) : tree);
}
