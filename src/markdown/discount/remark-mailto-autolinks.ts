/** Discount shows `<mailto:a@b.org>` as "a@b.org", without the scheme, where CommonMark keeps the text as written. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkMailtoAutolinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      const [only] = node.children;
      if (node.children.length === 1 && only?.type === 'text' && /^mailto:/i.test(only.value) && only.value === node.url) only.value = only.value.slice(7);
    });
  };
}
