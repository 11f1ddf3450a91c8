/** `npm run bench`: every benchmark of the project, printed as figures (medians and ratios to references run alongside). */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { benchDiff } from './diff.ts';
import { benchHistory } from './history.ts';
import { benchMarkup } from './markup.ts';
import { benchScale } from './scale.ts';
import { benchSite } from './site.ts';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Benchmarks: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

await benchSite();
await benchDiff();
await benchHistory();
await benchMarkup();
await benchScale();
