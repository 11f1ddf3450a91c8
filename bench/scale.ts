/**
 * Full-history scale: the site built from synthetic `,v` histories of 30, 100 and 300 revisions of
 * a 1,000-line page (pages, diffs and annotate included): wall time, peak memory, bytes written.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Builds the site from one synthetic history under GNU time; returns seconds and peak RSS of the largest process. */
function buildOnce(module: string, out: string, cache: string, heapMiB?: number): { seconds: number; peakMiB: number } {
  const heap = heapMiB ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {};
  // A content cache of its own: a warm cache from an earlier run would make this a rebuild.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'scripts/build.ts'], {
    env: { ...process.env, ...heap, WIKI_SOURCE: `cvs:${module}`, WIKI_PAGES: 'ports/xen/howto', WIKI_OUT_DIR: out, WIKI_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr.slice(-2000)}`);
  const [seconds, kib] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  return { seconds, peakMiB: kib / 1024 };
}

export async function benchScale(): Promise<void> {
  console.log('\n## Full-history site build (synthetic 1,000-line page, one build each)');
  console.log('revisions  build s  s/revision  peak RSS MiB  files  MB written');
  // The last row caps V8's heap: the build's live memory is bounded, the uncapped peak is lazy collection.
  const runs: Array<[number, number | undefined]> = [...SIZES.map((n) => [n, undefined] as [number, undefined]), [SIZES.at(-1)!, HEAP_CAP]];
  for (const [count, heapMiB] of runs) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
    const module = join(dir, 'wikisrc');
    mkdirSync(join(module, 'ports/xen'), { recursive: true });
    writeSyntheticRcs(join(module, 'ports/xen/howto.mdwn,v'), count);
    const out = join(dir, 'dist');
    const { seconds, peakMiB } = buildOnce(module, out, join(dir, 'cache'), heapMiB);
    const { bytes, files } = bytesUnder(out);
    const label = heapMiB ? `${count} (heap ≤ ${heapMiB} MiB)` : String(count);
    console.log(
      `${label.padStart(9)}  ${seconds.toFixed(1).padStart(7)}  ${(seconds / count).toFixed(3).padStart(10)}  ${peakMiB.toFixed(0).padStart(12)}  ${String(files).padStart(5)}  ${(bytes / 1e6).toFixed(1).padStart(10)}`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await benchScale();
