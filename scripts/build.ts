/**
 * Builds the site all or nothing: the content is checked first (one message naming the file and
 * field), then Astro builds into a fresh folder that replaces dist/ only when the build succeeded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { readSiteRevisions } from '../src/loaders/site-revisions.ts';

const outDir = process.env.WIKI_OUT_DIR ?? 'dist';
const staging = `${outDir}.building`;

try {
  const revisions = await readSiteRevisions((message) => console.error(message));
  console.error(`content: ${revisions.length} revisions checked`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync('npx', ['astro', 'build', '--outDir', staging, ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`error: astro build failed (exit ${astro.status ?? astro.signal}); ${outDir}/ is unchanged`);
  process.exit(1);
}
try {
  console.error(`search: ${(await buildSearchIndex(staging)).pages} pages indexed`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`error: ${(error as Error).message}; ${outDir}/ is unchanged`);
  process.exit(1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true });
renameSync(staging, outDir);
console.error(`built into ${outDir}/`);
