/** Web Worker entry: computes a DiffModel off the main thread, so a large diff never freezes the page. */
import { compareRevisions, type CompareRequest } from './diff-compute.ts';

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  compareRevisions(event.data).then(
    (comparison) => self.postMessage(comparison),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
