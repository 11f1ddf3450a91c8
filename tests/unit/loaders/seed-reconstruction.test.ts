import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { howtoRevision } from '../../helpers/content.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** GNU diff -u -p of two texts, as files. */
function gnuDiff(a: string, b: string): string {
  const dir = tempDir('seed-');
  writeFileSync(join(dir, 'a'), a);
  writeFileSync(join(dir, 'b'), b);
  const run = spawnSync('diff', ['-u', '-p', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  expect(run.status).toBe(1);
  return run.stdout;
}

describe('the reconstructed revisions 1.51 and 1.52', () => {
  const old = howtoRevision('1.51');
  const now = howtoRevision('1.52');

  it('give exactly the two hunk headers of the seed README under GNU diff -u -p', () => {
    const headers = gnuDiff(old.body, now.body).split('\n').filter((l) => l.startsWith('@@'));
    expect(headers).toEqual([
      '@@ -2,56 +2,52 @@ See possibly outdated',
      '@@ -84,10 +80,29 @@ hardware. This section explains how to',
    ]);
  });

  it('put the headings where the seed README says (page line = file line + 748)', () => {
    const at = (body: string, line: number) => body.split('\n')[line - 749];
    expect(at(old.body, 827)).toBe('NetBSD as a domU in a VPS');
    expect(at(old.body, 840)).toBe('Using npf');
    expect(at(now.body, 823)).toBe('NetBSD as a domU in a VPS');
    expect(at(now.body, 855)).toBe('Using npf');
  });

  it('indent the code blocks by four spaces, as the wiki source does', () => {
    for (const body of [old.body, now.body]) {
      expect(body).toContain('\n    pciback.hide=(00:0a.0)(00:06.0)\n');
      expect(body).toContain("\n    pci = [ '0000:00:06.0', '0000:00:0a.0' ]\n");
      expect(body).toContain('\n    xpci* at xenbus ?\n    pci* at xpci ?\n');
    }
  });
});
