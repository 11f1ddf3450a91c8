/** A render pool's job (render-pool.ts) run in the calling thread: what a worker does with each message, and what a small site does without workers. */
import { readFileSync } from 'node:fs';
import { renderedDiffs } from '../diff/rendered.ts';
import type { RenderFindings } from '../markdown/render-context.ts';
import type { RenderInput, RenderRevision } from '../markdown/render.ts';
import type { ContentCache } from './cache.ts';

/**
 * A job for a worker, with the cache keys its results go under: the thread that computes a result writes it, so no
 * page's HTML crosses between threads. Views name their revisions' HTML files (null: a revision removed, no HTML),
 * which the worker reads: the thread that hands out the jobs has the pairs' line diffs to do meanwhile.
 */
export type PoolJob = { kind: 'render'; inputs: RenderInput[]; keys: string[] } | { kind: 'rendered'; htmlFiles: Array<string | null>; keys: string[] };

/** What a job gives back: a render job its revisions' findings (their HTML is in the cache), a view job nothing. */
export type PoolResult<J extends PoolJob> = J extends { kind: 'render' } ? RenderFindings[] : null;

export async function runJob<J extends PoolJob>(render: RenderRevision, cache: ContentCache, job: J): Promise<PoolResult<J>>;
export async function runJob(render: RenderRevision, cache: ContentCache, job: PoolJob): Promise<RenderFindings[] | null> {
  if (job.kind === 'rendered') {
    const views = renderedDiffs(job.htmlFiles.map((file) => (file === null ? '' : readFileSync(file, 'utf8'))));
    views.forEach((view, k) => cache.writeJson('rendered', job.keys[k]!, view));
    return null;
  }
  const out: RenderFindings[] = [];
  for (const [k, input] of job.inputs.entries()) {
    const { html, ...findings } = await render(input);
    cache.write('html', job.keys[k]!, html);
    cache.writeJson('findings', job.keys[k]!, findings);
    out.push(findings);
  }
  return out;
}
