/** Which units a run builds: all, or in an incremental build only those its plan lists. */
import { readFileSync } from 'node:fs';

/** Whether a unit is among `build`; null builds every unit. */
export function unitsIn(build: readonly string[] | null): (unit: string) => boolean {
  if (build === null) return () => true;
  const wanted = new Set(build);
  return (unit) => wanted.has(unit);
}

/** The predicate of a plan file (`WIKI_BUILD_ONLY`: a JSON array of unit ids); without one, every unit. */
export const buildFilter = (planFile: string | undefined): ((unit: string) => boolean) =>
  unitsIn(planFile ? (JSON.parse(readFileSync(planFile, 'utf8')) as string[]) : null);
