/** Worker thread entry of the finishing pool (finish-pool.ts): one page's UTF-8 bytes in, the finished page's (or the error's message) out. */
import { parentPort } from 'node:worker_threads';
import { finishPage } from './finish-html.ts';

parentPort!.on('message', ({ id, html }: { id: number; html: Uint8Array<ArrayBuffer> }) => {
  try {
    const finished = finishPage(html);
    parentPort!.postMessage({ id, html: finished }, [finished.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
