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
import { findingsOf, type RenderContext, type RenderFindings } from './render-context.ts';
import type { LinkTargets } from './wiki-links.ts';

export interface RenderInput extends RenderContext {
  /** The markdown as parsed: the body with its missing lines replaced by their stand-ins. */
  markdown: string;
}

export interface RenderOutput extends RenderFindings {
  html: string;
}

export type RenderRevision = (input: RenderInput) => Promise<RenderOutput>;

/** A renderer for the site's revisions; `targets` says which wiki pages the site has. */
export function createRenderer(targets: LinkTargets): RenderRevision {
  const { remarkPlugins, rehypePlugins } = markdownPipeline(targets);
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
    const file = new VFile({ value: markdown, data: { wiki: context } });
    const html = String(await processor.process(file));
    return { html, ...findingsOf(file) };
  };
}
