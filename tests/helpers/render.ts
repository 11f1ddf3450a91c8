/** Renders markdown through the site's pipeline the way the prepare step and the pages do, for tests. */
import { insertHeadingAliases } from '../../src/markdown/heading-alias-html.ts';
import { fillMissingLines } from '../../src/markdown/missing-lines.ts';
import { createRenderer, type RenderOutput } from '../../src/markdown/render.ts';
import type { MissingLine, Revision } from '../../src/schemas/revision.ts';
import type { WikiSite } from '../../src/markdown/wiki-site.ts';
import { headingAliases } from '../../src/utils/heading-aliases.ts';

export const site: WikiSite = { pages: ['ports/xen/howto'], upstream: 'https://wiki.example.org', templates: new Map() };

export const render = createRenderer(site);

export interface RenderedRevision extends RenderOutput {
  revision: Revision;
  /** The markdown as parsed: the body with its missing lines replaced by their stand-ins. */
  markdown: string;
  /** Each heading's slug → the slugs its section has in the other revisions. */
  aliases: Record<string, string[]>;
}

/** Renders each revision of one page (oldest first): gaps filled, headings collected, old ids of renamed sections added. */
export async function renderRevisions(revisions: Revision[]): Promise<RenderedRevision[]> {
  const rendered = await Promise.all(
    revisions.map(async (revision) => {
      const { page, firstLine, missing } = revision;
      const markdown = fillMissingLines(revision.body, firstLine, missing);
      return { revision, markdown, ...(await render({ page, revision: revision.revision, firstLine, missing, markdown })) };
    }),
  );
  const aliases = headingAliases(rendered.map((r) => r.headings));
  return rendered.map((r, i) => {
    const own = Object.fromEntries(aliases[i]!);
    return { ...r, aliases: own, html: insertHeadingAliases(r.html, own) };
  });
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
