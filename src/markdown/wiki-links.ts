/** Where a wiki link goes: a page this site has, or the same page on the upstream wiki. */

export interface LinkTargets {
  /** Wiki paths of the pages this site builds, such as `ports/xen/howto`. */
  pages: readonly string[];
  /** The upstream wiki, such as `https://wiki.netbsd.org`. */
  upstream: string;
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** Rewrites a site-absolute href to the upstream wiki unless it names a page of ours (or something under it). */
export function resolveHref(href: string, targets: LinkTargets): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const path = trimSlashes(href.split(/[?#]/)[0]!);
  const ours = path === '' || targets.pages.some((page) => path === page || path.startsWith(`${page}/`));
  return ours ? href : `${targets.upstream.replace(/\/+$/, '')}${href}`;
}

/**
 * Resolves an ikiwiki `[[link]]` written on page `from` the way ikiwiki's bestlink searches:
 * from the page's own subpages up to the root; among those, the first page we have wins,
 * else the sibling (the usual meaning) on the upstream wiki.
 */
export function resolveWikiLink(link: string, from: string, targets: LinkTargets): string {
  const [target, anchor] = link.split('#') as [string, string | undefined];
  const name = trimSlashes(target.trim().replace(/ /g, '_')).toLowerCase();
  const hash = anchor ? `#${anchor}` : '';
  if (target.startsWith('/')) return resolveHref(`/${name}/${hash}`, targets);
  const dirs = from.split('/');
  const candidates = dirs.map((_, i) => [...dirs.slice(0, dirs.length - i), name].join('/')).concat(name);
  const found = candidates.find((path) => targets.pages.includes(path));
  const sibling = [...dirs.slice(0, -1), name].join('/');
  return resolveHref(`/${found ?? sibling}/${hash}`, targets);
}
