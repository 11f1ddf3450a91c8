/**
 * One run of `scripts/build.ts` with its memory watched: the build is several processes (prepare, Astro, Pagefind's
 * indexer), so the peak that matters is theirs added up at one moment, which no single process's peak shows.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface BuildRun {
  seconds: number;
  /** The most the build's processes held at once (MiB), sampled every SAMPLE_MS. */
  allMiB: number;
  /** The most one of them held (MiB). */
  largestMiB: number;
  stderr: string;
}

/** Short enough to see each step's peak (the shortest, Pagefind's, lasts seconds); /proc costs little to read. */
const SAMPLE_MS = 200;

/** Parent of every process now running (Linux `/proc`). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read from the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone since the listing.
    }
  }
  return out;
}

/** Resident memory (KiB) of `root` and each of its descendants. */
function treeRss(root: number): number[] {
  const byParent = Map.groupBy(parents(), ([, parent]) => parent);
  const rss: number[] = [];
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop()!;
    try {
      rss.push(Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // Ended between the listing and this read.
    }
    for (const [child] of byParent.get(pid) ?? []) queue.push(child);
  }
  return rss;
}

/** Runs the build with `env` added; rejects with its last output if it fails. */
export function runBuild(env: Record<string, string>): Promise<BuildRun> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['scripts/build.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let [all, largest] = [0, 0];
  const timer = setInterval(() => {
    const rss = treeRss(child.pid!);
    all = Math.max(all, rss.reduce((a, b) => a + b, 0));
    largest = Math.max(largest, ...rss);
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`build failed (exit ${code}):\n${stderr.slice(-3000)}`));
      else resolve({ seconds, allMiB: all / 1024, largestMiB: largest / 1024, stderr });
    });
  });
}
