/** Site settings that come from the environment, read in one place. */
import { delimiter } from 'node:path';

/** Where links to wiki pages we don't have go. */
export const upstream = process.env.WIKI_UPSTREAM ?? 'https://wiki.netbsd.org';

/** The site's own address, for absolute links in feeds. */
export const siteUrl = (process.env.SITE_URL ?? 'https://wiki-history.example').replace(/\/+$/, '');

/** How many revisions the recent-changes page and feed list. */
export const RECENT_LIMIT = 100;

/** The cvsweb of the wiki's CVS module, for links to each revision, diff and annotate. */
export const cvsweb = process.env.WIKI_CVSWEB ?? 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc';

/**
 * Where the search box sends readers without JavaScript: a URL whose query parameters go along as hidden fields,
 * the words as `q`; by default a web search of the upstream wiki, as ikiwiki's own google form does.
 */
export const upstreamSearch = process.env.WIKI_SEARCH ?? `https://www.google.com/search?sitesearch=${new URL(upstream).host}`;

/** The origin the no-script search form posts to: the site's CSP `form-action` allows it. */
export const upstreamSearchOrigin = new URL(upstreamSearch).origin;

/** The folders of hand-written revision files: `content`, or a list separated by the platform's path delimiter. */
export const contentDirs = (process.env.WIKI_CONTENT_DIR ?? 'content').split(delimiter).filter(Boolean);

/** Where computed results (rendered revisions, diffs, history files) are kept between builds. */
export const cacheDir = process.env.WIKI_CACHE_DIR ?? '.cache/wiki';

/** The folder `scripts/build.ts` builds the site into, and an incremental build updates. */
export const outDir = process.env.WIKI_OUT_DIR ?? 'dist';
