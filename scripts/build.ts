/**
 * Builds the site all or nothing: a prepare step checks the content (one message naming the file and
 * field) and fills the content cache, then Astro builds into a fresh folder that replaces dist/ only
 * when the build succeeded. Each step is a process of its own, so their memory does not add up.
 * When the previous output was built by the same code from the same pages, Astro builds only the units
 * (pages, revisions, pairs) whose inputs changed, and once the build has succeeded those files move into
 * the previous output in place; the other units' files stay as they are.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteUnits } from '../src/build/build-units.ts';
import { ASTRO_HEAP_MIB, ASTRO_SEMI_SPACE_MIB, PREPARE_SEMI_SPACE_MIB, ROLLDOWN_ALLOCATOR_ENV, withNodeFlags } from '../src/build/child-memory.ts';
import { filesUnder } from '../src/build/output-files.ts';
import type { PreparedSite } from '../src/prepare/prepare-site.ts';
import { cacheDir, outDir, siteUrl } from '../src/site-config.ts';

const staging = `${outDir}.building`;
const prepared = join(cacheDir, `prepared-${process.pid}.json`);
const preparedUnits = join(cacheDir, `prepared-${process.pid}.units.json`);
const planFile = join(cacheDir, `plan-${process.pid}.json`);
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const fail = (message: string): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`error: ${message}; ${outDir}/ is unchanged`);
  process.exit(1);
};

/**
 * Node's cache of compiled modules, TypeScript stripped included, kept beside the installed packages: each of the
 * build's processes and threads loads some hundreds of modules, a third faster from it. Not the content cache's: the
 * code, not the wiki, decides what it holds (Node checks each entry against its source).
 */
const compileCache = { NODE_COMPILE_CACHE: resolve('node_modules/.cache/netbsd-wiki-history/node-compile') };

let started = Date.now();
rmSync(planFile, { force: true });
const prepare = spawnSync(process.execPath, ['scripts/prepare.ts', prepared, preparedUnits, planFile], {
  stdio: 'inherit',
  // Worker threads take the process's V8 flags: the render workers get the same young generation.
  env: { ...compileCache, ...process.env, NODE_OPTIONS: withNodeFlags(process.env.NODE_OPTIONS, { 'max-semi-space-size': PREPARE_SEMI_SPACE_MIB }) },
});
if (prepare.status !== 0) process.exit(1);
console.error(`time: prepare ${elapsed(started)}`);
// The prepare step left a plan when the previous output can be updated: Astro then builds only the units it lists.
const incremental = existsSync(planFile);

started = Date.now();
rmSync(staging, { recursive: true, force: true });
// Astro's content layer loads the collection it stored the last time before the loader replaces it whole
// (src/loaders/wiki-loader.ts): for the whole wiki 21 MB parsed in 1.3 s into 170 MB, for nothing. Astro keeps it in
// its cache folder (the default, node_modules/.astro); without it Astro starts from an empty store.
rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });
// Astro's own script, not through npx (another Node process, half a second); without telemetry, which runs git
// and opens a connection to Astro's server on every build.
const astroBin = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const astro = spawn(process.execPath, [astroBin, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...ROLLDOWN_ALLOCATOR_ENV,
    ...compileCache,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...process.env,
    NODE_OPTIONS: withNodeFlags(process.env.NODE_OPTIONS, { 'max-old-space-size': ASTRO_HEAP_MIB, 'max-semi-space-size': ASTRO_SEMI_SPACE_MIB }),
    WIKI_PREPARED: prepared,
    ...(incremental ? { WIKI_BUILD_ONLY: planFile } : {}),
  },
});
const astroExit = new Promise<string | null>((done) => astro.on('close', (code, signal) => done(code === 0 ? null : String(code ?? signal))));
// While Astro builds, on the core it leaves: the walk of the previous output, which changes nothing (the whole wiki's
// 170,000 files took 2-5 s; round 9) and which the update needs.
const walked = Date.now();
const previousFiles = incremental ? [...filesUnder(outDir)] : undefined;
if (previousFiles) console.error(`incremental: ${previousFiles.length} files of ${outDir}/ listed while Astro builds (${elapsed(walked)})`);
const astroFailed = await astroExit;
if (astroFailed !== null) {
  [prepared, preparedUnits, planFile].forEach((file) => rmSync(file, { force: true }));
  fail(`astro build failed (exit ${astroFailed})`);
}
console.error(`time: astro build ${elapsed(started)}`);

