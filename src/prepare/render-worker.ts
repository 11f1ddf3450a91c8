/** Worker thread entry: renders revisions and rendered views with the site's pipeline, one message in, one message out. */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer } from '../markdown/render.ts';
import type { WikiSite } from '../markdown/wiki-site.ts';
import { runJob, type PoolJob } from './render-job.ts';

const render = createRenderer(workerData as WikiSite);

parentPort!.on('message', ({ id, job }: { id: number; job: PoolJob }) => {
  runJob(render, job).then(
    (output) => parentPort!.postMessage({ id, output }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
