/** Word-level diff of two strings: which words were removed, added or kept. */
import { isSpace, tokenFlags } from './word-flags.ts';

export type SegmentKind = 'equal' | 'removed' | 'added';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface WordDiff {
  /** The old text cut into equal and removed segments. */
  old: Segment[];
  /** The new text cut into equal and added segments. */
  new: Segment[];
  /** Both interleaved (removed before added), equal parts in their old spelling. */
  merged: Segment[];
}

export interface WordDiffOptions {
  /** Treat every run of white space (line breaks included) as equal to any other: for rewrapped prose. */
  ignoreWhitespace?: boolean;
}

const TOKEN = /[\p{L}\p{N}_]+|\s+|([^\p{L}\p{N}_\s])\1*/gu;

/** Words, runs of white space, and runs of one punctuation character. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Appends `text` to the segment list, merging with a last segment of the same kind. */
function push(list: Segment[], kind: SegmentKind, text: string): void {
  const last = list[list.length - 1];
  if (last?.kind === kind) last.text += text;
  else if (text !== '') list.push({ kind, text });
}

/** Marks white space kept between two changes as changed too, so " (" → ", " reads as one edit. */
function absorbSpaces(a: string[], b: string[], flags: [Uint8Array, Uint8Array]): void {
  let i = 0;
  let j = 0;
  let afterChange = false;
  while (i < a.length || j < b.length) {
    if (flags[0][i + 1] || flags[1][j + 1]) {
      while (flags[0][i + 1]) i++;
      while (flags[1][j + 1]) j++;
      afterChange = true;
      continue;
    }
    const [si, sj] = [i, j];
    while (i < a.length && j < b.length && !flags[0][i + 1] && !flags[1][j + 1] && isSpace(a[i]!)) i++, j++;
    const spacesOnly = i > si && (flags[0][i + 1] === 1 || flags[1][j + 1] === 1);
    if (afterChange && spacesOnly)
      for (let k = si, l = sj; k < i; k++, l++) flags[0][k + 1] = flags[1][l + 1] = 1;
    if (i === si) i++, j++;
    afterChange = false;
  }
}

/** Diffs `a` and `b` word by word. */
export function diffWords(a: string, b: string, options: WordDiffOptions = {}): WordDiff {
  const x = tokenize(a);
  const y = tokenize(b);
  const flags = tokenFlags(x, y, options.ignoreWhitespace ?? false);
  absorbSpaces(x, y, flags);
  const result: WordDiff = { old: [], new: [], merged: [] };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (flags[0][i + 1] || flags[1][j + 1]) {
      for (; flags[0][i + 1]; i++) push(result.old, 'removed', x[i]!), push(result.merged, 'removed', x[i]!);
      for (; flags[1][j + 1]; j++) push(result.new, 'added', y[j]!), push(result.merged, 'added', y[j]!);
      continue;
    }
    push(result.old, 'equal', x[i]!);
    push(result.new, 'equal', y[j]!);
    push(result.merged, 'equal', x[i]!);
    i++;
    j++;
  }
  return result;
}

/** Share of characters the two sides keep, from 0 (nothing in common) to 1 (equal). */
export function similarity(diff: WordDiff): number {
  const size = (segments: Segment[], kind: SegmentKind) =>
    segments.reduce((n, s) => n + (s.kind === kind ? s.text.length : 0), 0);
  const kept = size(diff.old, 'equal') + size(diff.new, 'equal');
  const total = kept + size(diff.old, 'removed') + size(diff.new, 'added');
  return total === 0 ? 1 : kept / total;
}
