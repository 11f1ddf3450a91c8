// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

/**
 * The site's public origin, for canonical links, Open Graph URLs and the sitemap. Set SITE_URL where the site is
 * deployed; the default is a reserved example host, so a build that forgot it claims nobody's domain.
 * @type {string}
 */
const site = process.env.SITE_URL ?? 'https://wiki-history.example';

/**
 * Paths of built pages whose canonical link names another URL (`/<page>/r/<newest>/` names `/<page>/`).
 * @type {Set<string>}
 */
const aliases = new Set();

/**
 * Finds the alias pages once the HTML is written, so that the sitemap, whose hook runs after this one, lists only
 * canonical URLs. Only the newest revision's own views can be aliases (`r/<rev>/`, `annotate/<rev>/`), so only they are read.
 * @returns {import('astro').AstroIntegration}
 */
const canonicalAliases = () => ({
  name: 'canonical-aliases',
  hooks: {
    'astro:build:done': ({ dir, pages }) => {
      for (const { pathname } of pages) {
        if (!/(^|\/)(r|annotate)\/[^/]+\/$/.test(pathname)) continue;
        const html = readFileSync(new URL(`${pathname}index.html`, dir), 'utf8');
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
        if (canonical && new URL(canonical).pathname !== `/${pathname}`) aliases.add(`/${pathname}`);
      }
    },
  },
});

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
  build: { format: 'directory', inlineStylesheets: 'auto' },
  vite: { build: { assetsInlineLimit: inlineLimit } },
  integrations: [
    canonicalAliases(),
    sitemap({ filter: (url) => !aliases.has(new URL(url).pathname) && !new URL(url).pathname.startsWith('/404') }),
  ],
});
