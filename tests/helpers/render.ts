/** Renders markdown through the site's pipeline the way the content loader does, for tests. */
import { renderPage, type RenderedRevision } from '../../src/loaders/render-page.ts';
import { createRenderer, type RenderOutput } from '../../src/markdown/render.ts';
import type { MissingLine, Revision } from '../../src/schemas/revision.ts';
import type { WikiSite } from '../../src/markdown/wiki-site.ts';

export const site: WikiSite = { pages: ['ports/xen/howto'], upstream: 'https://wiki.example.org', templates: new Map() };

export const render = createRenderer(site);

/** Renders each revision of one page (oldest first) as the loader does: gaps filled, headings collected, aliases added. */
export function renderRevisions(revisions: Revision[]): Promise<RenderedRevision[]> {
  return renderPage(revisions, render);
}

/** Renders markdown as revision `revision` of `page`, starting at page line `firstLine`. */
export function renderMarkdown(markdown: string, context: { page?: string; revision?: string; firstLine?: number; missing?: MissingLine[] } = {}): Promise<RenderOutput> {
  const { page = 'ports/xen/howto', revision = '1.1', firstLine = 1, missing = [] } = context;
  return render({ page, revision, firstLine, missing, markdown });
}

/** Renders loose markdown as if it were page `page`, revision 1, starting at line 1. */
export async function renderSnippet(markdown: string, page = 'ports/xen/howto'): Promise<string> {
  return (await renderMarkdown(markdown, { page })).html;
}
