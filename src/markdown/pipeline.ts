/**
 * The site's markdown pipeline in two phases: `parse` plugins depend only on the text they read (so a chunk of a page
 * can run them apart, see chunks.ts), `page` plugins on the whole page's headings and context.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeCollectHeadings from './rehype-collect-headings.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeRawGuard from './rehype-raw-guard.ts';
import rehypeSiteLinks from './rehype-site-links.ts';
import rehypeWikiToc from './rehype-wiki-toc.ts';
import { remarkDetectLanguage } from './highlight-config.ts';
import remarkHtmlBlockGuard from './remark-html-block-guard.ts';
import remarkMissingNotices from './remark-missing-notices.ts';
import remarkMailtoAutolinks from './discount/remark-mailto-autolinks.ts';
import remarkDiscountLists from './discount/remark-discount-lists.ts';
import rehypeDiscountTightItems from './discount/rehype-discount-tight-items.ts';
import remarkWikiDirectives from './remark-wiki-directives.ts';
import remarkChunkCheck from './remark-chunk-check.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import rehypeSectionHistoryLinks from '../sections/rehype-section-history-links.ts';
import type { PageIndex } from './wiki-links.ts';

/** The plugins of each phase; remark-rehype and Shiki go between the remark and rehype plugins of `parse`. */
export function markdownPipeline(index: PageIndex): MarkdownPipeline {
  return {
    // ikiwiki's markdown has no typographic quotes; GFM extras (tables, autolinks) are harmless supersets.
    gfm: true,
    smartypants: false,
    // The HTML block guard re-parses text after a runaway HTML block, so directives go back after it; they go back
    // before detection so code blocks hold their text as written when their language is detected.
    remarkPlugins: [
      remarkHtmlBlockGuard as RemarkPlugin, remarkDiscountLists as RemarkPlugin, remarkWikiDirectives as RemarkPlugin, remarkMailtoAutolinks as RemarkPlugin,
      remarkDetectLanguage as RemarkPlugin, remarkMissingNotices as RemarkPlugin, remarkChunkCheck as RemarkPlugin,
    ],
    // Raw HTML is parsed here so the sanitizer sees it.
    rehypePlugins: [
      rehypeDiscountTightItems as RehypePlugin, rehypeRawGuard as RehypePlugin, rehypeRawWhenNeeded as RehypePlugin, [rehypeSanitize as RehypePlugin, sanitizeSchema],
    ],
    // Ids are unique across the page and the toc lists all of it: these run on the whole page's tree.
    pagePlugins: [
      rehypeHeadingIds as RehypePlugin, rehypeCollectHeadings as RehypePlugin, rehypeWikiToc as RehypePlugin,
      rehypeHeadingAnchors as RehypePlugin, [rehypeSiteLinks as RehypePlugin, index], rehypeSectionHistoryLinks as RehypePlugin,
    ],
  };
}

export interface MarkdownPipeline {
  gfm: boolean;
  smartypants: boolean;
  remarkPlugins: Array<RemarkPlugin | [RemarkPlugin, unknown]>;
  rehypePlugins: Array<RehypePlugin | [RehypePlugin, unknown]>;
  pagePlugins: Array<RehypePlugin | [RehypePlugin, unknown]>;
}
