import { describe, expect, it } from 'vitest';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { hasRawHtml } from '../../../src/markdown/rehype-raw-when-needed.ts';
import { howto } from '../../helpers/content.ts';
import { wikiCases } from '../../helpers/ikiwiki.ts';

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
const hastOf = (markdown: string) => toHast.runSync(toHast.parse(markdown)) as Root;

describe('skipping rehype-raw', () => {
  // Pages without raw HTML: the HowTo revisions and the fixture pages with their directives and HTML lines taken out.
  const documents = [
    ...howto().map((r) => r.body),
    ...wikiCases().map((c) => c.markdown.replace(/\[\[!.*?\]\]/gs, '').replace(/^.*[<>].*$/gm, '')),
  ];

  it('changes nothing where a tree has no raw HTML', () => {
    let compared = 0;
    for (const markdown of documents) {
      const tree = hastOf(markdown);
      if (hasRawHtml(tree)) continue;
      compared++;
      expect(toHtml(raw(structuredClone(tree)) as Root)).toBe(toHtml(tree));
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('sees raw HTML where there is some', () => {
    expect(hasRawHtml(hastOf('Text with <span>HTML</span>.'))).toBe(true);
    expect(hasRawHtml(hastOf('Text without.'))).toBe(false);
  });
});
