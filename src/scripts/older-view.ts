/**
 * On the 404 page: an older revision's annotate (`/<page>/annotate/<rev>/`) or source view (`/<page>/r/<rev>/source/`)
 * is not prebuilt; it is computed here, in a worker, from the page's history file, and shown at its own address.
 */
import { olderViewOf } from '../source/landing.ts';
import type { OlderView } from '../source/older-view.ts';
import type { UpstreamHosts } from '../upstream/links.ts';
import { inWorker } from './in-worker.ts';
import type { OlderViewJob } from './older-view-compute.ts';

/** Computes the view in a worker, or in this thread where workers are unavailable. */
const compute = (job: OlderViewJob): Promise<OlderView> =>
  inWorker({ kind: 'older', job }, (d): d is OlderView => 'html' in d, () => import('./older-view-compute.ts').then((m) => m.computeOlderView(job)));

const request = olderViewOf(location.pathname);
const main = document.querySelector('main');
if (request && main) {
  const hosts = JSON.parse(document.getElementById('older-view-data')!.textContent!) as UpstreamHosts;
  const status = document.getElementById('older-view-status')!;
  const what = request.kind === 'annotate' ? 'annotate' : 'source';
  status.textContent = `Computing the ${what} of revision ${request.revision} of ${request.page} from the page's history…`;
  compute({ request, hosts }).then(
    (view) => {
      document.title = `${view.title} · NetBSD wiki history`;
      status.textContent = `The ${what} of revision ${request.revision}, computed in your browser from the page's history.`;
      // The view's own markup replaces "Not found"; the status stays, after the header, for screen readers.
      const holder = document.createElement('div');
      holder.innerHTML = view.html;
      main.replaceChildren(...holder.childNodes);
      const facts = main.querySelector('.upstream-links');
      (facts ?? main.lastChild)?.after(status);
      // A `#L<n>` target did not exist when the page loaded: navigate to it again so it scrolls and `:target` marks it.
      if (location.hash) location.replace(location.href);
    },
    (error: unknown) => {
      status.textContent = `This view could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
}
