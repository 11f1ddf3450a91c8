/** Renders markdown pages with the real ikiwiki (Debian package) and the plugins the NetBSD wiki uses for its pages. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** On top of ikiwiki's defaults (mdwn, link, inline...): what the wiki's pages use. */
export const WIKI_PLUGINS = ['meta', 'toc', 'table', 'template', 'format', 'tag', 'htmlscrubber'];

/** Whether ikiwiki can read CSV tables here (they need Text::CSV, Debian's libtext-csv-perl). */
export const ikiwikiHasCsv = (): boolean => spawnSync('perl', ['-MText::CSV', '-e1']).status === 0;

/**
 * Builds each `page id → markdown` (ids may have folders, `templates/<name>` pages are templates)
 * as one wiki with usedirs, as wiki.netbsd.org is built, with `files` (path → bytes) beside the
 * pages; returns the output folder (`<id>/index.html`, `style.css`...). The caller removes `removeIkiwikiBuild(out)`.
 */
export function ikiwikiBuild(pages: Record<string, string>, files: ReadonlyMap<string, Buffer> = new Map()): string {
  const dir = mkdtempSync(join(tmpdir(), 'ikiwiki-'));
  const [src, out] = [join(dir, 'src'), join(dir, 'out')];
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), content);
  };
  for (const [name, markdown] of Object.entries(pages)) write(`${name}.mdwn`, markdown);
  for (const [path, content] of files) write(path, content);
  const plugins = WIKI_PLUGINS.flatMap((plugin) => ['--plugin', plugin]);
  const run = spawnSync('ikiwiki', [...plugins, src, out], { encoding: 'utf8' });
  if (run.status !== 0) {
    removeIkiwikiBuild(out); // the caller gets no `out` to remove
    throw new Error(`ikiwiki failed (${run.status}): ${run.stderr}`);
  }
  return out;
}

/** Removes what `ikiwikiBuild` made (its sources and `out`). */
export const removeIkiwikiBuild = (out: string): void => rmSync(dirname(out), { recursive: true, force: true });

/** Renders pages as `ikiwikiBuild` does; returns each page's HTML. */
export function ikiwikiRender(pages: Record<string, string>, files: ReadonlyMap<string, Buffer> = new Map()): Record<string, string> {
  const out = ikiwikiBuild(pages, files);
  try {
    return Object.fromEntries(Object.keys(pages).map((name) => [name, readFileSync(join(out, name, 'index.html'), 'utf8')]));
  } finally {
    removeIkiwikiBuild(out);
  }
}

export const IKIWIKI_FIXTURES = new URL('../fixtures/ikiwiki/', import.meta.url).pathname;

export interface WikiCase {
  name: string;
  /** The wiki page the case is. */
  page: string;
  markdown: string;
}

/** The fixture cases of tests/fixtures/ikiwiki (see its README). */
export function wikiCases(): WikiCase[] {
  return readdirSync(IKIWIKI_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map(({ name }) => {
      const pageFile = join(IKIWIKI_FIXTURES, name, 'page.txt');
      const page = existsSync(pageFile) ? readFileSync(pageFile, 'utf8').trim() : `ports/xen/${name}`;
      return { name, page, markdown: readFileSync(join(IKIWIKI_FIXTURES, name, 'input.mdwn'), 'utf8') };
    });
}

/** The shared pages of the fixtures' wiki (`_wiki/`), by page id. */
export function wikiContext(): Record<string, string> {
  const root = join(IKIWIKI_FIXTURES, '_wiki');
  const pages: Record<string, string> = {};
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.mdwn')) pages[file.slice(0, -'.mdwn'.length)] = readFileSync(join(root, file), 'utf8');
  }
  return pages;
}

/** The files of the fixtures' wiki (`_wiki/`) that are not pages (images, data files), by path. */
export function wikiFiles(): Map<string, Buffer> {
  const root = join(IKIWIKI_FIXTURES, '_wiki');
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.mdwn')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(root.length + 1), readFileSync(path));
  }
  return files;
}
