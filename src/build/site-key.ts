/** The key of everything every page depends on: code, site settings and the list of pages (a new page changes links everywhere). */
import { hashKey } from '../prepare/cache.ts';
import { codeKey } from '../prepare/code-key.ts';
import { cvsweb, RECENT_LIMIT, siteUrl, upstream, upstreamSearch } from '../site-config.ts';

export function siteKey(pages: readonly string[], root = process.cwd()): string {
  return hashKey('site', codeKey(root), { siteUrl, upstream, cvsweb, upstreamSearch, RECENT_LIMIT }, [...pages].sort());
}
