/** `[[!template id=NAME key="value"]]`: the wiki's template page filled as IkiWiki::Plugin::template fills it. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import { errorBox, html, param, unwrapParagraph, type DirectiveHandler } from './context.ts';
import { fillTemplate } from './html-template.ts';
import { scanWikiSyntax } from './syntax.ts';

// ikiwiki's basewiki templates, which every wiki has without a page of its own.
const BUILT_IN: ReadonlyMap<string, string> = new Map([
  ['note', '<div class="notebox">\n<TMPL_VAR text>\n</div>'],
  ['popup', '<span class="popup"><TMPL_VAR mouseover>\n<span class="paren">[</span><span class="balloon"><TMPL_VAR popup></span><span class="paren">]</span>\n</span>'],
]);

const BLOCK_HTML = /^\s*<(div|pre|table|blockquote|ul|ol|dl|form|h[1-6]|p)\b[^>]*>[\s\S]*<\/\1>\s*$/i;

/** ikiwiki nests preprocessing at most this deep before it calls it a loop. */
const MAX_DEPTH = 8;

/** A template page's body: its `[[!templatebody]]` if it has one, else the whole page. */
function templateBody(page: string): string {
  const body = scanWikiSyntax(page).find((t) => t.kind === 'directive' && t.name === 'templatebody');
  return body?.kind === 'directive' && body.params[0] ? body.params[0].value : page;
}

export const template: DirectiveHandler = (params, context) => {
  const id = param(params, 'id');
  if (id === undefined) return errorBox('template', context.line, 'missing id parameter');
  if (context.depth >= MAX_DEPTH) return errorBox('template', context.line, `template “${id}” includes itself (preprocessing loop)`);
  const name = id.replace(/^\//, '').replace(/^templates\//, '');
  const page = context.templates.get(name) ?? BUILT_IN.get(name);
  if (page === undefined) {
    return html(`<span class="wiki-error missing-template" role="note">Template “${escapeHtml(id)}” (page line ${context.line}) is not on this site.</span>`);
  }
  const body = templateBody(page);
  const depth = context.depth + 1;
  const values = new Map<string, string>([['basename', context.page.split('/').at(-1) ?? '']]);
  for (const { key, value } of params) {
    if (key === null) continue;
    const lower = key.toLowerCase();
    // Only values the template asks for are rendered, as ikiwiki queries the template first.
    if (new RegExp(`TMPL_(?:VAR|IF|UNLESS)[^>]*\\b${lower}\\b`, 'i').test(body)) values.set(lower, context.html(value, depth).replace(/\n$/, ''));
    values.set(`raw_${lower}`, value);
  }
  const filled = fillTemplate(body, values);
  // Discount leaves a block of HTML alone up to its closing tag, blank lines and all; CommonMark would end it at a blank line.
  if (BLOCK_HTML.test(filled)) return { kind: 'html', render: () => context.rawHtml(filled, depth) };
  return { kind: 'html', render: (alone) => (alone ? context.html(filled, depth, false) : unwrapParagraph(context.html(filled, depth, false))) };
};
