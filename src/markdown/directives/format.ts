/** `[[!format lang """text"""]]`: the text as a code block in that language. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import { html, errorBox, type DirectiveHandler } from './context.ts';

export const format: DirectiveHandler = (params, context) => {
  const [lang, text] = params.filter((p) => p.key === null).map((p) => p.value);
  if (lang === undefined || text === undefined) return errorBox('format', context.line, 'needs a format and a text');
  return html(`<pre><code class="language-${escapeHtml(lang)}">${escapeHtml(text)}\n</code></pre>`);
};
