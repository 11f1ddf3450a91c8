/** Annotate (blame): for each line of a revision, the revision that last changed it. */
import { pageLineAt } from '../utils/page-lines.ts';
import { diffLines, type LineDiff } from './line-diff.ts';

export interface AnnotateInput {
  revision: string;
  body: string;
  firstLine: number;
}

export interface AnnotatedLine {
  /** Page line number in this revision. */
  line: number;
  text: string;
  /** Revision that introduced the line as it reads now; for the oldest one, "this or earlier". */
  revision: string;
  /** Index of that revision in the list given (0 = oldest known). */
  index: number;
  /** Page line number the line had in that revision (where its diff shows it added). */
  introducedAt: number;
}

/**
 * The annotation of revision `k` from that of revision `k - 1` (`previous`, empty for the first)
 * and the diff between them: unchanged lines keep their origin, inserted lines start here.
 */
export function annotateNext(previous: readonly AnnotatedLine[], diff: LineDiff, revisions: readonly Pick<AnnotateInput, 'revision' | 'firstLine'>[], k: number): AnnotatedLine[] {
  const rev = revisions[k]!;
  const next: AnnotatedLine[] = [];
  const keep = (i: number, j: number) => next.push({ ...previous[i]!, line: pageLineAt(rev.firstLine, j) });
  let i = 0;
  let j = 0;
  for (const change of diff.changes) {
    for (; j < change.line1; i++, j++) keep(i, j);
    for (let n = 0; n < change.inserted; n++, j++) next.push({ line: pageLineAt(rev.firstLine, j), text: diff.new.lines[j]!, revision: rev.revision, index: k, introducedAt: pageLineAt(rev.firstLine, j) });
    i += change.deleted;
  }
  for (; j < diff.new.lines.length; i++, j++) keep(i, j);
  return next;
}

/**
 * Walks the revisions oldest → newest, carrying each unchanged line's origin through every line diff;
 * `diffTo(k)` may give the diff from revision k - 1 to k when it is already computed.
 */
export function annotateAll(revisions: readonly AnnotateInput[], diffTo: (k: number) => LineDiff = (k) => diffLines(revisions[k - 1]!.body, revisions[k]!.body)): AnnotatedLine[][] {
  const result: AnnotatedLine[][] = [];
  revisions.forEach((rev, k) => result.push(annotateNext(result[k - 1] ?? [], k === 0 ? diffLines('', rev.body) : diffTo(k), revisions, k)));
  return result;
}

/** The annotation of one revision (the last of `revisions`, which must run oldest first). */
export function annotate(revisions: readonly AnnotateInput[]): AnnotatedLine[] {
  return annotateAll(revisions).at(-1) ?? [];
}
