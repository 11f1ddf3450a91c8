/** A section's share of the annotate: how many of its lines each revision last changed. */
import type { AnnotatedLine } from '../diff/annotate.ts';

export interface LineOrigin {
  revision: string;
  /** Index among the page's revisions, oldest first (0: the oldest the site has, "this or earlier"). */
  index: number;
  lines: number;
}

/** Revisions that last changed lines `first`..`last` (page lines), newest first. */
export function sectionOrigins(annotated: readonly AnnotatedLine[], first: number, last: number): LineOrigin[] {
  const byIndex = new Map<number, LineOrigin>();
  for (const line of annotated) {
    if (line.line < first || line.line > last) continue;
    const known = byIndex.get(line.index);
    if (known) known.lines++;
    else byIndex.set(line.index, { revision: line.revision, index: line.index, lines: 1 });
  }
  return [...byIndex.values()].sort((a, b) => b.index - a.index);
}
