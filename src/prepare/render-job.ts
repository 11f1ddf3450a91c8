/** A render pool's job (render-pool.ts) run in the calling thread: what a worker does with each message, and what a small site does without workers. */
import { readFileSync } from 'node:fs';
import { renderedDiffs, type RenderedBlock } from '../diff/rendered.ts';
import type { RenderInput, RenderOutput, RenderRevision } from '../markdown/render.ts';

/**
 * A job for a worker and what it gives back. Views name their revisions' HTML files (null: a revision removed, no
 * HTML), which the worker reads: the thread that hands out the jobs has the pairs' line diffs to do meanwhile.
 */
export type PoolJob = { kind: 'render'; inputs: RenderInput[] } | { kind: 'rendered'; htmlFiles: Array<string | null> };

export async function runJob(render: RenderRevision, job: PoolJob): Promise<RenderOutput[] | RenderedBlock[][]> {
  if (job.kind === 'rendered') return renderedDiffs(job.htmlFiles.map((file) => (file === null ? '' : readFileSync(file, 'utf8'))));
  const out: RenderOutput[] = [];
  for (const input of job.inputs) out.push(await render(input));
  return out;
}
