/** The directives the site renders itself, by name; every other one becomes a placeholder. */
import type { DirectiveHandler } from './context.ts';
import { format } from './format.ts';
import { img } from './img.ts';
import { meta } from './meta.ts';
import { table } from './table.ts';
import { tag, taglink } from './tag.ts';
import { template } from './template.ts';
import { toc } from './toc.ts';
import { NOTHING } from './context.ts';

export const DIRECTIVES: ReadonlyMap<string, DirectiveHandler> = new Map<string, DirectiveHandler>([
  ['meta', meta],
  ['toc', toc],
  ['table', table],
  ['template', template],
  ['tag', tag],
  ['taglink', taglink],
  ['img', img],
  ['format', format],
  // Only meaningful on a template page: its body is what `template` reads.
  ['templatebody', () => NOTHING],
]);
