/** Our code-block highlighter against Astro's own (rehypeShiki) as the oracle: the same HTML for every kind of block. */
import { readFileSync } from 'node:fs';
import { rehypeShiki } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkDetectLanguage, shikiConfig } from '../../../src/markdown/highlight-config.ts';
import rehypeHighlightCode from '../../../src/markdown/rehype-highlight-code.ts';

const html = async (markdown: string, highlighter: typeof rehypeHighlightCode | typeof rehypeShiki) =>
  String(await unified().use(remarkParse).use(remarkDetectLanguage).use(remarkRehype).use(highlighter as Plugin<[typeof shikiConfig]>, shikiConfig).use(rehypeStringify).process(markdown));

const CASES: Record<string, string> = {
  'a kernel configuration, its language detected': '    options XEN\n    pseudo-device xenevt\n',
  'a fenced block with its language and meta': '```sh title="x"\nxl create /usr/pkg/etc/xen/domu\n```\n',
  'a language Shiki has not (plain text, with a warning)': '```no-such-language\nsome text\n```\n',
  'math, left as written': '```math\na^2\n```\n',
  'a block inside a list item': '1. item\n\n        xl list\n',
  'no code block': 'Just *text*.\n',
  'entities and markup in the code': '```html\n<a href="x">&amp;</a>\n```\n',
};

describe('rehype-highlight-code', () => {
  for (const [name, markdown] of Object.entries(CASES)) {
    it(`gives what Astro's highlighter gives: ${name}`, async () => {
      const ours = await html(markdown, rehypeHighlightCode);
      expect(ours).toBe(await html(markdown, rehypeShiki));
      if (markdown.includes('options XEN')) expect(ours).toContain('<pre class="shiki');
    });
  }

  it("gives what Astro's highlighter gives for every code block of the HowTo's revisions", async () => {
    for (const revision of ['1.51', '1.52']) {
      // The body, after the revision's front matter.
      const markdown = readFileSync(`content/ports/xen/howto/${revision}.mdwn`, 'utf8').split(/^---$/m).slice(2).join('---');
      const ours = await html(markdown, rehypeHighlightCode);
      const plain = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(markdown));
      const blocks = plain.match(/<pre>/g)?.length ?? 0;
      expect(blocks).toBeGreaterThanOrEqual(3);
      expect(ours.match(/<pre class="shiki/g)?.length).toBe(blocks);
      expect(ours).toBe(await html(markdown, rehypeShiki));
    }
  });
});
