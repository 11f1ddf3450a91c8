/** Counts what a hunk changed as a reader weighs it: words in compared paragraphs, lines elsewhere, moves apart. */
import type { ChangeCounts, ModelBlock, ModelLine } from './types.ts';
import { tokenize } from './words.ts';

const NOT_SPACE = /\S/;

/** Non-space tokens in a line's segments of the given kind. */
const changedTokens = (line: ModelLine, kind: 'removed' | 'added'): number =>
  (line.segments ?? []).reduce((n, s) => (s.kind === kind ? n + tokenize(s.text).filter((t) => NOT_SPACE.test(t)).length : n), 0);

export const noCounts = (): ChangeCounts => ({ words: { removed: 0, added: 0 }, lines: { removed: 0, added: 0 }, moved: 0 });

/** The counts of a hunk's blocks (moved lines already marked). */
export function countBlocks(blocks: readonly ModelBlock[]): ChangeCounts {
  const c = noCounts();
  for (const b of blocks) {
    if (b.kind === 'context') continue;
    for (const l of b.old)
      if (l.moved !== undefined) c.moved++;
      else if (b.kind === 'prose') c.words.removed += changedTokens(l, 'removed');
      else c.lines.removed++;
    for (const l of b.new)
      if (l.moved !== undefined) continue;
      else if (b.kind === 'prose') c.words.added += changedTokens(l, 'added');
      else c.lines.added++;
  }
  return c;
}

/** The sum of several counts. */
export function addCounts(all: readonly ChangeCounts[]): ChangeCounts {
  const c = noCounts();
  for (const x of all) {
    c.words.removed += x.words.removed;
    c.words.added += x.words.added;
    c.lines.removed += x.lines.removed;
    c.lines.added += x.lines.added;
    c.moved += x.moved;
  }
  return c;
}
