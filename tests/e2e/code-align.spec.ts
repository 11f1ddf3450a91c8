/** Code blocks from wiki text with tabs line up on screen: tabs become ikiwiki's spaces and <pre>/<code> share one font. */
import { expect, test } from './fixtures.ts';
import { createRenderer } from '../../src/markdown/render.ts';

const render = createRenderer({ pages: [], upstream: 'https://wiki.example.org', templates: new Map() });

test('a tabbed comment lands in the same column on every line, in highlighted and raw blocks', async ({ page }) => {
  const { html } = await render({
    page: 'ports/xen/howto', revision: '1', firstLine: 1, missing: [],
    markdown: 'Config:\n\n\tabcdefghijkl# one\n\ta\tb\tc\t# two\n\n<pre>\nabcdefghijkl# three\na\tb\tc\t# four\n</pre>\n',
  });
  await page.goto('/ports/xen/howto/r/1.52/');
  const positions = await page.evaluate((markup) => {
    const article = document.querySelector('article.wiki')!;
    article.innerHTML = markup;
    const hashes = (pre: HTMLPreElement) => {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const xs: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          xs.push(Math.round(range.getBoundingClientRect().left * 10) / 10);
        }
      }
      return xs;
    };
    return [...article.querySelectorAll('pre')].map((pre) => {
      const code = pre.querySelector('code');
      return { xs: hashes(pre), pre: getComputedStyle(pre).fontSize, code: code ? getComputedStyle(code).fontSize : null };
    });
  }, html);
  expect(positions).toHaveLength(2);
  for (const block of positions) {
    expect(block.xs).toHaveLength(2);
    expect(block.xs[0]).toBe(block.xs[1]);
    if (block.code) expect(block.code).toBe(block.pre);
  }
});
