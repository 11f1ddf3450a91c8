/** Gives every heading without an id a GitHub-style one (github-slugger, unique across the page), as rehype-slug does. */
import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { eachElement } from './hast-walk.ts';

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugs = new GithubSlugger();
    eachElement(tree, (node) => {
      if (headingRank(node) && !node.properties.id) node.properties.id = slugs.slug(toString(node));
    });
  };
}
