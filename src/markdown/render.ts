/** Renders one revision's markdown to HTML with the site's pipeline; the revision's context goes in as vfile data. */
import { rehypeShiki } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { shikiConfig } from './highlight-config.ts';
import { markdownPipeline } from './pipeline.ts';
import { preprocess } from './preprocess.ts';
import { emptyFindings, type RenderContext, type RenderFindings } from './render-context.ts';
import { pageEnvironment } from './wiki-fragment.ts';
import { indexPages } from './wiki-links.ts';
import type { WikiSite } from './wiki-site.ts';

export interface RenderInput extends RenderContext {
  /** The markdown as parsed: the body with its missing lines replaced by their stand-ins. */
  markdown: string;
}

export interface RenderOutput extends RenderFindings {
  html: string;
}

export type RenderRevision = (input: RenderInput) => Promise<RenderOutput>;

/** A renderer for the site's revisions of the wiki `site`. */
export function createRenderer(site: WikiSite): RenderRevision {
  const index = indexPages(site);
  const { remarkPlugins, rehypePlugins } = markdownPipeline(index);
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    // Shiki runs before raw HTML is parsed and sanitized, as in Astro's own pipeline: its token styles pass the sanitizer.
    .use(rehypeShiki, shikiConfig)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  return async ({ markdown, ...context }) => {
    const findings = emptyFindings();
    // ikiwiki expands directives and links before markdown sees the text; line numbers stay the page's.
    const env = pageEnvironment({ page: context.page, index, templates: site.templates, findings });
    const { text, slots } = preprocess(markdown, env, context.firstLine);
    const file = new VFile({ value: text, data: { wiki: context, wikiFindings: findings, wikiSlots: slots } });
    const html = String(await processor.process(file));
    return { html, ...findings };
  };
}
