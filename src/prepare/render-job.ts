/** A render pool's job (render-pool.ts) run in the calling thread: what a worker does with each message, and what a small site does without workers. */
import { readFileSync } from 'node:fs';
import { renderedChain, renderedDiffs } from '../diff/rendered.ts';
import type { RenderFindings } from '../markdown/render-context.ts';
import type { RenderInput, RenderRevision } from '../markdown/render.ts';
import type { ContentCache } from './cache.ts';

/**
 * A job for a worker, with the cache keys its results go under: the thread that computes a result writes it, so no
 * page's HTML crosses between threads. A render job's revisions are consecutive where `views` names a key: the view of
 * the pair a revision makes with the one before it in the job (null: none wanted), computed from both HTMLs as
 * rendered. A view job names its revisions' HTML files (null: a revision removed, no HTML), which the worker reads:
 * those are the pairs no render job had both sides of.
 */
export type PoolJob =
  | { kind: 'render'; inputs: RenderInput[]; keys: string[]; views: Array<string | null> }
  | { kind: 'rendered'; htmlFiles: Array<string | null>; keys: string[] };

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
  const next = renderedChain();
  for (const [k, input] of job.inputs.entries()) {
    const { html, ...findings } = await render(input);
    cache.write('html', job.keys[k]!, html);
    cache.writeJson('findings', job.keys[k]!, findings);
    const viewKey = job.views[k] ?? null;
    const view = next(html, viewKey !== null);
    if (view) cache.writeJson('rendered', viewKey!, view);
    out.push(findings);
  }
  return out;
}
