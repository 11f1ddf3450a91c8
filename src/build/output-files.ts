/** The files of a built folder, and which of them are pages: one walk that the finishing pass, the update in place and the sitemap share. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (links included, as files), as paths relative to it. */
export function* filesUnder(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* filesUnder(dir, path);
    else yield path;
  }
}

/** The URL path of a page file (`a/b/index.html` → `/a/b/`), or null for any other file. */
export const pagePathOf = (file: string): string | null => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : null);
