/** Small helpers for benchmarks: medians, timing, gzip sizes. */
import { gzipSync } from 'node:zlib';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times and returns the median wall time in milliseconds. */
export async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
