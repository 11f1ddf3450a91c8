/** Renders markdown through the site's pipeline the way Astro's loader does, for tests. */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { shikiConfig } from '../../src/markdown/highlight-config.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { withRenderContext } from '../../src/markdown/render-context.ts';
import type { Revision } from '../../src/schemas/revision.ts';
import { renderPage, type RenderedRevision } from '../../src/loaders/render-page.ts';

export const targets = { pages: ['ports/xen/howto'], upstream: 'https://wiki.example.org' };

const processor = createMarkdownProcessor({ ...markdownPipeline(targets), shikiConfig, syntaxHighlight: 'shiki' });

/** What LoaderContext.renderMarkdown does: split off the front matter, then render. */
export async function renderMarkdown(content: string): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const { frontmatter, content: body } = parseFrontmatter(content);
  const { code, metadata } = await (await processor).render(body, { frontmatter });
  return { html: code, frontmatter: metadata.frontmatter };
}

/** Renders each revision of one page (oldest first) as the loader does: gaps filled, headings collected, aliases added. */
export function renderRevisions(revisions: Revision[]): Promise<RenderedRevision[]> {
  return renderPage(revisions, async (content) => {
    const { html, frontmatter } = await renderMarkdown(content);
    return { html, metadata: { frontmatter } };
  });
}

/** Renders loose markdown as if it were page `page`, revision 1, starting at line 1. */
export async function renderSnippet(markdown: string, page = 'ports/xen/howto'): Promise<string> {
  const context = { page, revision: '1.1', firstLine: 1, missing: [] };
  return (await renderMarkdown(withRenderContext(markdown, context))).html;
}
