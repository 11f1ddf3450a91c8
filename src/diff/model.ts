/** Builds the serialisable DiffModel both the static build and the browser render from. */
import type { Heading } from '../markdown/outline.ts';
import { MISSING_LINE, type Revision } from '../schemas/revision.ts';
import { classifyLines, type LineInfo } from './blocks.ts';
import { addCounts, countBlocks, noCounts } from './counts.ts';
import { functionContext, functionFinder } from './function-context.ts';
import { groupHunks, type Hunk } from './hunks.ts';
import { diffLines, type LineDiff } from './line-diff.ts';
import { findMovedLines } from './moved.ts';
import { splitChange } from './reflow.ts';
import { hunkSections, sectionSummary, type ChangeRange } from './sections.ts';
import type { ContextRow, DiffModel, ModelBlock, ModelHunk, ModelLine, RevisionSummary } from './types.ts';
import { excerptOffsets, hunkHeader } from './unified.ts';
import type { Segment } from './words.ts';
import { bodyIndexOf, pageLineAt } from '../utils/page-lines.ts';

/** What the builder reads of a revision: its fields and its headings (see `withHeadings`). */
export type DiffSource = Pick<Revision, 'page' | 'revision' | 'date' | 'author' | 'log' | 'firstLine' | 'missing' | 'body'> & {
  headings: readonly Heading[];
};

interface Side {
  source: DiffSource;
  lines: readonly string[];
  noNewline: boolean;
  info: LineInfo[];
  /** Page line → what a `[[!missing]]` line stands for. */
  missing: Map<number, string>;
}

function side(source: DiffSource, lines: readonly string[], noNewline: boolean): Side {
  const missing = new Map<number, string>();
  for (const m of source.missing)
    if (lines[bodyIndexOf(source.firstLine, m.line)] === MISSING_LINE) missing.set(m.line, m.what);
  return { source, lines, noNewline, info: classifyLines(lines), missing };
}

/** One line of one side, with its page number, highlighting and notes. */
function modelLine(s: Side, index: number, segments?: Segment[] | null): ModelLine {
  const n = pageLineAt(s.source.firstLine, index);
  const line: ModelLine = { n, text: s.lines[index]! };
  if (segments && segments.some((g) => g.kind !== 'equal')) line.segments = segments;
  const missing = s.missing.get(n);
  if (missing !== undefined) line.missing = missing;
  if (s.noNewline && index === s.lines.length - 1) line.noNewline = true;
  return line;
}

function contextRow(a: Side, b: Side, i: number, j: number): ContextRow {
  const [o, n] = [modelLine(a, i), modelLine(b, j)];
  const row: ContextRow = { o: o.n, n: n.n, text: o.text };
  const missing = o.missing ?? n.missing;
  if (missing !== undefined) row.missing = missing;
  if (o.noNewline) row.noNewline = true;
  return row;
}

/** The hunk's rows: context runs, and each change split into paragraph and line parts. */
function blocks(hunk: Hunk, a: Side, b: Side): ModelBlock[] {
  const out: ModelBlock[] = [];
  let i = hunk.start0;
  let j = hunk.start1;
  const context = (until: number) => {
    const rows: ContextRow[] = [];
    for (; i < until; i++, j++) rows.push(contextRow(a, b, i, j));
    if (rows.length) out.push({ kind: 'context', rows });
  };
  for (const change of hunk.changes) {
    context(change.line0);
    for (const part of splitChange(change, a.lines, b.lines, a.info, b.info))
      out.push({
        kind: part.kind,
        rewrapped: part.rewrapped,
        old: part.oldSegments.map((segs, k) => modelLine(a, part.old[0] + k, segs)),
        new: part.newSegments.map((segs, k) => modelLine(b, part.new[0] + k, segs)),
      });
    i = change.line0 + change.deleted;
    j = change.line1 + change.inserted;
  }
  context(hunk.start0 + hunk.count0);
  return out;
}

/** The page-line ranges of a hunk's changes, for the section summary. */
const ranges = (hunk: Hunk, a: Side, b: Side): ChangeRange[] =>
  hunk.changes.map((c) => ({
    old: [pageLineAt(a.source.firstLine, c.line0), pageLineAt(a.source.firstLine, c.line0 + c.deleted)],
    new: [pageLineAt(b.source.firstLine, c.line1), pageLineAt(b.source.firstLine, c.line1 + c.inserted)],
  }));

const summary = (s: Side): RevisionSummary => ({
  revision: s.source.revision,
  date: s.source.date,
  author: s.source.author,
  log: s.source.log,
  firstLine: s.source.firstLine,
  lines: s.lines.length,
});

/** Marks moved lines with their other place; a moved line shows whole, so its word marks go. */
function markMoves(hunks: ModelHunk[]): void {
  for (const { old, new: neu } of findMovedLines(hunks)) {
    old.moved = neu.n;
    neu.moved = old.n;
    delete old.segments;
    delete neu.segments;
  }
}

/** Compares two revisions of a page; `diff` may be passed when already computed. */
export function buildDiffModel(from: DiffSource, to: DiffSource, diff: LineDiff = diffLines(from.body, to.body)): DiffModel {
  const a = side(from, diff.old.lines, diff.old.missingNewline);
  const b = side(to, diff.new.lines, diff.new.missingNewline);
  const hunks = groupHunks(diff.changes, a.lines.length, b.lines.length);
  const changeRanges = hunks.map((h) => ranges(h, a, b));
  const [oldHeadings, newHeadings] = [from.headings, to.headings];
  const sections = hunkSections(oldHeadings, newHeadings, changeRanges);
  const find = functionFinder(a.lines);
  const offsets = excerptOffsets(from, to);
  const modelHunks: ModelHunk[] = hunks.map((h, k) => {
    const context = functionContext(a.lines, h.start0, find);
    return {
      id: `h${k + 1}`,
      header: hunkHeader(h, context, offsets),
      context: context ?? '',
      old: { start: pageLineAt(from.firstLine, h.start0), count: h.count0 },
      new: { start: pageLineAt(to.firstLine, h.start1), count: h.count1 },
      section: sections[k]!,
      blocks: blocks(h, a, b),
      removed: h.changes.reduce((n, c) => n + c.deleted, 0),
      added: h.changes.reduce((n, c) => n + c.inserted, 0),
      counts: noCounts(),
    };
  });
  markMoves(modelHunks);
  for (const h of modelHunks) h.counts = countBlocks(h.blocks);
  return {
    page: from.page,
    from: summary(a),
    to: summary(b),
    identical: from.body === to.body,
    hunks: modelHunks,
    sections: sectionSummary(oldHeadings, newHeadings, changeRanges),
    removed: modelHunks.reduce((n, h) => n + h.removed, 0),
    added: modelHunks.reduce((n, h) => n + h.added, 0),
    counts: addCounts(modelHunks.map((h) => h.counts)),
  };
}
