/** Renders revisions on several worker threads (the markdown pipeline is CPU-bound), or in this thread when given none. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRenderer, type RenderInput, type RenderOutput, type RenderRevision } from '../markdown/render.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';

export interface RenderPool {
  render: RenderRevision;
  close(): Promise<void>;
}

/** Renders this many revisions in this thread before starting workers: a small site is done before they would be up. */
const LOCAL_FIRST = 24;

/** `threads` defaults to the machine's cores; 0 renders in this thread only. */
export function createRenderPool(site: WikiSite, threads = availableParallelism()): RenderPool {
  const local = createRenderer(site);
  if (threads <= 0) return { render: local, close: async () => {} };
  let workers: Worker[] | undefined;
  let rendered = 0;
  const pending = new Map<number, { resolve: (o: RenderOutput) => void; reject: (e: Error) => void }>();
  const idle: Worker[] = [];
  const queue: Array<{ id: number; input: RenderInput }> = [];
  let next = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift());
  };
  const start = () => Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: site });
    worker.on('message', ({ id, output, error }: { id: number; output?: RenderOutput; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(output!);
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
  return {
    render: (input) => {
      if (rendered++ < LOCAL_FIRST) return local(input);
      workers ??= start();
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        queue.push({ id, input });
        dispatch();
      });
    },
    close: async () => {
      await Promise.all((workers ?? []).map((w) => w.terminate()));
    },
  };
}
