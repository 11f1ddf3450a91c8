/** A page's preparation fails with its worker's error, whenever the worker fails. */
import { describe, expect, it } from 'vitest';
import { emptyFindings } from '../../../src/markdown/render-context.ts';
import type { RenderInput } from '../../../src/markdown/render.ts';
import { ContentCache } from '../../../src/prepare/cache.ts';
import { preparePage, type PrepareContext } from '../../../src/prepare/prepare-page.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const dir = tempDir('prepare-page-');

const revision = (n: number): Revision => ({
  page: 'sandbox/p', revision: `1.${n}`, date: `2020-01-0${n}T00:00:00Z`, author: 'a', log: 'l', firstLine: 1, missing: [], state: 'present', origin: `test@1.${n}`,
  body: Array.from({ length: 50 }, (_, k) => `line ${k} of revision ${k % 7 === 0 ? n : 0}\n`).join(''),
});

describe('preparePage', () => {
  it("rejects with the rendered views' error when it comes while this thread diffs the pairs", async () => {
    const context: PrepareContext = {
      cache: new ContentCache(dir),
      buildKey: 'test',
      computed: { rendered: 0, diffed: 0, unchangedPages: 0 },
      pool: {
        lanes: 1,
        warm: () => {},
        render: async (inputs: RenderInput[]) => inputs.map(() => emptyFindings()),
        // Fails on the next turn of the event loop: while the line diffs give way to it.
        renderedDiffs: () => new Promise((_, reject) => setImmediate(() => reject(new Error('the worker stopped')))),
      },
    };
    await expect(preparePage([1, 2, 3, 4, 5].map(revision), context)).rejects.toThrow('the worker stopped');
  });
});
