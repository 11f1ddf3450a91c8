/**
 * The site's one Web Worker: computes from a page's history file what its pages do not prebuild (a diff, a pair's
 * rendered view, an older revision's annotate or source view) off the main thread. One entry rather than one a job:
 * Vite bundles each worker entry in a build of its own, about 0.1 s each of every site build (bench/RESULTS.md, round 11).
 * Each job's code loads on its first use, so only the rendered view loads the HTML parser.
 */
import type { CompareRequest } from './diff-compute.ts';
import type { OlderViewJob } from './older-view-compute.ts';

/** What the worker computes: a pair's diff, the pair's rendered view, or an older revision's view. */
export type HistoryJob = { kind: 'compare' | 'rendered'; request: CompareRequest } | { kind: 'older'; job: OlderViewJob };

async function run(job: HistoryJob): Promise<object> {
  if (job.kind === 'older') return (await import('./older-view-compute.ts')).computeOlderView(job.job);
  const compute = await import('./diff-compute.ts');
  return job.kind === 'compare' ? compute.compareRevisions(job.request) : { rendered: await compute.compareRendered(job.request) };
}

self.addEventListener('message', (event: MessageEvent<HistoryJob>) => {
  run(event.data).then(
    (result) => self.postMessage(result),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
