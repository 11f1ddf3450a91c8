/** Directives the site cannot render from what it has: a visible note that names the directive and points upstream. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import type { Expansion } from '../slot.ts';
import { html, type DirectiveContext } from './context.ts';
import { pageHref } from '../wiki-links.ts';

export function placeholder(name: string, context: DirectiveContext): Expansion {
  const href = pageHref(context.page, { ...context.index, built: new Set() });
  return html(`<span class="wiki-directive" role="note">[[!${escapeHtml(name)}]] is shown only on <a href="${escapeHtml(href)}">the wiki’s own page</a></span>`);
}
