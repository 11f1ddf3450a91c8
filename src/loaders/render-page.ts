/** Renders all revisions of one page, then gives each heading the ids its section had in the page's other revisions. */
import { insertHeadingAliases } from '../markdown/heading-alias-html.ts';
import { fillMissingLines } from '../markdown/missing-lines.ts';
import type { Heading } from '../markdown/outline.ts';
import type { RenderRevision } from '../markdown/render.ts';
import type { Revision } from '../schemas/revision.ts';
import { headingAliases } from '../utils/heading-aliases.ts';

export interface RenderedRevision {
  revision: Revision;
  /** The markdown as parsed: the body with its missing lines replaced by their stand-ins. */
  markdown: string;
  html: string;
  headings: Heading[];
  aliases: Record<string, string[]>;
  /** From `[[!meta title="..."]]`, if the revision has one. */
  title: string | null;
}

/** `revisions` are one page's, oldest first; a removed revision renders empty and breaks no chain of renames. */
export async function renderPage(revisions: readonly Revision[], render: RenderRevision, onRendered?: () => void): Promise<RenderedRevision[]> {
  const rendered: RenderedRevision[] = [];
  for (const revision of revisions) {
    const { page, firstLine, missing } = revision;
    const markdown = fillMissingLines(revision.body, firstLine, missing);
    const result = revision.state === 'removed'
      ? { html: '', headings: [], title: null }
      : await render({ page, revision: revision.revision, firstLine, missing, markdown });
    rendered.push({ revision, markdown, ...result, aliases: {} });
    onRendered?.();
  }
  const present = rendered.filter((r) => r.revision.state !== 'removed');
  headingAliases(present.map((r) => r.headings)).forEach((aliases, i) => {
    const entry = present[i]!;
    entry.aliases = Object.fromEntries(aliases);
    entry.html = insertHeadingAliases(entry.html, entry.aliases);
  });
  return rendered;
}
