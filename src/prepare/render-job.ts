/** A render pool's job (render-pool.ts) run in the calling thread: what a worker does with each message, and what a small site does without workers. */
import { renderedDiffs, type RenderedBlock } from '../diff/rendered.ts';
import type { RenderOutput, RenderRevision } from '../markdown/render.ts';
import type { PoolJob } from './render-pool.ts';

export async function runJob(render: RenderRevision, job: PoolJob): Promise<RenderOutput[] | RenderedBlock[][]> {
  if (job.kind === 'rendered') return renderedDiffs(job.htmls);
  const out: RenderOutput[] = [];
  for (const input of job.inputs) out.push(await render(input));
  return out;
}
