/**
 * Renders revisions and their pairs' rendered views on worker threads (both are CPU-bound), or in this thread when
 * given none, into the content cache. Work goes in batches of one page's revisions in order: a worker parses only what
 * changed from one revision to the next (render.ts keeps the chunks) and each revision's HTML once for the pairs
 * either side.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
// Types only: the renderer and the views load where they run (the workers, or this thread for a small site), so a
// large site's main thread starts its workers without loading them first.
import type { RenderFindings } from '../markdown/render-context.ts';
import type { RenderInput, RenderRevision } from '../markdown/render.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';
import type { ContentCache } from './cache.ts';
import type { PoolJob, PoolResult, runJob } from './render-job.ts';

/** What each worker starts from. */
export interface PoolSetup {
  site: WikiSite;
  /** The content cache's folder, where every job's results go. */
  cacheDir: string;
}

export interface RenderPool {
  /** Jobs that run at once: batches split further than this keep nobody busier. */
  lanes: number;
  /**
   * Renders revisions of one page, oldest first, in one thread, each one's HTML and findings kept under its key (`html`,
   * `findings`), and the view of each pair of consecutive ones that `views` names a key for (`rendered`; see PoolJob).
   */
  render(inputs: RenderInput[], keys: string[], views: Array<string | null>): Promise<RenderFindings[]>;
  /** The rendered view of each consecutive pair of revisions (`renderedDiffs`), from their HTML files (`PoolJob`), kept under the pair's key (`rendered`). */
  renderedDiffs(htmlFiles: Array<string | null>, keys: string[]): Promise<void>;
  /**
   * Starts the workers now if a page of `revisions` revisions would send work to them: they load their modules (half a
   * second) while this thread makes the page's inputs, 0.2 s of 300 revisions of a 1,000-line page (bench/RESULTS.md, round 11).
   */
  warm(revisions: number): void;
  close(): Promise<void>;
}

/** Each worker's V8 old generation: room for the largest revision a page may have (1 MiB of text) several times over. */
const WORKER_HEAP_MIB = 256;

/** Renders this many revisions (or pairs) in this thread before starting workers: a small site is done before they would be up. */
const LOCAL_FIRST = 24;
/** Sites of more pages start with the workers: one large page's first batch would take this thread past LOCAL_FIRST anyway. */
const LOCAL_PAGES = 8;

const size = (job: PoolJob): number => (job.kind === 'render' ? job.inputs.length : job.htmlFiles.length - 1);

/** `threads` defaults to the machine's cores; 0 works in this thread only. */
export function createRenderPool(site: WikiSite, cache: ContentCache, threads = availableParallelism()): RenderPool {
  const localFirst = (site.built ?? site.pages).length <= LOCAL_PAGES;
  // Made on first use: a large site renders on the workers only, and this thread need not load the highlighter too.
  let local: Promise<{ render: RenderRevision; runJob: typeof runJob }> | undefined;
  let workers: Worker[] | undefined;
  let done = 0;
  const pending = new Map<number, { resolve: (o: unknown) => void; reject: (e: Error) => void }>();
  const idle: Worker[] = [];
  const queue: Array<{ id: number; job: PoolJob }> = [];
  let next = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift());
  };
  const start = () => Array.from({ length: threads }, () => {
    // A worker's live heap is one batch's work; capped, V8 collects instead of growing with every page rendered.
    const setup: PoolSetup = { site, cacheDir: cache.dir };
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB } });
    worker.on('message', ({ id, output, error }: { id: number; output?: unknown; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(output);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error: Error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });
  // A batch that would take this thread past LOCAL_FIRST goes to the workers: this thread has the page's diffs to do.
  // Once they are up, so does every later one: this thread would load the renderer for the few views left over.
  const stayHere = (count: number) => threads <= 0 || (localFirst && workers === undefined && done + count <= LOCAL_FIRST);
  const run = <J extends PoolJob>(job: J): Promise<PoolResult<J>> => {
    if (stayHere(size(job))) {
      done += size(job);
      local ??= Promise.all([import('../markdown/render.ts'), import('./render-job.ts')]).then(([m, j]) => ({ render: m.createRenderer(site), runJob: j.runJob }));
      return local.then(({ render, runJob }) => runJob(render, cache, job));
    }
    workers ??= start();
    return new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (o: unknown) => void, reject });
      queue.push({ id, job });
      dispatch();
    });
  };
  return {
    lanes: Math.max(1, threads),
    render: (inputs, keys, views) => run({ kind: 'render', inputs, keys, views }),
    renderedDiffs: async (htmlFiles, keys) => void (await run({ kind: 'rendered', htmlFiles, keys })),
    warm: (revisions) => {
      if (!stayHere(revisions)) workers ??= start();
    },
    close: async () => {
      await Promise.all((workers ?? []).map((w) => w.terminate()));
    },
  };
}
