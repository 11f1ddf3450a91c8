/**
 * Full-history scale: the site built from synthetic `,v` histories of 30, 100 and 300 revisions of
 * a 1,000-line page (pages, diffs and annotate included): wall time, peak memory, bytes written.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from './build-run.ts';
import { median } from './stats.ts';
import { writeSyntheticRcs } from './synthetic-history.ts';

const SIZES = (process.env.BENCH_SCALE ?? '30,100,300').split(',').map(Number);
const HEAP_CAP = 700;

function bytesUnder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Builds the site from one synthetic history: seconds, and the peaks of all its processes at once and of the largest. */
async function buildOnce(module: string, out: string, cache: string, heapMiB?: number) {
  const heap: Record<string, string> = heapMiB ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {};
  // A content cache of its own: a warm cache from an earlier run would make this a rebuild.
  return runBuild({ ...heap, WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: 'ports/xen/howto', WIKI_OUT_DIR: out, WIKI_CACHE_DIR: cache });
}

/** Cold builds of each row: the machine's speed drifts by a sixth or more within an hour, so the median of three is quoted. */
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);

export async function benchScale(): Promise<void> {
  console.log(`\n## Full-history site build (synthetic 1,000-line page; median of ${RUNS} cold builds, their range, the highest peak)`);
  console.log('revisions  build s (range)  s/revision  peak MiB (all processes, largest)  files  MB written');
  // The last row caps V8's heap: the build's live memory is bounded, the uncapped peak is lazy collection.
  const runs: Array<[number, number | undefined]> = [...SIZES.map((n) => [n, undefined] as [number, undefined]), [SIZES.at(-1)!, HEAP_CAP]];
  for (const [count, heapMiB] of runs) {
    const builds = [];
    for (let run = 0; run < RUNS; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
      const module = join(dir, 'wikisrc');
      mkdirSync(join(module, 'ports/xen'), { recursive: true });
      writeSyntheticRcs(join(module, 'ports/xen/howto.mdwn,v'), count);
      const out = join(dir, 'dist');
      builds.push({ ...(await buildOnce(module, out, join(dir, 'cache'), heapMiB)), ...bytesUnder(out) });
      rmSync(dir, { recursive: true, force: true });
    }
    const seconds = median(builds.map((b) => b.seconds));
    const range = `${Math.min(...builds.map((b) => b.seconds)).toFixed(1)}-${Math.max(...builds.map((b) => b.seconds)).toFixed(1)}`;
    const [allMiB, largestMiB] = [Math.max(...builds.map((b) => b.allMiB)), Math.max(...builds.map((b) => b.largestMiB))];
    const { bytes, files } = builds[0]!;
    const label = heapMiB ? `${count} (heap ≤ ${heapMiB} MiB)` : String(count);
    console.log(
      `${label.padStart(9)}  ${`${seconds.toFixed(1)} (${range})`.padStart(15)}  ${(seconds / count).toFixed(3).padStart(10)}  ${`${allMiB.toFixed(0)}, ${largestMiB.toFixed(0)}`.padStart(34)}  ${String(files).padStart(5)}  ${(bytes / 1e6).toFixed(1).padStart(10)}`,
    );
  }
}

if (import.meta.main) await benchScale();
