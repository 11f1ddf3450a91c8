/**
 * Builds the site all or nothing: a prepare step checks the content (one message naming the file and
 * field) and fills the content cache, then Astro builds into a fresh folder that replaces dist/ only
 * when the build succeeded. Each step is a process of its own, so their memory does not add up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { secureSite } from '../src/build/secure.ts';
import { cacheDir } from '../src/site-config.ts';

const outDir = process.env.WIKI_OUT_DIR ?? 'dist';
const staging = `${outDir}.building`;
const prepared = join(cacheDir, `prepared-${process.pid}.json`);

const prepare = spawnSync(process.execPath, ['scripts/prepare.ts', prepared], { stdio: 'inherit' });
if (prepare.status !== 0) process.exit(1);

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync('npx', ['astro', 'build', '--outDir', staging, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WIKI_PREPARED: prepared },
});
rmSync(prepared, { force: true });
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`error: astro build failed (exit ${astro.status ?? astro.signal}); ${outDir}/ is unchanged`);
  process.exit(1);
}
console.error(`csp: ${secureSite(staging)} pages`);
if (existsSync(outDir)) rmSync(outDir, { recursive: true });
renameSync(staging, outDir);
console.error(`built into ${outDir}/`);
