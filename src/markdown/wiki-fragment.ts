/** Renders a piece of wiki text (a table cell, a template value, a filled template) to HTML, as ikiwiki's preprocess + htmlize. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { preprocess, type PreprocessEnv } from './preprocess.ts';
import remarkWikiDirectives, { asHtml, restore } from './remark-wiki-directives.ts';
import remarkMailtoAutolinks from './discount/remark-mailto-autolinks.ts';
import remarkDiscountLists from './discount/remark-discount-lists.ts';
import rehypeDiscountTightItems from './discount/rehype-discount-tight-items.ts';

// Raw HTML passes through untouched: the page's own pipeline parses and sanitizes it with everything else.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDiscountLists)
  .use(remarkWikiDirectives)
  .use(remarkMailtoAutolinks)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeDiscountTightItems)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** One line with no character markdown, HTML or ikiwiki gives a meaning to (and no leading indent or list marker). */
const PLAIN = /^(?! {4}|\t|[ \t]*(?:[-+*]\s|\d+[.)]\s|#))[^\n\\`*_[\]<>&!|~#:]*$/;

/** Environment for the directives of one page; `html` renders nested wiki text with the same environment. */
export function pageEnvironment(base: Omit<PreprocessEnv, 'html' | 'rawHtml'>): PreprocessEnv {
  const env: PreprocessEnv = {
    ...base,
    html: (text, depth, htmlize = true) => {
      // Most table cells and template values are plain words on one line: markdown would return them as they are.
      if (htmlize && PLAIN.test(text)) return text;
      const { text: markdown, slots } = preprocess(text, env, 1, depth);
      const file = new VFile({ value: markdown, data: { wikiSlots: slots } });
      const html = String(processor.processSync(file));
      // ikiwiki's htmlize strips the paragraph markdown puts around a value written on one line.
      return htmlize && !text.includes('\n') ? html.replace(/^<p>/i, '').replace(/<\/p>\n*$/i, '') : html;
    },
    rawHtml: (text, depth) => {
      const { text: markup, slots } = preprocess(text, env, 1, depth);
      return restore(markup, slots, asHtml).replace(/\n\uE002/g, '');
    },
  };
  return env;
}
