/** What the markdown plugins need to know about the revision they render; travels as front matter through Astro's renderer. */
import type { VFile } from 'vfile';
import type { MissingLine } from '../schemas/revision.ts';

export interface RenderContext {
  page: string;
  revision: string;
  /** Page line number of markdown line 1 of what the processor parses. */
  lineBase: number;
  missing: MissingLine[];
  /** For each heading slug, the ids the same section had in other revisions. */
  aliases: Record<string, string[]>;
}

/** The markdown the processor parses: the context as front matter (JSON is YAML), then the body. */
export function withRenderContext(body: string, context: Omit<RenderContext, 'lineBase'> & { firstLine: number }): string {
  const { firstLine, ...rest } = context;
  // Astro strips the front matter but keeps the newline after the closing fence: body line 1 is markdown line 2.
  const front: RenderContext = { ...rest, lineBase: firstLine - 1 };
  return `---\n${JSON.stringify({ wiki: front })}\n---\n${body}`;
}

/** The context of the file being rendered, or undefined when markdown is rendered outside a revision. */
export function renderContextOf(file: VFile): RenderContext | undefined {
  const astro = file.data.astro as { frontmatter?: { wiki?: RenderContext } } | undefined;
  return astro?.frontmatter?.wiki;
}
