import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { shikiConfig } from './src/markdown/highlight-config.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { sitePages, upstream } from './src/site-config.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    processor: unified(markdownPipeline({ pages: sitePages(), upstream })),
    shikiConfig,
  },
});
