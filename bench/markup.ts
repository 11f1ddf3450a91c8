/**
 * Rendering a 1,000-line page in the wiki's style (directives, wikilinks, tables, templates, tabbed code),
 * next to a bare unified markdown → HTML pipeline on the same text in the same run.
 */
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { createRenderer } from '../src/markdown/render.ts';
import { preprocess } from '../src/markdown/preprocess.ts';
import { emptyFindings } from '../src/markdown/render-context.ts';
import { pageEnvironment } from '../src/markdown/wiki-fragment.ts';
import { indexPages } from '../src/markdown/wiki-links.ts';
import { median, timeMedian } from './stats.ts';
import { syntheticRevisions } from './synthetic-history.ts';

const SECTION = (i: number) => `Section ${i}
----------

A paragraph about [[ports/xen]] and [[Kernel_Configuration]], with *emphasis* and \`code\`,
hard-wrapped over two lines as wiki pages are.

[[!template id=note text="Remember step ${i}."]]

	xpci*	at pci? dev ? function ?	# Xen passthrough
	options 	XEN	# comment ${i}

[[!table data="""
Name | Value
a | [[ports/amd64]]
"""]]

* one item
* two [[items|ports/xen/howto]]

`;

function page(lines: number): string {
  let text = '[[!meta title="Bench"]]\n[[!toc levels=2]]\n\n';
  for (let i = 0; text.split('\n').length < lines; i++) text += SECTION(i);
  return text;
}

export async function benchMarkup(): Promise<void> {
  const markdown = page(1000);
  const site = { pages: ['ports/xen', 'ports/xen/howto', 'Kernel_Configuration', 'ports/amd64'], upstream: 'https://wiki.netbsd.org', templates: new Map<string, string>() };
  // Parsed whole each time: with chunks kept, the same text again would be all cache.
  const render = createRenderer(site, { reuse: false });
  const bare = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).freeze();
  const input = { page: 'ports/xen/howto', revision: '1', firstLine: 1, missing: [], markdown };
  const env = pageEnvironment({ page: 'ports/xen/howto', index: indexPages(site), templates: site.templates, findings: emptyFindings() });
  await render(input);
  const ours = await timeMedian(15, () => render(input));
  const reference = await timeMedian(15, () => bare.process(markdown));
  const pre = await timeMedian(15, () => preprocess(markdown, env));
  console.log('\n## Markup (1,000-line page in the wiki\'s style)');
  console.log(`- site renderer (directives, links, highlighting, sanitizing): median ${ours.toFixed(1)} ms`);
  console.log(`- of which directive/link preprocessing: median ${pre.toFixed(1)} ms`);
  console.log(`- bare unified markdown → HTML, same text: median ${reference.toFixed(1)} ms (ratio ${(ours / reference).toFixed(2)})`);
  await benchSeries(site);
}

/**
 * 60 revisions of a synthetic 1,000-line page rendered in order, as a render worker gets them: each parsed whole,
 * and in chunks whose trees are kept from one revision to the next. Five runs of each, alternating; medians per revision.
 */
async function benchSeries(site: Parameters<typeof createRenderer>[0]): Promise<void> {
  const texts = syntheticRevisions(60, 5, 1000);
  const run = async (reuse: boolean): Promise<number> => {
    const render = createRenderer(site, { reuse });
    const start = performance.now();
    for (const [i, markdown] of texts.entries()) await render({ page: 'ports/xen/howto', revision: `1.${i + 1}`, firstLine: 1, missing: [], markdown });
    return (performance.now() - start) / texts.length;
  };
  await run(true);
  const whole: number[] = [];
  const chunked: number[] = [];
  for (let k = 0; k < 5; k++) {
    whole.push(await run(false));
    chunked.push(await run(true));
  }
  console.log('- 60 revisions of a 1,000-line page, in order, per revision:');
  console.log(`  - each parsed whole: median ${median(whole).toFixed(1)} ms`);
  console.log(`  - parsed in chunks, kept from one revision to the next: median ${median(chunked).toFixed(1)} ms (ratio ${(median(chunked) / median(whole)).toFixed(2)})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMarkup();
