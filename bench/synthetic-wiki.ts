/**
 * A deterministic synthetic wiki module shaped like the real one, as `,v` files: 3,000 pages and about
 * 30,000 revisions; most pages 1-10 revisions of 20-200 lines, some 10-80, a few 200-300 revisions of
 * 1,000-1,500 lines, with the edits of `synthetic-history.ts`.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prng } from './prng.ts';
import { writeRcs } from './rcs-writer.ts';
import { syntheticDate, syntheticRevisions } from './synthetic-history.ts';

export interface WikiShape {
  pages: number;
  /** Pages of 200-300 revisions of 1,000-1,500 lines. */
  large: number;
  /** Pages of 10-80 revisions. */
  medium: number;
}

export const REAL_SHAPE: WikiShape = { pages: 3000, large: 10, medium: 290 };

const DIRS = ['ports/xen', 'ports/amd64', 'ports/i386', 'ports/evbarm', 'tutorials', 'guide', 'users', 'projects/gsoc', 'kernel', 'security'];

/** The page ids and revision counts of a wiki of this shape; the same for the same seed. */
export function wikiPlan(shape: WikiShape, seed = 7): Array<{ page: string; revisions: number; lines: number; seed: number }> {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return Array.from({ length: shape.pages }, (_, i) => {
    const tier = i < shape.large ? 'large' : i < shape.large + shape.medium ? 'medium' : 'small';
    const revisions = tier === 'large' ? int(200, 300) : tier === 'medium' ? int(10, 80) : int(1, 10);
    const lines = tier === 'large' ? int(1000, 1500) : int(20, 200);
    return { page: `${DIRS[i % DIRS.length]}/page-${String(i).padStart(4, '0')}`, revisions, lines, seed: seed * 100_003 + i };
  });
}

/** The `,v` file of one planned page with its first `count` revisions (more than planned: later commits). */
export function writePlannedPage(root: string, { page, lines, seed }: { page: string; lines: number; seed: number }, count: number): void {
  const texts = syntheticRevisions(count, seed, lines);
  const file = join(root, `${page}.mdwn,v`);
  mkdirSync(dirname(file), { recursive: true });
  writeRcs(file, texts.map((text, k) => ({ text, date: syntheticDate(k + 1), author: ['gdt', 'mspo', 'wiki'][k % 3]!, log: `revision ${k + 1} of ${page}` })));
}

/** Writes the module under `root` (`<page>.mdwn,v` files); returns the number of revisions written. */
export function writeSyntheticWiki(root: string, shape: WikiShape = REAL_SHAPE, seed = 7): number {
  let total = 0;
  for (const planned of wikiPlan(shape, seed)) {
    writePlannedPage(root, planned, planned.revisions);
    total += planned.revisions;
  }
  return total;
}
