/** The HTTP headers the built site needs, by file: for our own server and for static hosts' `_headers` file. */
import { extname } from 'node:path';

/**
 * Sent with every response. The per-page policy for scripts and styles (hashes of inline ones) is
 * the `<meta>` the build puts in each page (`csp.ts`); what a `<meta>` policy cannot say is here.
 */
export const SITE_CSP = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Raw wiki sources and diffs: text for reading, never a document. Even a sniffing client gets an inert sandbox. */
export const RAW_CSP = "default-src 'none'; sandbox";

const TEXT = 'text/plain; charset=utf-8';

/** Types by extension; the raw files (`.mdwn`, `.diff`) are text whatever they contain. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.mdwn': TEXT,
  '.diff': TEXT,
  '.txt': TEXT,
  '.json': 'application/json',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Extensions whose files are raw text that must never be rendered. */
export const RAW_EXTENSIONS = ['.mdwn', '.diff', '.json'] as const;

/** The Content-Type of a file by its name; unknown kinds are opaque bytes, which browsers neither render nor run. */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Every header a file is served with. */
export function headersFor(path: string): Record<string, string> {
  const raw = (RAW_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
  return {
    'Content-Type': contentType(path),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': raw ? `${SITE_CSP}; ${RAW_CSP}` : SITE_CSP,
  };
}

/** The `_headers` file of Netlify and Cloudflare Pages: the same rules as `headersFor`, by URL pattern. */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/build/headers.ts): raw sources are text, nothing is sniffed.',
    block('/*', { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': SITE_CSP }),
    // Matching rules add up, so raw files get the site policy and the sandbox.
    ...RAW_EXTENSIONS.map((ext) => block(`/*${ext}`, { 'Content-Type': contentType(`file${ext}`), 'Content-Security-Policy': RAW_CSP })),
    '',
  ].join('\n\n');
}
