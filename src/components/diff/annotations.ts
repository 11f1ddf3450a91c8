/** Annotations of every revision of a page, computed once per build. */
import { annotateAll, type AnnotatedLine } from '../../diff/annotate.ts';
import type { WikiPage } from '../../utils/pages.ts';

const cache = new Map<string, AnnotatedLine[][]>();

/** The annotated lines of revision `index` of `page`. */
export function annotationsOf(page: WikiPage, index: number): AnnotatedLine[] {
  let all = cache.get(page.id);
  if (!all) cache.set(page.id, (all = annotateAll(page.revisions.map((r) => r.data))));
  return all[index]!;
}
