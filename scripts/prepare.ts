/**
 * The build's first step, in a process of its own: reads and checks every revision once, renders,
 * diffs and annotates what the content cache lacks, and writes the site's records to `argv[2]`.
 * A bad input ends it with one `error:` line naming the file and the place, and exit status 1.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSiteSource } from '../src/loaders/site-source.ts';
import { prepareSite } from '../src/prepare/prepare-site.ts';
import { cacheDir, upstream } from '../src/site-config.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/prepare.ts <output.json>');
try {
  const prepared = await prepareSite(await openSiteSource((message) => console.error(message)), { cacheDir, upstream, log: (message) => console.error(message) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, JSON.stringify(prepared));
  renameSync(`${out}.tmp`, out);
  console.error(`content: ${prepared.records.length} revisions checked and prepared`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
