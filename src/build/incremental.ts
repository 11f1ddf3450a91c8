/**
 * The incremental build: compares this build's unit keys with those of the build that made the output folder,
 * has Astro build only the units that changed (and every site-wide page), and takes the other units' files
 * from the previous output by hard link.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ownerOf, pathsOverlap, type PageRevisions } from './output-owner.ts';
import type { UnitKeys } from './build-units.ts';

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

/** The previous build's manifest, if it left one and its output is still there. */
export function readManifest(file: string, outDir: string): BuildManifest | null {
  if (!existsSync(file) || !existsSync(outDir)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  } catch {
    return null;
  }
}

export function writeManifest(file: string, manifest: BuildManifest): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  renameSync(`${file}.tmp`, file);
}

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

/** Whether the plan builds `unit`. */
export function plannedUnits(plan: BuildPlan): (unit: string) => boolean {
  if (plan.build === null) return () => true;
  const wanted = new Set(plan.build);
  return (unit) => wanted.has(unit);
}

function* filesUnder(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* filesUnder(dir, path);
    else yield path;
  }
}

/**
 * Links into `staging` every file of `previous` that belongs to a reused unit and that this build did not write;
 * returns their paths (relative). Site-wide files are never taken: this build wrote them all.
 */
export function reuseOutputs(previous: string, staging: string, reuse: ReadonlySet<string>, pages: PageRevisions): Set<string> {
  const taken = new Set<string>();
  if (reuse.size === 0) return taken;
  const made = new Set<string>();
  for (const file of filesUnder(previous)) {
    const owner = ownerOf(file, pages);
    if (owner === null || !reuse.has(owner)) continue;
    const target = join(staging, file);
    if (existsSync(target)) continue;
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    try {
      linkSync(join(previous, file), target);
    } catch {
      // Another file system: a copy is as good, only slower.
      copyFileSync(join(previous, file), target);
    }
    taken.add(file);
  }
  return taken;
}
