/**
 * ikiwiki's preprocess and linkify, before markdown runs: every directive and wikilink is expanded
 * and stands in the text as a placeholder that keeps the page's line numbers, so emphasis never
 * splits one and remark-wiki-directives can put each back as block or inline content.
 */
import { DIRECTIVES } from './directives/registry.ts';
import { keepListMarkersInParagraphs } from './discount/list-interrupt.ts';
import { joinSpacedReferences } from './discount/spaced-references.ts';
import { errorBox, type DirectiveContext } from './directives/context.ts';
import { placeholder } from './directives/placeholder.ts';
import { scanWikiSyntax, type Token } from './directives/syntax.ts';
import type { Slot, SlotContent } from './slot.ts';
import { resolveWikiLink } from './wiki-links.ts';

export interface Preprocessed {
  text: string;
  slots: Slot[];
}

export type PreprocessEnv = Omit<DirectiveContext, 'line' | 'depth'>;

export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';
/** Starts each line a placeholder continues over, so the paragraph it is in goes on. */
export const SLOT_LINE = '\uE002';

function expand(token: Token, env: PreprocessEnv, line: number, depth: number): SlotContent {
  switch (token.kind) {
    case 'escaped': return { kind: 'text', text: token.text };
    case 'link': return resolveWikiLink(token, env.page, env.index);
    case 'malformed': return errorBox(token.name, line, token.problem);
    case 'directive': {
      const context: DirectiveContext = { ...env, line, depth };
      const handler = DIRECTIVES.get(token.name);
      return handler ? handler(token.params, context) : placeholder(token.name, context);
    }
  }
}

/** Expands `markdown` (whose first line is page line `firstLine`), `depth` directives deep. */
export function preprocess(markdown: string, env: PreprocessEnv, firstLine = 1, depth = 0): Preprocessed {
  const tokens = scanWikiSyntax(markdown);
  if (tokens.length === 0) return { text: asDiscountReads(markdown), slots: [] };
  const slots: Slot[] = [];
  let text = '';
  let last = 0;
  let line = firstLine;
  for (const token of tokens) {
    line += countLines(markdown, last, token.start);
    const source = markdown.slice(token.start, token.end);
    slots.push({ ...expand(token, env, line, depth), source });
    text += markdown.slice(last, token.start) + SLOT_OPEN + String(slots.length - 1) + SLOT_CLOSE;
    const lines = countLines(source, 0, source.length);
    text += `\n${SLOT_LINE}`.repeat(lines);
    line += lines;
    last = token.end;
  }
  return { text: asDiscountReads(text + markdown.slice(last)), slots };
}

/** Where Discount reads markdown differently from CommonMark, the text is adjusted (each pass linear, lines kept). */
const asDiscountReads = (text: string): string => joinSpacedReferences(keepListMarkersInParagraphs(expandTabs(text)));

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Discount reads its input with tabs expanded to stops every 4 columns; so code blocks keep spaces, as on the wiki. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0;
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 10) column = 0;
    else if (char === 9) {
      out += text.slice(last, at) + ' '.repeat(4 - (column % 4));
      column += 4 - (column % 4);
      last = at + 1;
    } else if ((char & 0xfc00) !== 0xdc00) column++;
  }
  return out + text.slice(last);
}
