/** What every history source returns, and how it reports progress. */
import type { Revision } from '../schemas/revision.ts';

export interface SourceResult {
  /** Grouped by page, each page oldest first. */
  revisions: Revision[];
  warnings: string[];
}

/** Told after each revision of a page is rebuilt (or read, for git). */
export type RevisionProgress = (page: string, done: number, total: number) => void;
