/**
 * Whole-wiki scale: a synthetic module shaped like the real wiki (`synthetic-wiki.ts`) built with every
 * page and revision; then a rebuild after one new commit; and a smaller module, to show time grows
 * linearly with revisions. Prints wall time, peak memory, bytes written and what was computed.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from './build-run.ts';
import { REAL_SHAPE, wikiPlan, writePlannedPage, writeSyntheticWiki, type WikiShape } from './synthetic-wiki.ts';

const FRACTION = Number(process.env.BENCH_WIKI_FRACTION ?? 1);

function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
}

/** One whole-module build: seconds, the peaks of all its processes at once and of the largest, the prepare step's counts, and each step's time as the build printed it. */
async function build(module: string, out: string, cache: string) {
  const run = await runBuild({ WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: '', WIKI_OUT_DIR: out, WIKI_CACHE_DIR: cache });
  const computed = /rendered \d+ and diffed \d+ of \d+ revisions/.exec(run.stderr)?.[0] ?? '?';
  const steps = run.stderr.split('\n').filter((line) => /^(time:|files:|incremental:|search:|sitemap:|built into) /.test(line)).join('; ');
  return { ...run, computed, steps };
}

const scaled = (s: WikiShape, f: number): WikiShape => ({ pages: Math.round(s.pages * f), large: Math.max(1, Math.round(s.large * f)), medium: Math.round(s.medium * f) });

export async function benchWikiScale(): Promise<void> {
  console.log('\n## Whole-wiki build (synthetic module shaped like the real wiki, one build each)');
  console.log('pages  revisions  build s  ms/revision  peak MiB (all processes, largest)  MB written  KB/revision  computed');
  for (const f of [FRACTION / 2, FRACTION]) {
    const shape = scaled(REAL_SHAPE, f);
    const dir = mkdtempSync(join(tmpdir(), 'bench-wiki-'));
    const module = join(dir, 'wikisrc');
    const revisions = writeSyntheticWiki(module, shape);
    const [out, cache] = [join(dir, 'dist'), join(dir, 'cache')];
    const full = await build(module, out, cache);
    const bytes = bytesUnder(out);
    const row = (label: string, r: Awaited<ReturnType<typeof build>>, written: number, count: number) =>
      console.log(`${label.padStart(5)}  ${String(count).padStart(9)}  ${r.seconds.toFixed(1).padStart(7)}  ${((r.seconds * 1000) / count).toFixed(1).padStart(11)}  ${`${r.allMiB.toFixed(0)}, ${r.largestMiB.toFixed(0)}`.padStart(34)}  ${(written / 1e6).toFixed(1).padStart(10)}  ${(written / 1024 / count).toFixed(1).padStart(11)}  ${r.computed}`);
    row(String(shape.pages), full, bytes, revisions);
    console.log(`  steps: ${full.steps}`);
    if (f === FRACTION) {
      // One new commit on a mid-sized page, then the same build again with the same cache.
      const page = wikiPlan(shape)[shape.large]!;
      writePlannedPage(module, page, page.revisions + 1);
      const again = await build(module, out, cache);
      console.log(`rebuild after one new commit (${page.page}): ${again.seconds.toFixed(1)} s, peak ${again.allMiB.toFixed(0)} MiB for all processes at once (${again.largestMiB.toFixed(0)} the largest), ${again.computed}`);
      console.log(`  steps: ${again.steps}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await benchWikiScale();
