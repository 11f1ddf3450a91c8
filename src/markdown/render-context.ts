/** What the markdown plugins know of the revision they render, and what they report back: both travel as vfile data. */
import type { VFile } from 'vfile';
import type { MissingLine } from '../schemas/revision.ts';
import type { Heading } from './outline.ts';
import type { Slot } from './slot.ts';

export interface RenderContext {
  page: string;
  revision: string;
  /** Page line number of the markdown's first line. */
  firstLine: number;
  missing: readonly MissingLine[];
}

/** Where the page's own `[[!toc]]` stands and what it lists, with ikiwiki's defaults filled in. */
export interface TocRequest {
  levels: number;
  /** 0: from the first heading's level, as ikiwiki does without `startlevel`. */
  startlevel: number;
}

/** What rendering found out about the revision. */
export interface RenderFindings {
  /** Each heading with its id, and `ikiwikiAnchor` (`index1h2`...) as ikiwiki's toc names it. */
  headings: Heading[];
  /** From `[[!meta title="..."]]`, if the revision has one. */
  title: string | null;
  description: string | null;
  author: string | null;
  /** As written in `[[!meta date]]`. */
  date: string | null;
  /** The page's own `[[!toc]]`, if it has one: the site then shows no contents box of its own. */
  toc: TocRequest | null;
  /** From `[[!tag]]` and `[[!taglink]]`, as ikiwiki lists them under the page. */
  tags: string[];
}

/** What the parse of a chunk says about parsing it apart from the rest of the page. */
export interface ChunkCheck {
  /** Nothing runs on past its end: no block reaches its last (blank) line, no raw HTML element is left open. */
  closed: boolean;
  /** It holds what the whole page shares (link definitions, footnotes): the page must be parsed whole. */
  global: boolean;
  /** It has no blocks: the whole page's tree has no line break between it and the next. */
  empty: boolean;
  /** It holds raw HTML, which the whole page's tree is parsed for (as HTML, all of it) if any chunk does. */
  raw: boolean;
}

declare module 'vfile' {
  interface DataMap {
    wiki: RenderContext;
    wikiFindings: RenderFindings;
    /** The expanded directives and links of the text being parsed, by placeholder number. */
    wikiSlots: readonly Slot[];
    /** Whether a chunk of the text parsed apart stands alone (see remark-chunk-check). */
    wikiChunk: ChunkCheck;
    /** Parse the tree as HTML even if it holds no raw HTML: a chunk of a page that does elsewhere. */
    wikiParseRaw: boolean;
  }
}

/** The context of the file being rendered, or undefined when markdown is rendered outside a revision. */
export const renderContextOf = (file: VFile): RenderContext | undefined => file.data.wiki;

export const emptyFindings = (): RenderFindings => ({ headings: [], title: null, description: null, author: null, date: null, toc: null, tags: [] });

/** The findings of the file being rendered, created on first use. */
export const findingsOf = (file: VFile): RenderFindings => (file.data.wikiFindings ??= emptyFindings());
