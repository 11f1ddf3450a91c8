/** Site settings that come from the environment, read in one place. */
import { readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { historyConfigFromEnv } from './history/source.ts';

/** Where links to wiki pages we don't have go. */
export const upstream = process.env.WIKI_UPSTREAM ?? 'https://wiki.netbsd.org';

/** The site's own address, for absolute links in feeds. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/** How many revisions the recent-changes page and feed list. */
export const RECENT_LIMIT = 100;

/** The cvsweb of the wiki's CVS module, for links to each revision, diff and annotate. */
export const cvsweb = process.env.WIKI_CVSWEB ?? 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc';

/**
 * Where the search box sends readers without JavaScript: a URL whose query parameters go along as hidden fields,
 * the words as `q`; by default a web search of the upstream wiki, as ikiwiki's own google form does.
 */
export const upstreamSearch = process.env.WIKI_SEARCH ?? `https://www.google.com/search?sitesearch=${new URL(upstream).host}`;

/** The folders of hand-written revision files: `content`, or a list separated by the platform's path delimiter. */
export const contentDirs = (process.env.WIKI_CONTENT_DIR ?? 'content').split(delimiter).filter(Boolean);

/** Wiki paths of the pages the site builds: WIKI_PAGES with a history source, else the content folders' pages. */
export function sitePages(): string[] {
  const history = historyConfigFromEnv();
  return history ? history.pages : contentPages();
}

/** Wiki paths of the pages in the content folders: every folder that holds a `.mdwn` file. */
export function contentPages(roots = contentDirs): string[] {
  return [...new Set(roots.flatMap(pagesIn))].sort();
}

function pagesIn(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, path: string[]) => {
    const names = readdirSync(dir);
    if (path.length > 0 && names.some((n) => n.endsWith('.mdwn'))) pages.push(path.join('/'));
    for (const name of names) if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), [...path, name]);
  };
  walk(root, []);
  return pages;
}
