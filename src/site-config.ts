/** Site settings that come from the environment, read in one place. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where links to wiki pages we don't have go. */
export const upstream = process.env.WIKI_UPSTREAM ?? 'https://wiki.netbsd.org';

/** The folder of hand-written revision files. */
export const contentDir = process.env.WIKI_CONTENT_DIR ?? 'content';

/** Wiki paths of the pages in a content folder: every folder that holds a `.mdwn` file. */
export function contentPages(root = contentDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string, path: string[]) => {
    const names = readdirSync(dir);
    if (path.length > 0 && names.some((n) => n.endsWith('.mdwn'))) pages.push(path.join('/'));
    for (const name of names) if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), [...path, name]);
  };
  walk(root, []);
  return pages.sort();
}
