/** A hash of the code and settings that shape every output, so the cache never serves what older code made. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashKey } from './cache.ts';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Hash of `src/`, the lock file and the Astro config under `root`. */
export function codeKey(root = process.cwd()): string {
  const paths = [...files(join(root, 'src')), ...['package-lock.json', 'astro.config.ts', 'astro.config.mjs'].map((f) => join(root, f)).filter(existsSync)];
  return hashKey(...paths.flatMap((path) => [path.slice(root.length), readFileSync(path)]));
}
