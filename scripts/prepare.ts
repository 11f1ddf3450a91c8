/**
 * The build's first step, in a process of its own: reads and checks every revision once, renders,
 * diffs and annotates what the content cache lacks, and writes the site's records to `argv[2]` and
 * their units (what the build plans with) to `argv[3]`.
 * A bad input ends it with one `error:` line naming the file and the place, and exit status 1.
 */
import { siteUnits } from '../src/build/build-units.ts';
import { openSiteSource } from '../src/loaders/site-source.ts';
import { prepareSite } from '../src/prepare/prepare-site.ts';
import { cacheDir, upstream } from '../src/site-config.ts';
import { writeJsonFile } from '../src/utils/json-file.ts';

const [out, unitsOut] = process.argv.slice(2);
if (!out || !unitsOut) throw new Error('usage: node scripts/prepare.ts <records.json> <units.json>');

try {
  const prepared = await prepareSite(await openSiteSource((message) => console.error(message)), { cacheDir, upstream, log: (message) => console.error(message) });
  writeJsonFile(unitsOut, siteUnits(prepared.records));
  writeJsonFile(out, prepared);
  console.error(`content: ${prepared.records.length} revisions checked and prepared`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
