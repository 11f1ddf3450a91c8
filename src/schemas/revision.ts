/** The shape every revision source (content files, RCS/CVS, git) yields, before and after validation. */

/** A page line whose text is not in our source; the body keeps its place with the line `[[!missing]]`. */
export interface MissingLine {
  /** Page line number (as on the real page). */
  line: number;
  /** What the line was, as far as the source tells. */
  what: string;
  /** What the renderer substitutes so the structure around it still parses (default: an empty line). */
  standIn?: string;
}

/** The marker a body carries in place of a missing line. */
export const MISSING_LINE = '[[!missing]]';

export interface Revision {
  /** The wiki path of the page, without extension: `ports/xen/howto`. */
  page: string;
  /** The revision id: `1.51` for CVS/RCS and hand-written files, a short hash for git. */
  revision: string;
  /** Commit time, ISO 8601 in UTC (`2014-12-26T23:36:34Z`). */
  date: string;
  author: string | null;
  log: string | null;
  /** Page line number of the body's first line; 1 unless the body is an excerpt. */
  firstLine: number;
  missing: MissingLine[];
  /** The wiki source (markdown with ikiwiki directives), ending in a newline unless the page does not. */
  body: string;
  /** `removed` for a page deleted in this revision (CVS `dead` state, git deletion). */
  state: 'present' | 'removed';
  /** Where this revision came from, for error messages: a file path, `path,v@1.3`, `repo:hash`. */
  origin: string;
}
