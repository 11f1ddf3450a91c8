/** Which units this Astro run builds: all, or in an incremental build only those the plan file (`WIKI_BUILD_ONLY`) lists. */
import { readFileSync } from 'node:fs';

/** Whether to build `unit`; a plan file holds a JSON array of unit ids. */
export function buildFilter(planFile: string | undefined): (unit: string) => boolean {
  if (!planFile) return () => true;
  const wanted = new Set(JSON.parse(readFileSync(planFile, 'utf8')) as string[]);
  return (unit) => wanted.has(unit);
}
