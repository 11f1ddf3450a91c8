// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The site's public origin, for canonical links, Open Graph URLs and the sitemap. Set SITE_URL where the site is
 * deployed; the default is a reserved example host, so a build that forgot it claims nobody's domain.
 * @type {string}
 */
const site = process.env.SITE_URL ?? 'https://wiki-history.example';

/**
 * Which built files Astro inlines: stylesheets under 4 KB, nothing else.
 * @param {string} file
 * @param {Buffer} content
 * @returns {boolean}
 */
const inlineLimit = (file, content) => file.endsWith('.css') && content.length < 4096;

// Wiki pages are rendered by the content loader with the site's own pipeline (src/markdown/render.ts).
export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  // A page's stylesheets under 4 KB (every reading page's) are inlined: one gzipped response carries the page, and
  // the CSP allows them by hash (src/build/csp.ts). Bigger ones (the diff page's) and every script stay cached files.
  // Eight pages at once: while some are finished on a worker thread (src/middleware.ts) or written, Astro renders
  // the next. With two, Astro's thread waited on those hand-offs a third of the time (bench/RESULTS.md, round 7).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 8 },
  // The history worker (src/scripts/history-worker.ts) as an ES module, split by job: a diff does not load the
  // rendered view's HTML parser.
  vite: { build: { assetsInlineLimit: inlineLimit }, worker: { format: 'es' } },
  // The sitemap is written by scripts/build.ts (src/build/sitemap.ts) from the finished output, which an
  // incremental build completes with the unchanged pages of the previous one: Astro sees only the pages it renders.
});
