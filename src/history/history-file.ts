/**
 * One compact file per page for the browser: the newest text whole, each older revision as the
 * line edits that turn the next newer text into it (the way RCS stores a page), plus metadata.
 */
import { diffLines, type LineDiff } from '../diff/line-diff.ts';
import { splitLines } from '../diff/lines.ts';

/** `[at, deleted, ...inserted]`: at 0-based line `at` of the newer text, drop `deleted` lines and put these in. */
export type LineEdit = [number, number, ...string[]];

/** One revision's edits from the next newer revision, and whether its text lacks a final newline. */
export interface Delta {
  edits: LineEdit[];
  noNewline?: true;
}

export interface HistoryFile<Meta> {
  version: 1;
  page: string;
  /** Oldest first. */
  revisions: Meta[];
  /** The newest revision's text. */
  newest: string;
  /** `deltas[i]` rebuilds revision i from revision i + 1. */
  deltas: Delta[];
}

/** The edits that turn `newer` into `older`. */
export const deltaBetween = (newer: string, older: string): Delta => deltaFromDiff(diffLines(older, newer));

/** Applies a delta to the newer text, giving the older one. */
export function applyDelta(newer: string, delta: Delta): string {
  const { lines } = splitLines(newer);
  const out: string[] = [];
  let i = 0;
  for (const [at, deleted, ...inserted] of delta.edits) {
    for (; i < at; i++) out.push(lines[i]!);
    out.push(...inserted);
    i += deleted;
  }
  for (; i < lines.length; i++) out.push(lines[i]!);
  if (out.length === 0) return '';
  return out.join('\n') + (delta.noNewline ? '' : '\n');
}

/** The history file of a page from its metadata and texts (oldest first); `diffs[i]` may give the diff from text i to i + 1. */
export function encodeHistory<Meta>(page: string, revisions: readonly Meta[], texts: readonly string[], diffs: ReadonlyArray<LineDiff | undefined> = []): HistoryFile<Meta> {
  const deltas = texts.slice(0, -1).map((text, i) => (diffs[i] ? deltaFromDiff(diffs[i]) : deltaBetween(texts[i + 1]!, text)));
  return { version: 1, page, revisions: [...revisions], newest: texts.at(-1) ?? '', deltas };
}

/** Every revision's text, oldest first. */
export function decodeHistory(file: HistoryFile<unknown>): string[] {
  const texts: string[] = new Array<string>(file.deltas.length + 1);
  texts[file.deltas.length] = file.newest;
  for (let i = file.deltas.length - 1; i >= 0; i--) texts[i] = applyDelta(texts[i + 1]!, file.deltas[i]!);
  return texts;
}

/** The delta back from a forward diff's new text to its old text, without diffing again. */
export function deltaFromDiff(diff: LineDiff): Delta {
  const edits = diff.changes.map((c): LineEdit => [c.line1, c.inserted, ...diff.old.lines.slice(c.line0, c.line0 + c.deleted)]);
  return diff.old.lines.length > 0 && diff.old.missingNewline ? { edits, noNewline: true } : { edits };
}
