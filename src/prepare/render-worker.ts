/** Worker thread entry: renders revisions and rendered views with the site's pipeline into the content cache, one message in, one message out. */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer } from '../markdown/render.ts';
import { ContentCache } from './cache.ts';
import { runJob, type PoolJob } from './render-job.ts';
import type { PoolSetup } from './render-pool.ts';

const { site, cacheDir } = workerData as PoolSetup;
const render = createRenderer(site);
const cache = new ContentCache(cacheDir);

parentPort!.on('message', ({ id, job }: { id: number; job: PoolJob }) => {
  runJob(render, cache, job).then(
    (output) => parentPort!.postMessage({ id, output }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
