/** Web Worker entry: computes a DiffModel off the main thread, so a large diff never freezes the page. */
import { computeModel, type CompareRequest } from './diff-compute.ts';

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  computeModel(event.data).then(
    (model) => self.postMessage({ model }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
