/** Runs GNU diff (`diff -u -p`, C locale) on two texts via temporary files, for comparison. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir.ts';

export const GNU_DIFF = '/usr/bin/diff';

/** A scratch directory for the two files, removed after the tests of the file (or the test) that makes it. */
export function gnuDiffer(): { run: (a: string, b: string, args?: string[]) => string; bytes: (a: string, b: string) => Uint8Array } {
  const dir = tempDir('gnu-diff-');
  const [fa, fb] = [join(dir, 'a'), join(dir, 'b')];
  const raw = (a: string, b: string, args: string[]): Buffer => {
    writeFileSync(fa, a);
    writeFileSync(fb, b);
    const result = spawnSync(GNU_DIFF, [...args, fa, fb], { env: { LC_ALL: 'C' }, maxBuffer: 1 << 30 });
    if (result.status !== 0 && result.status !== 1) throw new Error(`diff failed: ${result.stderr}`);
    return result.stdout;
  };
  return {
    /** The full output of `diff -u -p --label old --label new a b`. */
    run: (a, b, args = ['-u', '-p', '--label', 'old', '--label', 'new']) => raw(a, b, args).toString('utf8'),
    /** The same output as the bytes diff wrote. */
    bytes: (a, b) => new Uint8Array(raw(a, b, ['-u', '-p', '--label', 'old', '--label', 'new'])),
  };
}

/** The text from the first `@@` on (what our hunks must equal). */
export const fromFirstHunk = (output: string): string => {
  const at = output.indexOf('@@');
  return at < 0 ? '' : output.slice(at);
};
