/** Web Worker entry: computes an older revision's annotate or source view off the main thread. */
import { computeOlderView, type OlderViewJob } from './older-view-compute.ts';

self.addEventListener('message', (event: MessageEvent<OlderViewJob>) => {
  computeOlderView(event.data).then(
    (view) => self.postMessage(view),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
