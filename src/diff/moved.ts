/** Finds lines that an edit moved: removed in one place and added, unchanged, in another (as git's --color-moved). */
import type { ModelHunk, ModelLine } from './types.ts';

/** A moved line: where it was removed and where it was added. */
export interface MovedLine {
  old: ModelLine;
  new: ModelLine;
}

/** git's rule: a moved block needs this many letters and digits, so that a lone `}` or a short word is no move. */
export const MIN_MOVED_ALNUM = 20;

const ALNUM = /[\p{L}\p{N}]/gu;
const alnum = (text: string) => text.match(ALNUM)?.length ?? 0;

interface Placed {
  line: ModelLine;
  /** The block the line is shown in: a line re-added in its own paragraph or run is an edit there, not a move. */
  block: string;
}

/** Every removed and every added line of the hunks, in order, with its block. */
function changedLines(hunks: readonly ModelHunk[]): { old: Placed[]; new: Placed[] } {
  const out: { old: Placed[]; new: Placed[] } = { old: [], new: [] };
  hunks.forEach((h, i) =>
    h.blocks.forEach((b, j) => {
      if (b.kind === 'context') return;
      for (const line of b.old) out.old.push({ line, block: `${i}.${j}` });
      for (const line of b.new) out.new.push({ line, block: `${i}.${j}` });
    }),
  );
  return out;
}

/** Pairs equal non-blank lines, old in order with the first unused new one outside its block. */
function pairEqualLines(old: readonly Placed[], neu: readonly Placed[]): MovedLine[] {
  const byText = new Map<string, Placed[]>();
  for (const p of neu) if (p.line.text.trim() !== '' && p.line.missing === undefined) byText.set(p.line.text, [...(byText.get(p.line.text) ?? []), p]);
  const pairs: MovedLine[] = [];
  for (const o of old) {
    const candidates = byText.get(o.line.text);
    const k = candidates?.findIndex((n) => n.block !== o.block) ?? -1;
    if (k < 0) continue;
    pairs.push({ old: o.line, new: candidates!.splice(k, 1)[0]!.line });
  }
  return pairs.sort((a, b) => a.old.n - b.old.n);
}

/** Moved lines, in old order; runs of consecutive lines (on both sides) too short to be a move are left out. */
export function findMovedLines(hunks: readonly ModelHunk[]): MovedLine[] {
  const { old, new: neu } = changedLines(hunks);
  const pairs = pairEqualLines(old, neu);
  const kept: MovedLine[] = [];
  for (let k = 0; k < pairs.length; ) {
    let end = k + 1;
    while (end < pairs.length && pairs[end]!.old.n === pairs[end - 1]!.old.n + 1 && pairs[end]!.new.n === pairs[end - 1]!.new.n + 1) end++;
    const run = pairs.slice(k, end);
    if (run.reduce((sum, p) => sum + alnum(p.old.text), 0) >= MIN_MOVED_ALNUM) kept.push(...run);
    k = end;
  }
  return kept;
}
