import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineStats } from '../../../src/utils/line-stats.ts';
import { howtoRevision } from '../../helpers/content.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** Counts `+` and `-` lines of GNU diff -u, the numbers a maintainer would get from cvs diff. */
function gnuStats(a: string, b: string) {
  const dir = tempDir('stats-');
  writeFileSync(join(dir, 'a'), a);
  writeFileSync(join(dir, 'b'), b);
  const lines = spawnSync('diff', ['-u', 'a', 'b'], { cwd: dir, encoding: 'utf8' }).stdout.split('\n').slice(2);
  return { added: lines.filter((l) => l.startsWith('+')).length, removed: lines.filter((l) => l.startsWith('-')).length };
}

describe('lineStats', () => {
  it('counts the 1.51→1.52 edit as GNU diff does', () => {
    const [a, b] = [howtoRevision('1.51').body, howtoRevision('1.52').body];
    expect(lineStats(a, b)).toEqual(gnuStats(a, b));
    expect(lineStats(a, b)).toEqual({ added: 49, removed: 34 });
  });

  it('counts a first revision as all added, and no change as nothing', () => {
    expect(lineStats('', 'a\nb\n')).toEqual({ added: 2, removed: 0 });
    expect(lineStats('a\n', 'a\n')).toEqual({ added: 0, removed: 0 });
  });
});
