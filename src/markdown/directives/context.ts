/** What a directive handler gets (the page, the site, a way to render wiki text) and what it gives back. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import type { RenderFindings } from '../render-context.ts';
import type { Expansion } from '../slot.ts';
import type { PageIndex } from '../wiki-links.ts';
import type { Param } from './syntax.ts';

export interface DirectiveContext {
  page: string;
  index: PageIndex;
  templates: ReadonlyMap<string, string>;
  /** Page line where the directive starts, for error messages. */
  line: number;
  /** How many directives this one is nested in (templates inside templates...). */
  depth: number;
  findings: RenderFindings;
  /**
   * Renders wiki text (directives, links, markdown) to HTML, as ikiwiki's preprocess then htmlize
   * do; `htmlize: false` renders it as part of the page's markdown instead (no one-line hack).
   */
  html(text: string, depth: number, htmlize?: boolean): string;
  /** Expands directives and links in text that is HTML already, leaving the rest as written (Discount's block HTML). */
  rawHtml(text: string, depth: number): string;
}

export type DirectiveHandler = (params: readonly Param[], context: DirectiveContext) => Expansion;

export const NOTHING: Expansion = { kind: 'none' };

export const html = (markup: string): Expansion => ({ kind: 'html', render: () => markup });

/** The value of the parameter named `key`; the last one if it is given twice, as ikiwiki's plugins read their params into a hash. */
export const param = (params: readonly Param[], key: string): string | undefined => params.findLast((p) => p.key === key)?.value;


/**
 * A visible box saying what went wrong with a directive, in ikiwiki's words (`[[!table Error: empty data]]`),
 * and where; alone in its paragraph it is that paragraph, as ikiwiki's error text is to markdown.
 */
export function errorBox(name: string, line: number, problem: string): Expansion {
  const box = `<span class="wiki-error" role="note">[[!${escapeHtml(name)} Error: ${escapeHtml(problem)}]]<span class="wiki-error-line"> (page line ${line})</span></span>`;
  return { kind: 'html', render: (alone) => (alone ? `<p>${box}</p>` : box) };
}

/** Drops the `<p>` around HTML that is one paragraph, as when a directive's output stands inside a paragraph. */
export function unwrapParagraph(markup: string): string {
  const trimmed = markup.trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(trimmed)?.[1];
  return inner !== undefined && !inner.includes('<p>') ? inner : markup;
}
