/** `npm run bench`: every benchmark of the project, printed as figures (medians and ratios to references run alongside). */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { benchDiff } from './diff.ts';
import { benchHistory } from './history.ts';
import { benchMarkup } from './markup.ts';
import { benchOlderViews } from './older-views.ts';
import { benchScale } from './scale.ts';
import { benchSite } from './site.ts';
import { benchWikiScale } from './wiki-scale.ts';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Benchmarks: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

await benchSite();
await benchDiff();
await benchHistory();
await benchMarkup();
await benchOlderViews();
await benchScale();
// The whole wiki at the real wiki's size takes the longest; BENCH_WIKI_FRACTION=0.1 runs a tenth of it.
await benchWikiScale();
