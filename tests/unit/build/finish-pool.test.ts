/** The finishing pool gives each page the bytes finishPage gives in this thread, names a page it could not finish, and holds the process only while it works. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../../src/build/finish-html.ts';
import { createFinishPool } from '../../../src/build/finish-pool.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const workerUrl = new URL('../../../src/build/finish-worker.ts', import.meta.url);
const poolUrl = new URL('../../../src/build/finish-pool.ts', import.meta.url);

const bytes = (html: string) => new TextEncoder().encode(html);
const text = (html: Uint8Array) => new TextDecoder().decode(html);

const page = (i: number) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page ${i} · “ü” 𝔵</title><style>.used{color:red}.unused-${i}{color:blue}</style></head>` +
  `<body><ul><li class="used">Text ${i}</li></ul>${i % 3 === 0 ? `<script>console.log(${i})</script>` : ''}</body></html>`;

describe('createFinishPool', () => {
  it('finishes 300 pages sent at once on its worker exactly as in this thread, each to its own caller, with text beyond ASCII', async () => {
    const pool = createFinishPool(workerUrl);
    try {
      const pages = Array.from({ length: 300 }, (_, i) => page(i));
      const finished = (await Promise.all(pages.map((html, i) => pool.finish(bytes(html), `/p/${i}/`)))).map(text);
      expect(finished).toEqual(pages.map((html) => text(finishPage(bytes(html)))));
      expect(finished[1]).toContain('Content-Security-Policy');
      expect(finished[1]).not.toContain('unused-1');
    } finally {
      await pool.close();
    }
  });

  it('names the page it could not finish, and finishes the next one on a new worker', async () => {
    const broken = createFinishPool(new URL('./no-such-worker.ts', workerUrl));
    await expect(broken.finish(bytes(page(1)), '/ports/xen/howto/')).rejects.toThrow(/^\/ports\/xen\/howto\/: .*no-such-worker/);
    await expect(broken.finish(bytes(page(2)), '/ports/')).rejects.toThrow(/^\/ports\/: /);
    await broken.close();
  });

  it('keeps the process alive while a page is being finished, and lets it end once idle without being closed', () => {
    // No top-level await: only the pool's worker keeps the event loop going until the page comes back.
    const script = `import { createFinishPool } from ${JSON.stringify(poolUrl.href)};
const pool = createFinishPool(new URL(${JSON.stringify(workerUrl.href)}));
pool.finish(new TextEncoder().encode(${JSON.stringify(page(4))}), '/p/').then((html) => console.log(new TextDecoder().decode(html).includes('Content-Security-Policy') ? 'finished' : 'unfinished'));`;
    const dir = tempDir('finish-pool-');
    writeFileSync(join(dir, 'finish-one.mjs'), script);
    const run = spawnSync(process.execPath, [join(dir, 'finish-one.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('finished');
    expect(run.status).toBe(0);
  });
});
