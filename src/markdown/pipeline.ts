/** The site's markdown pipeline: one list of plugins for astro.config's unified() processor and for tests. */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeCollectHeadings from './rehype-collect-headings.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeSiteLinks from './rehype-site-links.ts';
import { remarkDetectLanguage } from './highlight-config.ts';
import remarkMissingNotices from './remark-missing-notices.ts';
import remarkWikiDirectives from './remark-wiki-directives.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import rehypeSectionHistoryLinks from '../sections/rehype-section-history-links.ts';
import type { LinkTargets } from './wiki-links.ts';

/** Options for `unified()` from @astrojs/markdown-remark. */
export function markdownPipeline(targets: LinkTargets): MarkdownPipeline {
  return {
    // ikiwiki's markdown has no typographic quotes; GFM extras (tables, autolinks) are harmless supersets.
    gfm: true,
    smartypants: false,
    // Untagged code blocks get their language before Shiki runs (in rehype), so detection comes first.
    remarkPlugins: [remarkDetectLanguage as RemarkPlugin, [remarkWikiDirectives as RemarkPlugin, targets], remarkMissingNotices as RemarkPlugin],
    // Astro runs rehype-raw only after these plugins; raw HTML is parsed here so the sanitizer sees it.
    rehypePlugins: [
      rehypeRaw as RehypePlugin, [rehypeSanitize as RehypePlugin, sanitizeSchema], rehypeSlug as RehypePlugin,
      rehypeCollectHeadings as RehypePlugin, rehypeHeadingAnchors as RehypePlugin, [rehypeSiteLinks as RehypePlugin, targets],
      rehypeSectionHistoryLinks as RehypePlugin,
    ],
  };
}

export interface MarkdownPipeline {
  gfm: boolean;
  smartypants: boolean;
  remarkPlugins: Array<RemarkPlugin | [RemarkPlugin, unknown]>;
  rehypePlugins: Array<RehypePlugin | [RehypePlugin, unknown]>;
}
