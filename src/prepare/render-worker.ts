/** Worker thread entry: renders revisions with the site's pipeline, one message in, one message out. */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer, type RenderInput } from '../markdown/render.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';

const render = createRenderer(workerData as WikiSite);

parentPort!.on('message', ({ id, input }: { id: number; input: RenderInput }) => {
  render(input).then(
    (output) => parentPort!.postMessage({ id, output }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
