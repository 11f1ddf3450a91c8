/** Runs a job of the history worker (history-worker.ts) in a worker of its own, or in this thread where workers are unavailable. */
import type { HistoryJob } from './history-worker.ts';

/** The job's result, which `accept` recognizes (anything else is the worker's `{ error }`); `here` computes it without a worker. */
export function inWorker<T extends object>(job: HistoryJob, accept: (data: object) => data is T, here: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./history-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      here().then(resolve, reject);
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<object>) => {
      worker.terminate();
      if (accept(event.data)) resolve(event.data);
      else reject(new Error((event.data as { error?: string }).error ?? 'the worker failed'));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the worker failed'));
    });
    worker.postMessage(job);
  });
}
