// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The site's public origin, for canonical links, Open Graph URLs and the sitemap. Set SITE_URL where the site is
 * deployed; the default is a reserved example host, so a build that forgot it claims nobody's domain.
 * @type {string}
 */
const site = process.env.SITE_URL ?? 'https://wiki-history.example';

// Wiki pages are rendered by the content loader with the site's own pipeline (src/markdown/render.ts).
export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts and styles stay external files: cached across pages, and allowed by a CSP without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  // The sitemap is written by scripts/build.ts (src/build/sitemap.ts) from the finished output, which an
  // incremental build completes with the unchanged pages of the previous one: Astro sees only the pages it renders.
});
