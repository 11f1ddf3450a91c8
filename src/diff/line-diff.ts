/** Line diff choosing the same lines as GNU diff 3.8: trimming, discards, Myers, boundary shifts. */
import { discardConfusing } from './discard.ts';
import { compareSeq, seqContext, tooExpensiveFor, type SeqEngine } from './diffseq.ts';
import { identicalEnds } from './ends.ts';
import { equivalenceIds } from './equiv.ts';
import { splitLines, type Lines } from './lines.ts';
import { buildScript, type Change } from './script.ts';
import { shiftBoundaries } from './shift.ts';

export interface LineDiff {
  old: Lines;
  new: Lines;
  /** Changes in file order, 0-based line numbers. */
  changes: Change[];
}

export interface LineDiffOptions {
  /** Lines of the common prefix and suffix kept in the comparison: diff uses its context (3). */
  horizon?: number;
  /** Diff's `--minimal`: no discards, no cost cut-off. */
  minimal?: boolean;
  /** Where the Myers search runs (`auto`: WebAssembly for large comparisons when available); the result is the same. */
  engine?: SeqEngine;
}

/** Keeps the lines not discarded, remembering where each came from. */
function undiscarded(ids: Int32Array, discards: Uint8Array): { ids: Int32Array; index: Int32Array } {
  let count = 0;
  for (let i = 0; i < discards.length; i++) if (!discards[i]) count++;
  const kept = new Int32Array(count);
  const index = new Int32Array(count);
  for (let i = 0, k = 0; i < ids.length; i++)
    if (!discards[i]) {
      kept[k] = ids[i]!;
      index[k++] = i;
    }
  return { ids: kept, index };
}

/** Compares two texts line by line; the result is what `diff -u` prints, before formatting. */
export function diffLines(oldText: string, newText: string, options: LineDiffOptions = {}): LineDiff {
  const old = splitLines(oldText);
  const neu = splitLines(newText);
  const all = equivalenceIds(old, neu);
  const { prefix, suffix } = identicalEnds(all.a, all.b, options.horizon ?? 3);
  const a = all.a.subarray(prefix, all.a.length - suffix);
  const b = all.b.subarray(prefix, all.b.length - suffix);
  const changed: [Uint8Array, Uint8Array] = [new Uint8Array(a.length + 2), new Uint8Array(b.length + 2)];
  const minimal = options.minimal ?? false;
  const [discardA, discardB] = minimal
    ? [new Uint8Array(a.length), new Uint8Array(b.length)]
    : discardConfusing(a, b, all.classes);
  for (let i = 0; i < discardA.length; i++) if (discardA[i]) changed[0][i + 1] = 1;
  for (let j = 0; j < discardB.length; j++) if (discardB[j]) changed[1][j + 1] = 1;
  const x = undiscarded(a, discardA);
  const y = undiscarded(b, discardB);
  const context = seqContext(
    x.ids,
    y.ids,
    (k) => (changed[0][x.index[k]! + 1] = 1),
    (k) => (changed[1][y.index[k]! + 1] = 1),
    minimal ? Infinity : tooExpensiveFor(x.ids.length, y.ids.length),
    undefined,
    options.engine,
  );
  compareSeq(context, 0, x.ids.length, 0, y.ids.length, minimal);
  shiftBoundaries([a, b], changed);
  return { old, new: neu, changes: buildScript(changed[0], changed[1], prefix, prefix) };
}
