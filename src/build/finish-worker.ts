/** Worker thread entry of the finishing pool (finish-pool.ts): one page's HTML in, the finished page (or the error's message) out, as UTF-8 bytes. */
import { parentPort } from 'node:worker_threads';
import { finishHtml } from './finish-html.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

parentPort!.on('message', ({ id, html }: { id: number; html: Uint8Array<ArrayBuffer> }) => {
  try {
    const finished = encoder.encode(finishHtml(decoder.decode(html)));
    parentPort!.postMessage({ id, html: finished }, [finished.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
