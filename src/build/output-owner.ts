/** Which unit of an incremental build wrote an output file, read from its path; files of no unit are site-wide. */
import { pageUnit, pairUnit, revisionUnit } from './build-units.ts';

/** Folder names a page's own outputs use under the page's path: a page named so under another page would share its paths. */
const PAGE_SEGMENTS = new Set(['r', 'diff', 'annotate', 'history', 'sections', 'source', 'history.json', 'history.atom']);

/** Page → its revisions' names. */
export type PageRevisions = ReadonlyMap<string, ReadonlySet<string>>;

/** Whether some page's path lies where another page's outputs go (`foo/r`, `foo/diff`): then owners are ambiguous. */
export function pathsOverlap(pages: PageRevisions): boolean {
  for (const page of pages.keys()) {
    const segments = page.split('/');
    for (let k = 1; k < segments.length; k++) {
      if (pages.has(segments.slice(0, k).join('/')) && PAGE_SEGMENTS.has(segments[k]!)) return true;
    }
  }
  return false;
}

/** The unit `path` (relative, `/`-separated) belongs to, or null for a site-wide file or one of no current unit. */
export function ownerOf(path: string, pages: PageRevisions): string | null {
  const segments = path.split('/');
  for (let k = segments.length - 1; k >= 1; k--) {
    const page = segments.slice(0, k).join('/');
    const revisions = pages.get(page);
    if (!revisions) continue;
    const [first, second] = [segments[k], segments[k + 1]];
    const rest = segments.length - k;
    if (first === 'r' && second !== undefined) {
      const revision = rest === 2 && second.endsWith('.mdwn') ? second.slice(0, -'.mdwn'.length) : second;
      return revisions.has(revision) ? revisionUnit(page, revision) : null;
    }
    if (first === 'annotate' && second !== undefined && rest >= 3) return revisions.has(second) ? revisionUnit(page, second) : null;
    if (first === 'diff' && second !== undefined && second !== 'index.html') {
      const [from, to, extra] = (rest === 2 && second.endsWith('.diff') ? second.slice(0, -'.diff'.length) : second).split('..');
      return from !== undefined && to !== undefined && extra === undefined && revisions.has(from) && revisions.has(to) ? pairUnit(page, from, to) : null;
    }
    return pageUnit(page);
  }
  return null;
}
