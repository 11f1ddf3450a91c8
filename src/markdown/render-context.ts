/** What the markdown plugins need to know about the revision they render; travels as front matter through Astro's renderer. */
import type { VFile } from 'vfile';
import type { MissingLine } from '../schemas/revision.ts';

export interface RenderContext {
  page: string;
  revision: string;
  /** Added to a line number of the markdown the processor parses, gives the page's line number. */
  lineBase: number;
  missing: MissingLine[];
}

/** The markdown the processor parses: the context as front matter (JSON is YAML), then the body. */
export function withRenderContext(body: string, revision: Omit<RenderContext, 'lineBase'> & { firstLine: number }): string {
  // Astro strips the front matter but keeps the newline after the closing fence: body line 1 is markdown line 2.
  const front: RenderContext = { page: revision.page, revision: revision.revision, missing: revision.missing, lineBase: revision.firstLine - 2 };
  return `---\n${JSON.stringify({ wiki: front })}\n---\n${body}`;
}

/** The context of the file being rendered, or undefined when markdown is rendered outside a revision. */
export function renderContextOf(file: VFile): RenderContext | undefined {
  const astro = file.data.astro as { frontmatter?: { wiki?: RenderContext } } | undefined;
  return astro?.frontmatter?.wiki;
}
