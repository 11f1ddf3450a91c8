/**
 * The words of the notes that say a revision is only part of its page: one source for the prebuilt views
 * (ExcerptNote.astro, remark-missing-notices.ts) and the views computed in the browser (source/view-header.ts),
 * so a reader meets the same sentence whichever way the page was made.
 */

/** Which page lines our source has of the revision, and which of them it lacks (each marked where it stood). */
export function excerptNoteText(revision: string, first: number, last: number, gaps: readonly number[]): string {
  const without = gaps.length > 0 ? `, without line${gaps.length > 1 ? 's' : ''} ${gaps.join(', ')}` : '';
  return `Only page lines ${first}–${last} of revision ${revision} are in our source${without}.`;
}

/**
 * What a missing line held, where it stood; `standIn` is the text the renderer took in its place (a heading's
 * underline, say). Says neither the revision nor "missing" twice: the note sits in that revision's text, after a
 * warning sign.
 */
export function missingNoteText(line: number, what: string, standIn?: string): string {
  return `Page line ${line} is not in our source: it held ${what}.${standIn ? ` Read here as "${standIn}".` : ''}`;
}
