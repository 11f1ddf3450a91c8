/**
 * The Content-Security-Policy of each built page: a `<meta>` at the top of `<head>` that allows the
 * site's own files and exactly the inline scripts and styles the page holds, by their SHA-256.
 * Computed on the built HTML, so it holds whatever scripts the components emit, and nothing else. The HTML is the
 * page's UTF-8 bytes read one character per byte (finish-html.ts); white space is HTML's, ASCII only.
 */
import { createHash } from 'node:crypto';
import { upstreamSearchOrigin } from '../site-config.ts';

/** The inline `<script>` and `<style>` texts of a page, as the HTML parser reads them (raw text up to the end tag). */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  // A tag, skipping quoted attribute values (they may hold ">"); comments are skipped whole.
  const token = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/?[a-z][^\t\n\f\r />]*(?:[^>"']|"[^"]*"|'[^']*')*>/giy;
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next < 0) break;
    token.lastIndex = next;
    const match = token.exec(html);
    if (!match) {
      at = next + 1;
      continue;
    }
    at = token.lastIndex;
    const name = match[1]?.toLowerCase();
    if (!name) continue;
    const close = new RegExp(`</${name}`, 'ig');
    close.lastIndex = at;
    const end = close.exec(html)?.index ?? -1;
    const text = html.slice(at, end < 0 ? html.length : end);
    if (name === 'style') styles.push(text);
    else if (!/[\t\n\f\r ]src[\t\n\f\r ]*=/i.test(match[2] ?? '')) scripts.push(text);
    at = end < 0 ? html.length : end;
  }
  return { scripts, styles };
}

/** The hash of the block as served: `text` is its UTF-8 bytes, one character each (finish-html.ts). */
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'latin1').digest('base64')}'`;

/**
 * Whether the page may need style attributes: it has one, or it runs a script (which may build elements with one,
 * as Pagefind's UI does). A reading page has neither: code tokens are coloured by class.
 */
export function needsStyleAttributes(html: string): boolean {
  return /<script\b/i.test(html) || /<[a-z][^<>]*?[\t\n\f\r ]style[\t\n\f\r ]*=/i.test(html);
}

/** Whether the page may load stylesheet files: it links one, or it runs a script (which may add one). */
export function needsStyleFiles(html: string): boolean {
  return /<script\b/i.test(html) || /<link\b[^<>]*?\brel[\t\n\f\r ]*=[\t\n\f\r ]*"?stylesheet\b/i.test(html);
}

/**
 * The page's policy: no inline script or `eval` beyond the hashed blocks; stylesheet files and style attributes only
 * where the page needs them (a reading page has its styles inline, by hash, and nothing else).
 */
export function pagePolicy(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const unique = (texts: string[]) => [...new Set(texts.map(hash))].join(' ');
  const styleSources = [needsStyleFiles(html) ? "'self'" : '', unique(styles)].filter((s) => s !== '').join(' ') || "'none'";
  return [
    "default-src 'self'",
    // Pagefind's search (the page that loads /pagefind/) runs on WebAssembly; this allows compiling it, not eval.
    `script-src 'self'${html.includes('/pagefind/') ? " 'wasm-unsafe-eval'" : ''} ${unique(scripts)}`.trimEnd(),
    `style-src ${styleSources}`,
    ...(needsStyleAttributes(html) ? ["style-src-attr 'unsafe-inline'"] : []),
    // Images from the upstream wiki (and data: URLs) only where the page shows an image or a script may add one; the
    // others need only default-src's own files (the icon).
    ...(/<(img|script)\b/i.test(html) ? ["img-src 'self' data: https:"] : []),
    "object-src 'none'",
    "base-uri 'self'",
    // Without scripts the search box posts to the upstream wiki's search.
    `form-action 'self' ${upstreamSearchOrigin}`,
  ].join('; ');
}

/** The page with its policy `<meta>` as the first element of `<head>`, before anything it governs. */
export function withPolicy(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html).replaceAll('"', '&quot;')}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
