/** A throwaway CVS repository driven by the real cvs client, for the history tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, tempDir } from './tools.ts';

export interface CvsSandbox {
  /** The repository (CVSROOT). */
  root: string;
  /** The module directory inside it, what readCvsHistory takes. */
  module: string;
  /** A checked-out working copy of the module. */
  work: string;
  cvs(args: readonly string[]): Buffer;
}

/** `cvs init`, an empty `wikisrc` module imported, and a checkout of it. */
export function cvsSandbox(): CvsSandbox {
  const base = tempDir('cvs');
  const root = join(base, 'cvsroot');
  // CVSROOT and CVS_RSH only in the child's env; HOME so no ~/.cvsrc of the machine applies.
  const env = { CVSROOT: root, CVS_RSH: 'ssh', HOME: base };
  const cvsIn = (cwd: string, args: readonly string[]): Buffer => run('cvs', ['-Q', ...args], cwd, env);
  cvsIn(base, ['init']);
  const empty = join(base, 'empty');
  mkdirSync(empty);
  cvsIn(empty, ['import', '-m', 'start', 'wikisrc', 'netbsd', 'start']);
  cvsIn(base, ['checkout', 'wikisrc']);
  const work = join(base, 'wikisrc');
  return { root, module: join(root, 'wikisrc'), work, cvs: (args) => cvsIn(work, args) };
}

/** Writes `text` to `file` (relative to the checkout), adding it and its directories if new, and commits. */
export function cvsCommit(box: CvsSandbox, file: string, text: string, log: string, isNew: boolean): void {
  const path = join(box.work, file);
  if (isNew) {
    const parts = dirname(file).split('/').filter((p) => p !== '.');
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      try {
        mkdirSync(join(box.work, dir));
        box.cvs(['add', dir]);
      } catch {
        // already there and added
      }
    }
  }
  writeFileSync(path, text);
  if (isNew) box.cvs(['add', file]);
  box.cvs(['commit', '-f', '-m', log, file]);
}

export interface CvsLogEntry {
  date: string;
  author: string;
  state: string;
}

/** Dates, authors and states per revision, from `cvs log`. */
export function cvsLog(box: CvsSandbox, file: string): Map<string, CvsLogEntry> {
  const text = box.cvs(['log', file]).toString('utf8');
  const out = new Map<string, CvsLogEntry>();
  const re = /^revision (\S+)\ndate: (\d{4})[-/](\d\d)[-/](\d\d) (\d\d:\d\d:\d\d)(?: [+-]0000)?;\s+author: ([^;]+);\s+state: ([^;]+);/gm;
  for (const m of text.matchAll(re)) {
    out.set(m[1]!, { date: `${m[2]}-${m[3]}-${m[4]}T${m[5]}Z`, author: m[6]!, state: m[7]! });
  }
  return out;
}
