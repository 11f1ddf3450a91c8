/**
 * The sitemap of a built folder (`sitemap-index.xml`, `sitemap-<n>.xml`), written from the files themselves so that an
 * incremental build, where Astro renders only some pages, still lists every page. Lists canonical URLs only.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, pagePathOf } from './output-files.ts';

/** The sitemaps protocol allows 50,000 URLs a file. */
const PER_FILE = 45_000;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The URL path of every page of `dir`. */
const pagePaths = (dir: string): string[] => [...filesUnder(dir)].flatMap((file) => pagePathOf(file) ?? []);

/** Whether the page at `path` names another URL as canonical (an alias such as `/<page>/r/<newest>/`). */
function isAlias(dir: string, path: string): boolean {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  // Quoted or not: the finishing step unquotes attribute values where HTML allows (compact-html.ts).
  const canonical = /<link rel="?canonical"? href=(?:"([^"]+)"|([^\s>]+))/.exec(html)?.slice(1).find((v) => v !== undefined);
  return canonical !== undefined && new URL(canonical).pathname !== path;
}

/**
 * Writes the sitemap of `dir` for the site at `siteUrl`; `maybeAliases` are the URL paths that may name another
 * canonical URL (only they are read). `pages`, the URL paths of its pages when the caller has just listed them,
 * saves walking the folder. Returns the number of URLs listed.
 */
export function writeSitemap(dir: string, siteUrl: string, maybeAliases: Iterable<string>, pages?: Iterable<string>): number {
  const aliases = new Set([...maybeAliases].filter((path) => existsSync(join(dir, path, 'index.html')) && isAlias(dir, path)));
  const paths = [...(pages ?? pagePaths(dir))].filter((path) => !aliases.has(path)).sort();
  const base = siteUrl.replace(/\/+$/, '');
  const files: string[] = [];
  for (let i = 0; i * PER_FILE < Math.max(paths.length, 1); i++) {
    const urls = paths.slice(i * PER_FILE, (i + 1) * PER_FILE).map((path) => `<url><loc>${xmlText(base + encodeURI(path))}</loc></url>`);
    writeFileSync(join(dir, `sitemap-${i}.xml`), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`);
    files.push(`<sitemap><loc>${xmlText(`${base}/sitemap-${i}.xml`)}</loc></sitemap>`);
  }
  writeFileSync(join(dir, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.join('')}</sitemapindex>\n`);
  return paths.length;
}
