/** Web Worker entry for the rendered view: parses both revision pages (a large HTML parser) apart from the line diff's worker. */
import { compareRendered, type CompareRequest } from './diff-compute.ts';

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  compareRendered(event.data).then(
    (rendered) => self.postMessage({ rendered }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
