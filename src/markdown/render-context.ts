/** What the markdown plugins know of the revision they render, and what they report back: both travel as vfile data. */
import type { VFile } from 'vfile';
import type { MissingLine } from '../schemas/revision.ts';
import type { Heading } from './outline.ts';

export interface RenderContext {
  page: string;
  revision: string;
  /** Page line number of the markdown's first line. */
  firstLine: number;
  missing: readonly MissingLine[];
}

/** What rendering found out about the revision. */
export interface RenderFindings {
  headings: Heading[];
  /** From `[[!meta title="..."]]`, if the revision has one. */
  title: string | null;
}

declare module 'vfile' {
  interface DataMap {
    wiki: RenderContext;
    wikiFindings: RenderFindings;
  }
}

/** The context of the file being rendered, or undefined when markdown is rendered outside a revision. */
export const renderContextOf = (file: VFile): RenderContext | undefined => file.data.wiki;

/** The findings of the file being rendered, created on first use. */
export const findingsOf = (file: VFile): RenderFindings => (file.data.wikiFindings ??= { headings: [], title: null });
