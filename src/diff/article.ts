/** Takes a revision page's rendered wiki text (its `article.wiki`) out of the whole page, for the rendered view in the browser. */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { asciiHtml } from '../utils/ascii-html.ts';

/** The article's inner HTML, or null when the page has none (a removed page). */
export function articleHtml(page: string): string | null {
  const article = select('article.wiki', fromHtml(page));
  return article ? asciiHtml(toHtml({ type: 'root', children: article.children })) : null;
}
