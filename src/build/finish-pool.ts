/**
 * Finishes pages (finish-html.ts) on a worker thread while the calling thread goes on: Astro renders the next page
 * while the last one is finished, so the pass costs the build almost nothing on a machine with a core to spare.
 */
import { Worker } from 'node:worker_threads';

export interface FinishPool {
  /**
   * The page's HTML (UTF-8) finished; rejects with an error naming `page` if it could not be. Bytes go both ways,
   * moved, not copied.
   */
  finish(html: Uint8Array<ArrayBuffer>, page: string): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

/** A page is a few hundred KB at most: the worker's heap holds one with room to spare. */
const WORKER_HEAP_MIB = 128;

/** `workerUrl` is finish-worker.ts: given, as a bundle that includes this module is not where the source is. */
export function createFinishPool(workerUrl: URL): FinishPool {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { page: string; resolve: (html: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();
  /** A worker that failed takes its pages with it; the next page starts a new one. */
  const failed = (gone: Worker, message: string) => {
    if (worker !== gone) return;
    worker = undefined;
    for (const job of pending.values()) job.reject(new Error(`${job.page}: ${message}`));
    pending.clear();
  };
  const start = (): Worker => {
    const started = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB } });
    started.on('message', ({ id, html, error }: { id: number; html?: Uint8Array<ArrayBuffer>; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      if (error !== undefined) job.reject(new Error(`${job.page}: ${error}`));
      else job.resolve(html!);
      // Idle, the worker must not keep the process alive: nothing closes the pool when Astro is done.
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error: Error) => failed(started, error.message));
    started.on('exit', (code) => failed(started, `the page-finishing worker stopped (exit code ${code})`));
    return started;
  };
  return {
    finish(html, page) {
      const running = (worker ??= start());
      running.ref();
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { page, resolve, reject });
        running.postMessage({ id, html }, [html.buffer]);
      });
    },
    async close() {
      await worker?.terminate();
    },
  };
}
