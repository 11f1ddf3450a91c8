/** A static file server for the built site: correct types, nosniff and CSP headers, 404.html for unknown paths. */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { headersFor } from './headers.ts';

/** The file a URL path names inside `root`, or null; never a path outside `root`. */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const stat = statOrNull(path);
  if (stat?.isFile()) return path;
  if (stat?.isDirectory()) {
    const index = join(path, 'index.html');
    return statOrNull(index)?.isFile() ? index : null;
  }
  return null;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** A server for `root` (an absolute path); not yet listening. */
export function siteServer(root: string): Server {
  return createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end('method not allowed\n');
      return;
    }
    const url = request.url ?? '/';
    const path = url.split(/[?#]/)[0]!;
    const found = resolveFile(root, url);
    // A directory without its trailing slash: redirect, so relative links in its index resolve.
    // One leading slash only, or `//host` would send the reader to another site.
    if (found?.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('index.html')) {
      response.writeHead(301, { Location: `/${path.replace(/^\/+/, '')}/` });
      response.end();
      return;
    }
    const file = found ?? resolveFile(root, '/404.html');
    const status = found ? 200 : 404;
    if (!file) {
      response.writeHead(404, { ...headersFor('404.txt') });
      response.end('not found\n');
      return;
    }
    response.writeHead(status, { ...headersFor(file), 'Content-Length': statSync(file).size, 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}
