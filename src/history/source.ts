/** The one entry point for the site's loader: the real wiki history from CVS or git, configured by env. */
import { resolve } from 'node:path';
import { MAX_BODY_BYTES, type Revision } from '../schemas/revision.ts';
import { cvsStamp, readCvsHistory } from './cvs.ts';
import { readGitHistory } from './git.ts';
import { listCvsPages, listGitPages } from './module-pages.ts';
import { newestCommits } from './git/stamps.ts';
import { normalizePage, pageFile } from './page.ts';
import type { RevisionProgress, SourceResult } from './types.ts';
import { listCvsFiles, listGitFiles, type WikiFiles } from './module-files.ts';

/** `pages` null: every page of the module (or the one page of a single `,v` file). */
export type HistoryConfig =
  | { kind: 'cvs'; root: string; pages: string[] | null }
  | { kind: 'git'; repo: string; pages: string[] | null };

export interface HistoryResult {
  /** Grouped by page in the order of `config.pages`, each page oldest first. */
  revisions: Revision[];
  /** Things the maintainer should know (Latin-1 pages, vendor branches…); never fatal. */
  warnings: string[];
}

export interface HistoryProgress {
  page: string;
  /** 1-based position of the page among `pageCount` pages. */
  pageIndex: number;
  pageCount: number;
  /** Revisions of this page rebuilt so far, of `total`. */
  done: number;
  total: number;
}

export type HistoryProgressCallback = (progress: HistoryProgress) => void;

/** Progress is reported every this many revisions of a page, and when a page is complete. */
export const PROGRESS_EVERY = 50;

/** The page read when WIKI_PAGES is not set. */
export const DEFAULT_PAGES: readonly string[] = ['ports/xen/howto'];

/** The pages a configuration reads: the ones named, else every page of the module. */
export async function historyPages(config: HistoryConfig): Promise<string[]> {
  if (config.pages !== null) return [...new Set(config.pages.map(normalizePage))];
  if (config.kind === 'git') return listGitPages(config.repo);
  const all = await listCvsPages(config.root);
  return all.length > 0 ? all : [...DEFAULT_PAGES];
}

/** The module's files that are not pages, with the text of data files (see module-files.ts); undefined when unknown. */
export async function historyFiles(config: HistoryConfig): Promise<WikiFiles | undefined> {
  return config.kind === 'cvs' ? listCvsFiles(config.root) : listGitFiles(config.repo);
}

/**
 * A function giving what identifies a page's history without reading it: it changes with every commit to the
 * page (a `,v` file's stat; a git path's newest commit, all found in one pass over the log when first asked).
 */
export function historyStamps(config: HistoryConfig): (page: string) => Promise<string | null> {
  if (config.kind === 'cvs') return (page) => cvsStamp(config.root, normalizePage(page));
  let commits: Promise<Map<string, string>> | undefined;
  return async (page) => (await (commits ??= newestCommits(config.repo))).get(pageFile(normalizePage(page))) ?? null;
}

/** One page's revisions, oldest first, with the warnings reading it gave. */
export async function readHistoryPage(config: HistoryConfig, page: string, progress?: RevisionProgress): Promise<SourceResult> {
  const result = config.kind === 'cvs' ? await readCvsHistory(config.root, [page], progress) : await readGitHistory(config.repo, [page], progress);
  for (const revision of result.revisions) checkBodySize(revision);
  return result;
}

export async function loadHistory(config: HistoryConfig, onProgress?: HistoryProgressCallback): Promise<HistoryResult> {
  const pages = await historyPages(config);
  const result: HistoryResult = { revisions: [], warnings: [] };
  for (const [i, page] of pages.entries()) {
    const progress = (p: string, done: number, total: number): void => {
      if (done % PROGRESS_EVERY === 0 || done === total) onProgress?.({ page: p, pageIndex: i + 1, pageCount: pages.length, done, total });
    };
    // One page at a time keeps the grouping and the progress simple; pages are independent files.
    const one = await readHistoryPage(config, page, progress);
    result.revisions.push(...one.revisions);
    result.warnings.push(...one.warnings);
  }
  return result;
}

/** The same size limit as for content files: past it a page's per-line views grow too slow and too big. */
function checkBodySize({ origin, body }: Revision): void {
  const size = Buffer.byteLength(body);
  if (size > MAX_BODY_BYTES) throw new Error(`${origin}: body: ${(size / 2 ** 20).toFixed(1)} MiB is over the limit of ${MAX_BODY_BYTES / 2 ** 20} MiB per revision`);
}

/**
 * The history source from `WIKI_SOURCE` (`cvs:<module dir or ,v file>` or `git:<repository>`) and
 * `WIKI_PAGES` (comma- or space-separated page ids; unset: every page of the module); null when
 * `WIKI_SOURCE` is unset or empty, meaning: build from the revision files in `content/`.
 */
export function historyConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): HistoryConfig | null {
  const source = env.WIKI_SOURCE?.trim() ?? '';
  if (source === '') return null;
  const m = /^(cvs|git):(.+)$/.exec(source);
  if (!m) throw new Error(`WIKI_SOURCE=${JSON.stringify(source)}: expected cvs:<path to a CVS module dir or ,v file> or git:<path to a git repository>`);
  const pagesVar = env.WIKI_PAGES?.trim() ?? '';
  const pages = pagesVar === '' ? null : pagesVar.split(/[\s,]+/).filter((p) => p !== '').map((p) => {
    try {
      return normalizePage(p);
    } catch (e) {
      throw new Error(`WIKI_PAGES: ${(e as Error).message}`);
    }
  });
  if (pages !== null && pages.length === 0) throw new Error(`WIKI_PAGES=${JSON.stringify(pagesVar)}: expected page ids like ports/xen/howto`);
  const path = resolve(m[2]!);
  return m[1] === 'cvs' ? { kind: 'cvs', root: path, pages } : { kind: 'git', repo: path, pages };
}
