/** A built page as it is served: written shorter (compact-html.ts), its inline CSS pruned to its own classes (prune-css.ts), then its CSP `<meta>` (csp.ts), which hashes what the first two left. */
import { compactHtml } from './compact-html.ts';
import { withPolicy } from './csp.ts';
import { pruneInlineStyles } from './prune-css.ts';

export function finishHtml(html: string): string {
  return withPolicy(pruneInlineStyles(compactHtml(html)));
}
