/** Where a link goes: ikiwiki's bestlink among the wiki's pages, then a page of ours or the same page upstream. */
import { linkPageName, unescapePageName } from './page-title.ts';
import type { WikiSite } from './wiki-site.ts';

/** The site's pages indexed for lookups by exact and by lower-cased id. */
export interface PageIndex {
  site: WikiSite;
  /** Pages and files together, as ikiwiki's bestlink looks among both. */
  exact: ReadonlySet<string>;
  lower: ReadonlyMap<string, string>;
  built: ReadonlySet<string>;
}

export function indexPages(site: WikiSite): PageIndex {
  const names = [...site.pages, ...(site.files?.keys() ?? [])];
  const lower = new Map<string, string>();
  for (const name of names) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name);
  return { site, exact: new Set(names), lower, built: new Set(site.built ?? site.pages) };
}

/** ikiwiki's isinlinableimage: a link to such a file shows the image. */
export const isInlinableImage = (name: string): boolean => /\.(png|gif|jpg|jpeg|svg)$/i.test(name);

/** The URL of a wiki file that is not a page: files are not copied, the upstream wiki serves them. */
export const fileHref = (file: string, index: PageIndex): string => `${index.site.upstream.replace(/\/+$/, '')}/${trimSlashes(file)}`;

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** ikiwiki's bestlink: the page's own subpages first, then each parent level up to the root; exact case, then any case. */
export function bestlink(from: string, link: string, index: PageIndex): string | null {
  let cwd = link.startsWith('/') ? '' : from;
  const name = link.replace(/^\/+/, '').replace(/\/$/, '');
  for (;;) {
    const candidate = cwd ? `${cwd}/${name}` : name;
    if (index.exact.has(candidate)) return candidate;
    const folded = index.lower.get(candidate.toLowerCase());
    if (folded) return folded;
    if (!cwd) return null;
    cwd = cwd.includes('/') ? cwd.slice(0, cwd.lastIndexOf('/')) : '';
  }
}

/** The href of wiki page `page`: ours if the site builds it, else upstream. */
export function pageHref(page: string, index: PageIndex, anchor: string | null = null): string {
  const hash = anchor ? `#${anchor}` : '';
  const path = page ? `/${page}/` : '/';
  return index.built.has(page) ? `${path}${hash}` : `${index.site.upstream.replace(/\/+$/, '')}${path}${hash}`;
}

/** What a `[[wikilink]]` becomes, as ikiwiki's htmllink decides. */
export type ResolvedLink =
  | { kind: 'link'; href: string; text: string }
  /** A link to an image file: ikiwiki shows the image, its alt text the link's text. */
  | { kind: 'image'; src: string; alt: string }
  /** A link to the page itself, without anchor: ikiwiki prints its text, unlinked. */
  | { kind: 'self'; text: string };

const EXTERNAL = /^(?:[^:]+:\/\/|mailto:)|^.+@.+\..+$/i;

/** Resolves `[[text|target#anchor]]` written on page `from`. */
export function resolveWikiLink(link: { text: string | null; target: string; anchor: string | null }, from: string, index: PageIndex): ResolvedLink {
  const { target, anchor } = link;
  const full = anchor === null ? target : `${target}#${anchor}`;
  if (EXTERNAL.test(full)) {
    const href = /^(?:[^:]+:\/\/|mailto:)/i.test(full) ? full : `mailto:${full}`;
    return { kind: 'link', href, text: link.text ?? full.replace(/^mailto:([^?]+).*/i, '$1') };
  }
  const name = linkPageName(target).replace(/\/$/, '');
  const text = link.text === null ? unescapePageName(name.split('/').at(-1) ?? name) : unescapePageName(link.text);
  const found = bestlink(from, name, index);
  if (found === from && anchor === null) return { kind: 'self', text };
  const files = index.site.files;
  if (found !== null && files?.has(found)) {
    return isInlinableImage(found) ? { kind: 'image', src: fileHref(found, index), alt: text } : { kind: 'link', href: fileHref(found, index), text };
  }
  // Without a list of the wiki's files, an image is taken to be the page's own attachment (where bestlink looks first), as [[!img]] does.
  if (found === null && files === undefined && isInlinableImage(name)) {
    return { kind: 'image', src: fileHref(name.startsWith('/') || name.includes('/') ? name : `${from}/${name}`, index), alt: text };
  }
  return { kind: 'link', href: pageHref(found ?? guessPage(from, name), index, anchor), text };
}

/**
 * A page the site doesn't know: a path with a slash is taken from the root (where ikiwiki
 * finds such pages in practice), a bare name as a sibling of the linking page.
 */
function guessPage(from: string, name: string): string {
  if (name.startsWith('/') || name.includes('/')) return trimSlashes(name);
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  return dir ? `${dir}/${name}` : name;
}

/** Rewrites an href as the wiki would resolve it from page `from`: site-absolute and relative paths land on our page or upstream. */
export function resolveHref(href: string, from: string, index: PageIndex): string {
  if (href === '' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const url = new URL(href, `https://wiki.invalid/${from ? `${from}/` : ''}`);
  const absolute = href.startsWith('/') ? href : `${url.pathname}${url.search}${url.hash}`;
  const parts = trimSlashes(url.pathname).split('/');
  // Ours if the path is a page we build or something under one (its revisions, its diffs...).
  const ours = parts[0] === '' || parts.some((_, i) => index.built.has(parts.slice(0, i + 1).join('/')));
  return ours ? absolute : `${index.site.upstream.replace(/\/+$/, '')}${absolute}`;
}
