/** Renders revisions and their pairs' rendered views on worker threads (both are CPU-bound), or in this thread when given none. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderedDiff, type RenderedBlock } from '../diff/rendered.ts';
import { createRenderer, type RenderInput, type RenderOutput, type RenderRevision } from '../markdown/render.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';

/** A job for a worker and what it gives back. */
export type PoolJob = { kind: 'render'; input: RenderInput } | { kind: 'rendered'; oldHtml: string; newHtml: string };
type PoolResult<J extends PoolJob> = J extends { kind: 'render' } ? RenderOutput : RenderedBlock[];

export interface RenderPool {
  render: RenderRevision;
  /** The rendered view of two revisions' HTML (`renderedDiff`). */
  renderedDiff(oldHtml: string, newHtml: string): Promise<RenderedBlock[]>;
  close(): Promise<void>;
}

/** Runs one job in the calling thread: what a worker does with each message. */
export function runJob(render: RenderRevision, job: PoolJob): Promise<RenderOutput | RenderedBlock[]> {
  return job.kind === 'render' ? render(job.input) : Promise.resolve(renderedDiff(job.oldHtml, job.newHtml));
}

/** Each worker's V8 old generation: room for the largest revision a page may have (1 MiB of text) several times over. */
const WORKER_HEAP_MIB = 256;

/** Runs this many jobs in this thread before starting workers: a small site is done before they would be up. */
const LOCAL_FIRST = 24;

/** `threads` defaults to the machine's cores; 0 works in this thread only. */
export function createRenderPool(site: WikiSite, threads = availableParallelism()): RenderPool {
  const local = createRenderer(site);
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
    // A worker's live heap is one revision's work; capped, V8 collects instead of growing with every page rendered.
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: site, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB } });
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
  const run = <J extends PoolJob>(job: J): Promise<PoolResult<J>> => {
    if (threads <= 0 || done++ < LOCAL_FIRST) return runJob(local, job) as Promise<PoolResult<J>>;
    workers ??= start();
    return new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (o: unknown) => void, reject });
      queue.push({ id, job });
      dispatch();
    });
  };
  return {
    render: (input) => run({ kind: 'render', input }),
    renderedDiff: (oldHtml, newHtml) => run({ kind: 'rendered', oldHtml, newHtml }),
    close: async () => {
      await Promise.all((workers ?? []).map((w) => w.terminate()));
    },
  };
}
