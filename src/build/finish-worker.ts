/** Worker thread entry: finishes the pages it is given (finish-pages.ts), then exits; an error ends it with a non-zero code. */
import { workerData } from 'node:worker_threads';
import { finishPage } from './finish-pages.ts';

for (const file of workerData as string[]) finishPage(file);
