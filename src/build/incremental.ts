/**
 * The incremental build: compares this build's unit keys with those of the build that made the output folder,
 * has Astro build only the units that changed (and every site-wide page), and updates the previous output in place:
 * the other units' files stay where they are.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hashKey } from '../prepare/cache.ts';
import { writeJsonFile } from '../utils/json-file.ts';
import { ownerOf, pathsOverlap, type PageRevisions } from './output-owner.ts';
import { unitsIn } from './build-filter.ts';
import type { SiteUnits, UnitKeys } from './build-units.ts';
import { filesUnder, pagePathOf } from './output-files.ts';

/** What a finished build leaves beside its output: what it was built from. */
export interface BuildManifest {
  /** Code, settings and page list: when it differs, nothing of the previous output is reused. */
  siteKey: string;
  units: UnitKeys;
}

export interface BuildPlan {
  /** The units Astro builds; null for all. */
  build: string[] | null;
  /** Units whose files come from the previous output. */
  reuse: Set<string>;
}

/** Where the build into `outDir` keeps its manifest: in the content cache's folder, one file per output folder. */
export const manifestPath = (cacheDir: string, outDir: string): string => join(cacheDir, 'builds', `${hashKey(resolve(outDir))}.json`);

/** The manifest a build of these units leaves. */
export const manifestOf = ({ siteKey, units }: SiteUnits): BuildManifest => ({ siteKey, units });

/** Each page's revisions, as the units list them. */
export const pageRevisions = ({ pages }: SiteUnits): Map<string, Set<string>> => new Map(pages.map(([page, revisions]) => [page, new Set(revisions)]));

/** The previous build's manifest, if it left one and its output is still there. */
export function readManifest(file: string, outDir: string): BuildManifest | null {
  if (!existsSync(file) || !existsSync(outDir)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  } catch {
    return null;
  }
}

export const writeManifest = (file: string, manifest: BuildManifest): void => writeJsonFile(file, manifest);

/** Units whose key is unchanged are reused; a different site key, or pages whose outputs would overlap, build everything. */
export function planBuild(current: BuildManifest, previous: BuildManifest | null, pages: PageRevisions): BuildPlan {
  if (previous === null || previous.siteKey !== current.siteKey || pathsOverlap(pages)) return { build: null, reuse: new Set() };
  const build: string[] = [];
  const reuse = new Set<string>();
  for (const [unit, key] of Object.entries(current.units)) {
    if (previous.units[unit] === key) reuse.add(unit);
    else build.push(unit);
  }
  return { build, reuse };
}

/**
 * The plan again from the units it builds (what Astro is given; null for all): every other unit was found unchanged.
 * The build plans before Astro, in the prepare step's process, and needs the plan again only after Astro's run.
 */
export function planOf(units: UnitKeys, build: readonly string[] | null): BuildPlan {
  if (build === null) return { build: null, reuse: new Set() };
  const built = unitsIn(build);
  return { build: [...build], reuse: new Set(Object.keys(units).filter((unit) => !built(unit))) };
}

/** Whether the plan builds `unit`. */
export const plannedUnits = (plan: BuildPlan): ((unit: string) => boolean) => unitsIn(plan.build);

/** Removes each now-empty folder of `dirs` (relative to `root`) and its emptied parents, deepest first. */
function removeEmptyFolders(root: string, dirs: Iterable<string>): void {
  const all = new Set<string>();
  for (let dir of dirs) for (; dir !== '.' && dir !== ''; dir = dirname(dir)) all.add(dir);
  for (const dir of [...all].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(join(root, dir));
    } catch {
      // Not empty: it holds what stays.
    }
  }
}

/**
 * Brings `outDir`, the previous output, up to this build in place, once the build has succeeded: every file of
 * `staging` moves in over its old version, and every file of `outDir` that no reused unit owns and this build did
 * not write (a site-wide file, a rebuilt or gone unit's) is removed. What stays is not touched: a rebuild costs what
 * changed, not the size of the wiki. Returns how many files stayed, moved in, and went, and the URL path of every
 * page of the updated output (for the sitemap, which need not walk it again).
 */
export function updateInPlace(
  outDir: string,
  staging: string,
  reuse: ReadonlySet<string>,
  pages: PageRevisions,
  /** `outDir`'s files, if walked already (the walk is most of the time a rebuild spends here, and changes nothing). */
  previous: Iterable<string> = filesUnder(outDir),
): { kept: number; moved: number; removed: number; pagePaths: string[] } {
  const written = new Set(filesUnder(staging));
  let kept = 0;
  const gone: string[] = [];
  const pagePaths: string[] = [];
  const listed = (file: string) => {
    const path = pagePathOf(file);
    if (path !== null) pagePaths.push(path);
  };
  for (const file of previous) {
    if (written.has(file)) continue;
    const owner = ownerOf(file, pages);
    if (owner !== null && reuse.has(owner)) (kept++, listed(file));
    else gone.push(file);
  }
  written.forEach(listed);
  for (const file of gone) rmSync(join(outDir, file));
  removeEmptyFolders(outDir, gone.map(dirname));
  const made = new Set<string>();
  for (const file of written) {
    const target = join(outDir, file);
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    renameSync(join(staging, file), target);
  }
  rmSync(staging, { recursive: true, force: true });
  return { kept, moved: written.size, removed: gone.length, pagePaths };
}
