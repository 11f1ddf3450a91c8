/** Worker thread entry of the finishing pool (finish-pool.ts): one page's HTML in, the finished page (or the error's message) out. */
import { parentPort } from 'node:worker_threads';
import { finishHtml } from './finish-html.ts';

parentPort!.on('message', ({ id, html }: { id: number; html: string }) => {
  try {
    parentPort!.postMessage({ id, html: finishHtml(html) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
