/** Renders markdown pages with the real ikiwiki (Debian package), as the NetBSD wiki does. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Renders each `name → markdown` as `name.mdwn` in one wiki; returns each page's HTML. */
export function ikiwikiRender(pages: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ikiwiki-'));
  const [src, out] = [join(dir, 'src'), join(dir, 'out')];
  mkdirSync(src);
  for (const [name, markdown] of Object.entries(pages)) writeFileSync(join(src, `${name}.mdwn`), markdown);
  const run = spawnSync('ikiwiki', ['--plugin', 'htmlscrubber', '--no-usedirs', src, out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ikiwiki failed (${run.status}): ${run.stderr}`);
  return Object.fromEntries(Object.keys(pages).map((name) => [name, readFileSync(join(out, `${name}.html`), 'utf8')]));
}
