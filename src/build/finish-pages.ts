/**
 * The build's last step on its output folder: each page written shorter where HTML allows (compact-html.ts), its
 * inline CSS pruned to its own classes, its CSP `<meta>`, and `_headers` for static hosts. Pages are independent,
 * so they are shared out among worker threads, one per core (about 1 ms a page in one thread: a minute at the whole wiki).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { batches } from '../utils/batches.ts';
import { compactHtml } from './compact-html.ts';
import { filesUnder } from './output-files.ts';
import { withPolicy } from './csp.ts';
import { headersFile } from './headers.ts';
import { pruneInlineStyles } from './prune-css.ts';

/** Below this many pages, starting workers (each loads the modules anew) costs more than it saves: 900 pages took 3.4 s on workers, 2.2 s here. */
const WORKERS_FROM = 5_000;

/** Rewrites one page in place: compacted, inline CSS pruned, its policy added. */
export function finishPage(file: string): void {
  try {
    writeFileSync(file, withPolicy(pruneInlineStyles(compactHtml(readFileSync(file, 'utf8')))));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Finishes `files` on a worker thread; resolves when it has finished them all. */
function finishOnWorker(files: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./finish-worker.ts', import.meta.url), { workerData: files });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a page-finishing worker stopped with exit code ${code}`))));
  });
}

export interface FinishOptions {
  /** Worker threads; default one per core. */
  threads?: number;
  /** Fewer pages than this are finished in this thread. */
  workersFrom?: number;
}

/**
 * Rewrites every page of `dir` (see finishPage): a build's own output, which in an incremental build holds only the
 * pages it rendered (the others, finished before, stay in the output it updates). Writes `dir/_headers`; returns
 * the number of pages rewritten.
 */
export async function finishPages(dir: string, { threads = availableParallelism(), workersFrom = WORKERS_FROM }: FinishOptions = {}): Promise<number> {
  const files = [...filesUnder(dir)].filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
  if (threads <= 1 || files.length < workersFrom) files.forEach(finishPage);
  else await Promise.all(batches(files, threads).map(finishOnWorker));
  writeFileSync(join(dir, '_headers'), headersFile());
  return files.length;
}
