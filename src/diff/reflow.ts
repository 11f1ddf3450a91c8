/** Splits a change into paragraph pairs compared word by word across line breaks, and plain line runs. */
import type { LineInfo } from './blocks.ts';
import type { Change } from './script.ts';
import { diffWords, similarity, type Segment } from './words.ts';

export interface ChangePart {
  /** `prose`: a paragraph and its new version, diffed as running text; `lines`: line by line. */
  kind: 'prose' | 'lines';
  /** Prose whose words are all the same: only the line breaks moved. */
  rewrapped: boolean;
  /** 0-based line ranges [from, to) in the old and new file. */
  old: [number, number];
  new: [number, number];
  /** Highlighting per line of each range; null shows the line as a whole. */
  oldSegments: Array<Segment[] | null>;
  newSegments: Array<Segment[] | null>;
}

/** Longer "paragraphs" (a file without blank lines, say) are shown line by line. */
const MAX_PARAGRAPH = 400;

interface Chunk {
  prose: boolean;
  from: number;
  to: number;
}

/** Runs of lines in [from, to): one per prose paragraph, one per stretch of other lines. */
function chunks(info: readonly LineInfo[], from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  for (let i = from; i < to; ) {
    const start = i;
    const p = info[i]!.paragraph;
    if (p >= 0) while (i < to && info[i]!.paragraph === p) i++;
    else while (i < to && info[i]!.paragraph < 0) i++;
    out.push({ prose: p >= 0, from: start, to: i });
  }
  return out;
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** The chunk's words, lower-cased. */
const words = (lines: readonly string[], c: Chunk): string[] => lines.slice(c.from, c.to).join(' ').toLowerCase().match(WORD) ?? [];

/** Dice coefficient of the two chunks' word multisets. */
function overlap(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      shared++;
      bag.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Pairs old and new chunks in order (weighted LCS): paragraphs by shared words, other runs with each other. */
function align(a: Chunk[], b: Chunk[], oldLines: readonly string[], newLines: readonly string[]): Array<[Chunk | null, Chunk | null]> {
  if (a.length * b.length > 250_000) {
    // Too many to weigh: pair by position.
    return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => {
      const [o, n] = [a[k] ?? null, b[k] ?? null];
      return o && n && o.prose !== n.prose ? [[o, null], [null, n]] : [[o, n]];
    }).flat() as Array<[Chunk | null, Chunk | null]>;
  }
  // Words are only read for pairs of paragraphs, each chunk's at most once.
  const wa: Array<string[] | undefined> = [];
  const wb: Array<string[] | undefined> = [];
  const score = (i: number, j: number): number => {
    if (a[i]!.prose !== b[j]!.prose) return -1;
    if (!a[i]!.prose) return 0.5;
    const s = overlap((wa[i] ??= words(oldLines, a[i]!)), (wb[j] ??= words(newLines, b[j]!)));
    return s >= 0.3 ? 1 + s : -1;
  };
  // best[i * w + j]: the best total weight of pairing a[i..] with b[j..]; scores[i * w + j] = score(i, j).
  const w = b.length + 1;
  const best = new Float64Array((a.length + 1) * w);
  const scores = new Float64Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) {
      const s = (scores[i * w + j] = score(i, j));
      best[i * w + j] = Math.max(best[(i + 1) * w + j]!, best[i * w + j + 1]!, s < 0 ? -1 : s + best[(i + 1) * w + j + 1]!);
    }
  const pairs: Array<[Chunk | null, Chunk | null]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const s = i < a.length && j < b.length ? scores[i * w + j]! : -1;
    if (s >= 0 && best[i * w + j] === s + best[(i + 1) * w + j + 1]!) pairs.push([a[i++]!, b[j++]!]);
    else if (j >= b.length || (i < a.length && best[i * w + j] === best[(i + 1) * w + j])) pairs.push([a[i++]!, null]);
    else pairs.push([null, b[j++]!]);
  }
  return pairs;
}

/** Cuts segments at line breaks: one segment list per line. */
export function segmentsByLine(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const s of segments)
    s.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ kind: s.kind, text: piece });
    });
  return lines;
}

/** A paragraph pair: word diff over the joined lines, ignoring how white space and line breaks fall. */
function prosePart(o: Chunk, n: Chunk, oldLines: readonly string[], newLines: readonly string[]): ChangePart {
  const diff = diffWords(oldLines.slice(o.from, o.to).join('\n'), newLines.slice(n.from, n.to).join('\n'), { ignoreWhitespace: true });
  const rewrapped = diff.merged.every((s) => s.kind === 'equal');
  return { kind: 'prose', rewrapped, old: [o.from, o.to], new: [n.from, n.to], oldSegments: segmentsByLine(diff.old), newSegments: segmentsByLine(diff.new) };
}

/** Lines shown side by side in order; pairs that are similar enough get word highlights. */
function linesPart(old: [number, number], neu: [number, number], oldLines: readonly string[], newLines: readonly string[]): ChangePart {
  const part: ChangePart = { kind: 'lines', rewrapped: false, old, new: neu, oldSegments: [], newSegments: [] };
  const [oldCount, newCount] = [old[1] - old[0], neu[1] - neu[0]];
  for (let k = 0; k < Math.max(oldCount, newCount); k++) {
    const a = k < oldCount ? oldLines[old[0] + k] : undefined;
    const b = k < newCount ? newLines[neu[0] + k] : undefined;
    const diff = a !== undefined && b !== undefined ? diffWords(a, b) : null;
    const useful = diff !== null && similarity(diff) >= 0.5;
    if (a !== undefined) part.oldSegments.push(useful ? diff.old : null);
    if (b !== undefined) part.newSegments.push(useful ? diff.new : null);
  }
  return part;
}

/** The parts of one change, in order. */
export function splitChange(
  change: Change,
  oldLines: readonly string[],
  newLines: readonly string[],
  oldInfo: readonly LineInfo[],
  newInfo: readonly LineInfo[],
): ChangePart[] {
  const a = chunks(oldInfo, change.line0, change.line0 + change.deleted);
  const b = chunks(newInfo, change.line1, change.line1 + change.inserted);
  const parts: ChangePart[] = [];
  let old: [number, number] = [change.line0, change.line0];
  let neu: [number, number] = [change.line1, change.line1];
  const flush = () => {
    if (old[0] < old[1] || neu[0] < neu[1]) parts.push(linesPart(old, neu, oldLines, newLines));
    old = [old[1], old[1]];
    neu = [neu[1], neu[1]];
  };
  for (const [o, n] of align(a, b, oldLines, newLines)) {
    if (o?.prose && n?.prose && o.to - o.from <= MAX_PARAGRAPH && n.to - n.from <= MAX_PARAGRAPH) {
      flush();
      parts.push(prosePart(o, n, oldLines, newLines));
      old = [o.to, o.to];
      neu = [n.to, n.to];
      continue;
    }
    if (o) old[1] = o.to;
    if (n) neu[1] = n.to;
  }
  flush();
  return parts;
}
