/**
 * Highlights each code block (`<pre>` holding one `<code>`) with Shiki, as Astro's markdown does: the language from the
 * code's `language-*` class (plain text without one), the block replaced by Shiki's `<pre>`. Astro's own plugin comes
 * with its whole markdown package (Prism, smartypants, front matter and more: 0.27 s of every render thread's start,
 * bench/RESULTS.md round 10); this takes only its highlighter, so the output is the same.
 */
import { createShikiHighlighter, type ShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { HighlightConfig } from './highlight-config.ts';

/** Languages left as written, as in Astro: math is for a math renderer. */
const EXCLUDED = new Set(['math']);
const LANGUAGE = /\blanguage-(\S+)\b/;

/** The language a code element's classes name, or plain text. */
export function codeLanguage(code: Element): string {
  const { className } = code.properties;
  const classes = typeof className === 'string' ? [className] : Array.isArray(className) ? className : [];
  for (const name of classes) {
    const match = typeof name === 'string' ? LANGUAGE.exec(name) : null;
    if (match) return match[1]!;
  }
  return 'plaintext';
}

/** The plugin, with the site's highlighting (`shikiConfig`): each setting Astro's markdown passes to Shiki, passed the same way. */
export default function rehypeHighlightCode(config: HighlightConfig) {
  let highlighter: Promise<ShikiHighlighter> | undefined;
  return async (tree: Root) => {
    const blocks: Array<{ parent: Root | Element; index: number; code: Element; language: string }> = [];
    visit(tree, 'element', (pre, index, parent) => {
      const code = pre.children[0];
      if (pre.tagName !== 'pre' || pre.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code' || !parent || index === undefined) return;
      const language = codeLanguage(code);
      if (!EXCLUDED.has(language)) blocks.push({ parent, index, code, language });
    });
    if (blocks.length === 0) return;
    highlighter ??= createShikiHighlighter({ langs: config.langs, theme: config.theme, themes: config.themes, langAlias: config.langAlias });
    const shiki = await highlighter;
    for (const { parent, index, code, language } of blocks) {
      const meta = (code.data as { meta?: string } | undefined)?.meta ?? (code.properties.metastring as string | undefined);
      const result = await shiki.codeToHast(toString(code), language, { meta, wrap: config.wrap, defaultColor: config.defaultColor, transformers: config.transformers });
      parent.children[index] = result.children[0] as Element;
    }
  };
}
