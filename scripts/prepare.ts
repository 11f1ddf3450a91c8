/**
 * The build's first step, in a process of its own: reads and checks every revision once, renders,
 * diffs and annotates what the content cache lacks, and writes the site's records to `argv[2]` and
 * their units (what the build plans and finishes with) to `argv[3]`. Given `argv[4]`, it also plans the
 * build into the output folder: when the build that made it can be reused, it writes there the units
 * Astro is to build. Planning here, where the units are in memory already, keeps them out of the build's
 * own process, which waits through Astro's run (bench/RESULTS.md, round 9).
 * A bad input ends it with one `error:` line naming the file and the place, and exit status 1.
 */
import { siteUnits } from '../src/build/build-units.ts';
import { manifestOf, manifestPath, pageRevisions, planBuild, readManifest } from '../src/build/incremental.ts';
import { siteKey } from '../src/build/site-key.ts';
import { openSiteSource } from '../src/loaders/site-source.ts';
import { prepareSite } from '../src/prepare/prepare-site.ts';
import { cacheDir, outDir, upstream } from '../src/site-config.ts';
import { writeJsonFile } from '../src/utils/json-file.ts';

const [out, unitsOut, planOut] = process.argv.slice(2);
if (!out || !unitsOut) throw new Error('usage: node scripts/prepare.ts <records.json> <units.json> [<plan.json>]');

try {
  const prepared = await prepareSite(await openSiteSource((message) => console.error(message)), { cacheDir, upstream, log: (message) => console.error(message) });
  const units = siteUnits(prepared.records, siteKey([...new Set(prepared.records.map((r) => r.page))]));
  writeJsonFile(unitsOut, units);
  writeJsonFile(out, prepared);
  console.error(`content: ${prepared.records.length} revisions checked and prepared`);
  if (planOut) {
    const plan = planBuild(manifestOf(units), readManifest(manifestPath(cacheDir, outDir), outDir), pageRevisions(units));
    if (plan.build !== null) {
      writeJsonFile(planOut, plan.build);
      console.error(`incremental: ${plan.build.length} of ${Object.keys(units.units).length} pages, revisions and pairs changed; the rest is taken from ${outDir}/`);
    }
  }
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
