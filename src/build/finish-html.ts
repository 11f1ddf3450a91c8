/**
 * A built page as it is served: written shorter (compact-html.ts), its inline CSS pruned to its own classes
 * (prune-css.ts), then its CSP `<meta>` (csp.ts), which hashes what the first two left.
 *
 * The steps read the page's UTF-8 bytes one character per byte (latin1), which they can: everything they look at
 * (tags, attributes, class names, CSS syntax) is ASCII, and the bytes of other characters pass through untouched. A
 * page decoded as text would be a two-byte string as soon as it holds one “ or →, twice the size and, for a page of
 * 1,000 lines, above the size V8 allocates apart: each step's copy of it cost five times as much.
 */
import { compactHtml } from './compact-html.ts';
import { withPolicy } from './csp.ts';
import { pruneInlineStyles } from './prune-css.ts';

/** The page's UTF-8 bytes finished, in a buffer of their own (not Node's shared pool: it may be transferred). */
export function finishPage(page: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('latin1');
  const finished = withPolicy(pruneInlineStyles(compactHtml(bytes)));
  const out = Buffer.allocUnsafeSlow(finished.length);
  out.write(finished, 'latin1');
  return out;
}
