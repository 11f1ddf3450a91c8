/** Renders Shiki's scope explanation of a snippet as reviewable text: one token per line, `"text" scopes`. */
import { createHighlighter } from 'shiki';
import type { HighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { darkTheme, lightTheme } from '../../src/markdown/code-themes.ts';
import { shikiConfig } from '../../src/markdown/highlight-config.ts';

// Typed as the core highlighter, which takes any language name: ours are not in Shiki's bundled list.
type Highlighter = HighlighterCore;
let highlighter: Promise<Highlighter> | undefined;

/** One highlighter for all tests, with the Oniguruma engine Astro uses at build time. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    langs: [...shikiConfig.langs, 'shellsession'],
    // The site paints with the light theme; the dark one is loaded for the contrast tests.
    themes: [lightTheme, darkTheme],
    engine: createOnigurumaEngine(import('shiki/wasm')),
  });
  return highlighter;
}

/** Scopes worth reviewing: not the grammar's root, not `meta.*` regions, and without the language suffix. */
function shown(scopes: string[], suffix: string): string[] {
  return scopes
    .filter((scope) => !scope.startsWith('source.') && !scope.startsWith('text.') && !scope.startsWith('meta.'))
    .map((scope) => (scope.endsWith(`.${suffix}`) ? scope.slice(0, -suffix.length - 1) : scope));
}

/** `> line` for each input line, then each non-blank token as JSON text and its scopes. */
export async function renderScopes(code: string, lang: string): Promise<string> {
  const hl = await getHighlighter();
  const suffix = hl.getLanguage(lang).name;
  const { tokens } = hl.codeToTokens(code, { lang, theme: shikiConfig.theme, includeExplanation: 'scopeName' });
  const lines = code.split('\n');
  const out: string[] = [];
  tokens.forEach((line, index) => {
    out.push(`> ${lines[index] ?? ''}`.trimEnd());
    for (const token of line) {
      for (const part of token.explanation ?? []) {
        if (part.content.trim() === '') continue;
        const scopes = shown(part.scopes.map((s) => s.scopeName), suffix);
        out.push(`${JSON.stringify(part.content)} ${scopes.join(' ') || '-'}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}
