/**
 * What preprocessing leaves for the markdown tree: a directive's expansion or a resolved link per placeholder.
 * These types live apart so render-context, preprocess and the directive modules need not import one another.
 */
import type { ResolvedLink } from './wiki-links.ts';

/**
 * What a directive leaves in the page. `html` is inserted as ikiwiki inserts its output into the
 * markdown; `render(alone)` says whether the directive stands alone in its paragraph.
 */
export type Expansion =
  | { kind: 'none' }
  | { kind: 'html'; render: (alone: boolean) => string };

/** One expanded directive or link, with the text it was written as (code shows that text). */
export type SlotContent = Expansion | ResolvedLink | { kind: 'text'; text: string };
export type Slot = SlotContent & { source: string };
