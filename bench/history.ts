/** Benchmark: parse time of synthetic `,v` files of 30, 100 and 300 revisions (median of several runs). */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readRcs } from '../src/history/rcs/index.ts';
import { writeSyntheticRcs } from './synthetic-history.ts';

export interface HistoryBenchFigure {
  revisions: number;
  /** Size of the `,v` file. */
  bytes: number;
  /** Median wall time of readRcs over `runs` runs (after one warm-up). */
  medianMs: number;
  runs: number;
}

export interface HistoryBenchOptions {
  sizes?: readonly number[];
  runs?: number;
  seed?: number;
  log?: (line: string) => void;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Times readRcs on `bytes`, `runs` times after a warm-up; checks the revision count each time. */
function timeParse(bytes: Buffer, expected: number, runs: number): number[] {
  const times: number[] = [];
  for (let r = -1; r < runs; r++) {
    const t0 = performance.now();
    const h = readRcs('synthetic,v', bytes);
    const t1 = performance.now();
    if (h.revisions.length !== expected) throw new Error(`bench: parsed ${h.revisions.length} revisions, expected ${expected}`);
    if (r >= 0) times.push(t1 - t0);
  }
  return times;
}

/** Writes the synthetic files with ci (not timed), times the parser on each and prints a table. */
export async function benchHistory(options: HistoryBenchOptions = {}): Promise<HistoryBenchFigure[]> {
  const { sizes = [30, 100, 300], runs = 7, seed = 1, log = console.log } = options;
  const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  const figures: HistoryBenchFigure[] = [];
  try {
    log(`RCS ,v parse (synthetic ~1,000-line page, seed ${seed}, median of ${runs} runs)`);
    for (const n of sizes) {
      const file = join(dir, `page-${n}.mdwn,v`);
      writeSyntheticRcs(file, n, seed);
      const bytes = readFileSync(file);
      const medianMs = median(timeParse(bytes, n, runs));
      figures.push({ revisions: n, bytes: statSync(file).size, medianMs, runs });
      log(`  ${String(n).padStart(4)} revisions  ${(bytes.length / 1024).toFixed(0).padStart(6)} KiB  ${medianMs.toFixed(1).padStart(8)} ms  ${(medianMs / n).toFixed(3)} ms/revision`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.main) await benchHistory();
