/**
 * Every page Astro prerenders is written finished (src/build/finish-html.ts: shorter, its CSS pruned, its CSP), on
 * a worker thread while Astro renders the next (astro.config.mjs renders eight at once). The dev server's pages are
 * left as they are: its scripts and styles change under a policy that hashes them.
 */
import { defineMiddleware } from 'astro:middleware';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFinishPool, type FinishPool } from './build/finish-pool.ts';

// Astro bundles this module, so its own URL is not the source tree's: Astro runs at the project's root.
let pool: FinishPool | undefined;
const finishPool = () => (pool ??= createFinishPool(pathToFileURL(join(process.cwd(), 'src/build/finish-worker.ts'))));

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await finishPool().finish(new Uint8Array(await response.arrayBuffer()), context.url.pathname);
  const headers = new Headers(response.headers);
  headers.set('Content-Length', String(html.byteLength));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
