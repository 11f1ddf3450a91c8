/**
 * Benchmark: our line diff (and the full model with word/reflow diffs) on generated pairs of 1k, 10k
 * and 50k lines, next to GNU `diff -u -p` on the same files in the same run; medians and ratios.
 * `node bench/diff.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffLines } from '../src/diff/line-diff.ts';
import { buildDiffModel } from '../src/diff/model.ts';
import { formatHunks } from '../src/diff/unified.ts';
import { Gen } from '../tests/unit/diff/generate.ts';
import { diffSource } from '../tests/unit/diff/source.ts';
import { disjointPair, shuffledPair } from '../tests/unit/diff/worst-cases.ts';
import { timeMedian } from './stats.ts';

export interface DiffBenchFigure {
  lines: number;
  hunks: number;
  /** Median milliseconds: our diff + unified text, our full DiffModel, GNU diff -u -p (process included). */
  oursMs: number;
  /** Line diff plus word and reflow diffs and the section summary (buildDiffModel). */
  modelMs: number;
  gnuMs: number;
}

/** A deterministic pair of about `lines` lines, one edit per 50 lines. */
export function benchPair(lines: number, seed = 7): [string, string] {
  const g = new Gen(seed);
  const old: string[] = [];
  while (old.length < lines) old.push(...g.block());
  old.length = lines;
  let neu = old;
  for (let i = 0; i < lines / 50; i++) neu = g.mutate(neu);
  return [Gen.text(old, false), Gen.text(neu, false)];
}

const source = (revision: string, body: string) => diffSource('bench', revision, body, '2014-12-26T23:36:34Z');

const WARM_RUNS = 5;

/** Our line diff and its unified text against GNU `diff -u -p` on one pair, written to `fa` and `fb`; medians. */
async function timePair(a: string, b: string, fa: string, fb: string, runs: number, name: string): Promise<{ oursMs: number; gnuMs: number }> {
  writeFileSync(fa, a);
  writeFileSync(fb, b);
  // Untimed runs of each first, so that both are timed warm: the page cache for GNU; for ours the JIT's optimised code
  // and a grown heap, as in a build or the browser's worker, which diff many pairs in one process.
  for (let i = 0; i < WARM_RUNS; i++) {
    formatHunks(diffLines(a, b));
    spawnSync('/usr/bin/diff', ['-u', '-p', fa, fb]);
  }
  let gnuText = '';
  const gnuMs = await timeMedian(runs, () => {
    gnuText = spawnSync('/usr/bin/diff', ['-u', '-p', fa, fb], { env: { LC_ALL: 'C' }, maxBuffer: 1 << 30 }).stdout.toString();
  });
  let ours = '';
  const oursMs = await timeMedian(runs, () => (ours = formatHunks(diffLines(a, b))));
  if (ours !== gnuText.slice(gnuText.indexOf('@@'))) throw new Error(`bench: ${name}: output differs from GNU diff`);
  return { oursMs, gnuMs };
}

export interface WorstCaseFigure {
  name: string;
  oursMs: number;
  gnuMs: number;
}

export async function benchDiff(sizes: readonly number[] = [1_000, 10_000, 50_000], runs = 7, log = console.log): Promise<DiffBenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-diff-'));
  const [fa, fb] = [join(dir, 'a'), join(dir, 'b')];
  const figures: DiffBenchFigure[] = [];
  try {
    log(`Line diff vs GNU diff -u -p (generated pairs, one edit per 50 lines, median of ${runs} runs)`);
    for (const lines of sizes) {
      const [a, b] = benchPair(lines);
      const { oursMs, gnuMs } = await timePair(a, b, fa, fb, runs, `${lines} lines`);
      let hunks = 0;
      const modelMs = await timeMedian(runs, () => (hunks = buildDiffModel(source('a', a), source('b', b)).hunks.length));
      figures.push({ lines, hunks, oursMs, modelMs, gnuMs });
      log(
        `  ${String(lines).padStart(6)} lines ${String(hunks).padStart(5)} hunks  ours ${oursMs.toFixed(1).padStart(7)} ms` +
          `  model ${modelMs.toFixed(1).padStart(7)} ms  GNU ${gnuMs.toFixed(1).padStart(6)} ms` +
          `  ours/GNU ${(oursMs / gnuMs).toFixed(2)}×  model/GNU ${(modelMs / gnuMs).toFixed(2)}×`,
      );
    }
    await benchWorstCases(runs, log, fa, fb);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** The line diff's worst cases (issue 11): no line in common, and lines in random order over few distinct ones. */
export async function benchWorstCases(runs: number, log: (line: string) => void, fa: string, fb: string): Promise<WorstCaseFigure[]> {
  const cases: [string, [string, string]][] = [
    ['20k lines, none in common', disjointPair(20_000)],
    ['20k lines, random order over 2,000', shuffledPair(20_000, 2_000)],
  ];
  log(`Worst cases vs GNU diff -u -p (median of ${runs} runs)`);
  const figures: WorstCaseFigure[] = [];
  for (const [name, [a, b]] of cases) {
    const { oursMs, gnuMs } = await timePair(a, b, fa, fb, runs, name);
    figures.push({ name, oursMs, gnuMs });
    log(`  ${name.padEnd(36)} ours ${oursMs.toFixed(1).padStart(7)} ms  GNU ${gnuMs.toFixed(1).padStart(6)} ms  ours/GNU ${(oursMs / gnuMs).toFixed(2)}×`);
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchDiff(process.env.BENCH_DIFF_WORST ? [] : undefined);
