/** Where a diff URL of a pair that isn't prebuilt (reversed, or any two revisions) is computed instead. */
import { matchPath } from '../utils/path-match.ts';
import { urls } from '../utils/urls.ts';

const PAIR = /^\/(.+?)\/diff\/([^/]+?)\.\.([^/]+?)(?:\/|\/index\.html|\.diff)?$/;

/** `/ports/xen/howto/diff/1.52..1.51/` → `/ports/xen/howto/diff/?from=1.52&to=1.51`; null for any other path. */
export function comparisonUrl(pathname: string): string | null {
  const match = matchPath(pathname, PAIR);
  if (!match) return null;
  const [, page, from, to] = match as unknown as [string, string, string, string];
  return `${urls.compare(page)}?${new URLSearchParams({ from, to })}`;
}