// What the rest needs, loaded only now: this process waits through Astro's run, so what it holds adds to Astro's peak.
const [{ writeByteFiles }, { manifestOf, manifestPath, pageRevisions, planOf, plannedUnits, updateInPlace, writeManifest }, { buildSearchIndex }, { headersFile }, { writeSitemap }, { ContentCache }] =
  await Promise.all([import('../src/build/byte-files.ts'), import('../src/build/incremental.ts'), import('../src/build/search-index.ts'), import('../src/build/headers.ts'), import('../src/build/sitemap.ts'), import('../src/prepare/cache.ts')]);
const manifestFile = manifestPath(cacheDir, outDir);
const units = JSON.parse(readFileSync(preparedUnits, 'utf8')) as SiteUnits;
rmSync(preparedUnits, { force: true });
const pages = pageRevisions(units);
const newest = units.pages.flatMap(([page, revisions]) => ['r', 'annotate'].map((view) => `/${page}/${view}/${revisions.at(-1)!}/`));
const plan = planOf(units.units, incremental ? (JSON.parse(readFileSync(planFile, 'utf8')) as string[]) : null);
rmSync(planFile, { force: true });

started = Date.now();
const readRecords = () => (JSON.parse(readFileSync(prepared, 'utf8')) as PreparedSite).records;
console.error(`files: ${writeByteFiles(staging, readRecords(), new ContentCache(cacheDir), plannedUnits(plan))} sources, diffs and history files copied from the content cache (${elapsed(started)})`);
rmSync(prepared, { force: true });

try {
  started = Date.now();
  // Only `/<page>/` holds searchable text (the newest revision's article, `data-pagefind-body`).
  const searchable = [...pages.keys()].map((page) => `${page}/index.html`);
  console.error(`search: ${(await buildSearchIndex(staging, searchable, incremental ? outDir : undefined)).pages} pages indexed (${elapsed(started)})`);
} catch (error) {
  fail((error as Error).message);
}
// Each page was finished as Astro wrote it (src/middleware.ts); the headers by file type go beside them.
writeFileSync(join(staging, '_headers'), headersFile());
started = Date.now();
// No manifest while the output changes: a build stopped here leaves none, and the next one builds everything.
rmSync(manifestFile, { force: true });
if (incremental) {
  const { kept, moved, removed, pagePaths } = updateInPlace(outDir, staging, plan.reuse, pages, previousFiles);
  console.error(`incremental: ${moved} files moved into ${outDir}/, ${removed} removed, ${kept} kept as they were (${elapsed(started)})`);
  started = Date.now();
  console.error(`sitemap: ${writeSitemap(outDir, siteUrl, newest, pagePaths)} URLs (${elapsed(started)})`);
} else {
  console.error(`sitemap: ${writeSitemap(staging, siteUrl, newest)} URLs (${elapsed(started)})`);
  started = Date.now();
  // Asynchronous: libuv's threads unlink side by side, two to three times faster than rmSync on this machine's disk
  // (42,000 files of a quarter of the wiki took 8.7 s with rmSync; bench/RESULTS.md, round 3).
  if (existsSync(outDir)) await rm(outDir, { recursive: true });
  renameSync(staging, outDir);
  console.error(`built into ${outDir}/ (the previous output removed in ${elapsed(started)})`);
}
writeManifest(manifestFile, manifestOf(units));
