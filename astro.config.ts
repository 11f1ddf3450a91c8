import { defineConfig } from 'astro/config';

// Wiki pages are rendered by the content loader with the site's own pipeline (src/markdown/render.ts).
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});
