/** Prints a line diff as the text `diff -u -p` writes, byte for byte (given the two header lines and where the lines start). */
import { contextOutput, functionFinder, findFunction } from './function-context.ts';
import { groupHunks, rangeText, type Hunk } from './hunks.ts';
import { diffLines, type LineDiff } from './line-diff.ts';
import type { Lines } from './lines.ts';

const NO_NEWLINE = '\\ No newline at end of file\n';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * How many lines of the real file come before each text's first line (`firstLine - 1` for an excerpt), so hunk
 * headers give page line numbers, as `cvs diff` does on the whole file.
 */
export interface LineOffsets {
  old: number;
  new: number;
}

export const NO_OFFSETS: LineOffsets = { old: 0, new: 0 };

/** diff -p's context of a hunk as printed: text, exact bytes when a cut splits a character, or null. */
export type HunkContext = string | Uint8Array<ArrayBuffer> | null;

/** The `@@ -a,b +c,d @@` part of a hunk header (page line numbers with `offsets`), without context or newline. */
export const hunkRanges = (hunk: Hunk, offsets: LineOffsets = NO_OFFSETS): string =>
  `@@ -${rangeText(hunk.start0 + offsets.old, hunk.count0)} +${rangeText(hunk.start1 + offsets.new, hunk.count1)} @@`;

/** The whole header line as text, without its newline; split characters of the context read as U+FFFD. */
export function hunkHeader(hunk: Hunk, context: HunkContext, offsets: LineOffsets = NO_OFFSETS): string {
  const text = typeof context === 'string' || context === null ? context : decoder.decode(context);
  return `${hunkRanges(hunk, offsets)}${text === null ? '' : ` ${text}`}`;
}

/** The context of the hunk starting at old line `before`; `find` may be a `functionFinder`. */
export function hunkContext(old: readonly string[], before: number, find = (b: number) => findFunction(old, b)): HunkContext {
  const fn = find(before);
  return fn < 0 ? null : contextOutput(old[fn]!);
}

/** Runs this long are joined from the lines in one piece rather than grown line by line. */
const LONG_RUN = 16;

/**
 * Prints lines `from` to `to` (exclusive) of one file, each after `mark`, with the no-newline note after an
 * unterminated last line. A long run is joined in one flat string (faster than marking the newlines of a slice of the
 * text: bench/RESULTS.md, round 12); a short one is grown by `+=` (a rope in V8): few objects for the collector.
 */
class RunPrinter {
  readonly #lines: readonly string[];
  readonly #last: number;

  constructor(side: Lines) {
    this.#lines = side.lines;
    this.#last = side.missingNewline ? side.lines.length - 1 : -1;
  }

  run(mark: string, from: number, to: number): string {
    const lines = this.#lines;
    const end = this.#last >= from && this.#last < to ? this.#last : to;
    let out = '';
    if (end - from >= LONG_RUN) out = `${mark}${lines.slice(from, end).join(`\n${mark}`)}\n`;
    else for (let i = from; i < end; i++) out += `${mark}${lines[i]}\n`;
    return end < to ? `${out}${mark}${lines[end]}\n${NO_NEWLINE}` : out;
  }
}

/** The body of one hunk: context lines, then each change's deleted lines followed by its inserted ones. */
function hunkText(hunk: Hunk, old: RunPrinter, neu: RunPrinter): string {
  let out = '';
  let i = hunk.start0;
  let j = hunk.start1;
  for (const change of hunk.changes) {
    out += old.run(' ', i, change.line0);
    j += change.line0 - i;
    i = change.line0;
    out += old.run('-', i, i + change.deleted) + neu.run('+', j, j + change.inserted);
    i += change.deleted;
    j += change.inserted;
  }
  return out + old.run(' ', i, hunk.start0 + hunk.count0);
}

/** The hunks as pieces of output: text, and the raw bytes of contexts whose cut splits a character. */
function hunkPieces(diff: LineDiff, context: number, offsets: LineOffsets): Array<string | Uint8Array<ArrayBuffer>> {
  const hunks = groupHunks(diff.changes, diff.old.lines.length, diff.new.lines.length, context);
  const find = functionFinder(diff.old.lines);
  const [old, neu] = [new RunPrinter(diff.old), new RunPrinter(diff.new)];
  const pieces: Array<string | Uint8Array<ArrayBuffer>> = [];
  for (const h of hunks) {
    const fn = hunkContext(diff.old.lines, h.start0, find);
    if (fn === null || typeof fn === 'string') pieces.push(`${hunkHeader(h, fn, offsets)}\n`);
    else pieces.push(`${hunkRanges(h, offsets)} `, fn, '\n');
    pieces.push(hunkText(h, old, neu));
  }
  return pieces;
}

/** All hunks of a computed diff, from the first `@@` on, as text (a split character reads as U+FFFD); '' when equal. */
export function formatHunks(diff: LineDiff, context = 3, offsets: LineOffsets = NO_OFFSETS): string {
  return hunkPieces(diff, context, offsets)
    .map((p) => (typeof p === 'string' ? p : decoder.decode(p)))
    .join('');
}

/** Joins output pieces into the bytes of a file. */
function bytesOf(pieces: ReadonlyArray<string | Uint8Array<ArrayBuffer>>): Uint8Array<ArrayBuffer> {
  const parts = pieces.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The hunks of a computed diff as the bytes diff writes; empty when equal. */
export function hunkBytes(diff: LineDiff, context = 3, offsets: LineOffsets = NO_OFFSETS): Uint8Array<ArrayBuffer> {
  return bytesOf(hunkPieces(diff, context, offsets));
}

/** `diff -u -p` of two texts with the given `---` and `+++` labels, as bytes; empty when they are equal. */
export function unifiedPatch(oldText: string, newText: string, oldLabel: string, newLabel: string, offsets: LineOffsets = NO_OFFSETS): Uint8Array<ArrayBuffer> {
  return patchOf(diffLines(oldText, newText), oldLabel, newLabel, offsets);
}

/** The patch of an already computed diff (see `unifiedPatch`). */
export function patchOf(diff: LineDiff, oldLabel: string, newLabel: string, offsets: LineOffsets = NO_OFFSETS): Uint8Array<ArrayBuffer> {
  const pieces = hunkPieces(diff, 3, offsets);
  return pieces.length === 0 ? new Uint8Array(0) : bytesOf([`--- ${oldLabel}\n+++ ${newLabel}\n`, ...pieces]);
}

/** `unifiedPatch` as text (a split character of a context reads as U+FFFD). */
export function unifiedDiff(oldText: string, newText: string, oldLabel: string, newLabel: string, offsets: LineOffsets = NO_OFFSETS): string {
  return decoder.decode(unifiedPatch(oldText, newText, oldLabel, newLabel, offsets));
}

/** The line offsets of an excerpt pair: each revision's `firstLine - 1`. */
export const excerptOffsets = (from: { firstLine: number }, to: { firstLine: number }): LineOffsets => ({ old: from.firstLine - 1, new: to.firstLine - 1 });

/** The `---`/`+++` label of a revision in our .diff files: `ports/xen/howto.mdwn<TAB>1.51 2014-12-26T23:36:34Z`. */
export const diffLabel = (page: string, revision: string, date: string): string => `${page}.mdwn\t${revision} ${date}`;
