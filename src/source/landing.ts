/** Which computed view an address that isn't prebuilt asks for: an older revision's annotate or source view. */
import { matchPath } from '../utils/path-match.ts';

export interface OlderViewRequest {
  kind: 'annotate' | 'source';
  page: string;
  revision: string;
}

const VIEW = /^\/(.+?)\/(?:annotate\/([^/]+)|r\/([^/]+)\/source)(?:\/|\/index\.html)?$/;

/** `/ports/xen/howto/annotate/1.51/` → annotate of 1.51; `/ports/xen/howto/r/1.51/source/` → its source; else null. */
export function olderViewOf(pathname: string): OlderViewRequest | null {
  const match = matchPath(pathname, VIEW);
  if (!match) return null;
  const [, page, annotated, sourced] = match as unknown as [string, string, string | undefined, string | undefined];
  return annotated !== undefined ? { kind: 'annotate', page, revision: annotated } : { kind: 'source', page, revision: sourced! };
}
