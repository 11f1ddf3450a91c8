/** A render pool's job (render-pool.ts) run in the calling thread: what a worker does with each message, and what a small site does without workers. */
import { renderedDiffs, type RenderedBlock } from '../diff/rendered.ts';
import type { RenderInput, RenderOutput, RenderRevision } from '../markdown/render.ts';

/** A job for a worker and what it gives back. */
export type PoolJob = { kind: 'render'; inputs: RenderInput[] } | { kind: 'rendered'; htmls: string[] };

export async function runJob(render: RenderRevision, job: PoolJob): Promise<RenderOutput[] | RenderedBlock[][]> {
  if (job.kind === 'rendered') return renderedDiffs(job.htmls);
  const out: RenderOutput[] = [];
  for (const input of job.inputs) out.push(await render(input));
  return out;
}
