/** `npm run bench`: every benchmark of the project, printed as figures (medians and ratios to references run alongside). */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { benchSite } from './site.ts';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Benchmarks: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

await benchSite();
for (const [name, module] of [['diff', './diff.ts'], ['history', './history.ts']] as const) {
  try {
    const bench = (await import(module)) as Record<string, unknown>;
    const run = Object.values(bench).find((v): v is () => Promise<void> => typeof v === 'function' && v.name.startsWith('bench'));
    if (run) await run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.log(`\n(${name} benchmark not present)`);
  }
}
