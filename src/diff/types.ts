/** The DiffModel: everything a diff view shows, as plain JSON (built once, rendered anywhere). */
import type { HunkSection, SectionEntry } from './sections.ts';
import type { Segment } from './words.ts';

/** A line of one side: page line number, text, and word highlights when only part of it changed. */
export interface ModelLine {
  n: number;
  text: string;
  segments?: Segment[];
  /** The line is a `[[!missing]]` marker standing for this text. */
  missing?: string;
  /** The file's last line, without a newline. */
  noNewline?: true;
  /** The line moved: its page line on the other side (it is shown whole, without word marks). */
  moved?: number;
}

/** An unchanged line, with its number in both revisions. */
export interface ContextRow {
  o: number;
  n: number;
  text: string;
  missing?: string;
  noNewline?: true;
}

export type ModelBlock =
  | { kind: 'context'; rows: ContextRow[] }
  /** `prose`: a paragraph diffed as running text (`rewrapped`: same words); `lines`: line by line. */
  | { kind: 'prose' | 'lines'; rewrapped: boolean; old: ModelLine[]; new: ModelLine[] };

export interface ModelHunk {
  /** Anchor id: `h1`, `h2`, … */
  id: string;
  /** The GNU `@@ -a,b +c,d @@ context` line with page line numbers, as in the .diff (a split character reads as U+FFFD). */
  header: string;
  /** diff -p's context: last line above the hunk starting with a letter, `$` or `_` (≤ 40 bytes). */
  context: string;
  /** Page line of the hunk's first line on each side, and how many lines it covers. */
  old: { start: number; count: number };
  new: { start: number; count: number };
  section: HunkSection;
  blocks: ModelBlock[];
  /** Lines removed and added, as diff -u counts them (moved lines included). */
  removed: number;
  added: number;
  counts: ChangeCounts;
}

/** How much changed, as a reader weighs it. */
export interface ChangeCounts {
  /** Words (and runs of punctuation) removed and added inside paragraphs compared word by word. */
  words: { removed: number; added: number };
  /** Other lines removed and added (code, headings, new or dropped paragraphs), moved lines left out. */
  lines: { removed: number; added: number };
  /** Lines that moved, each counted once (on its old side). */
  moved: number;
}

export interface RevisionSummary {
  revision: string;
  date: string;
  author: string | null;
  log: string | null;
  firstLine: number;
  lines: number;
}

export interface DiffModel {
  page: string;
  from: RevisionSummary;
  to: RevisionSummary;
  identical: boolean;
  hunks: ModelHunk[];
  sections: SectionEntry[];
  /** Lines removed and added, as diff -u counts them. */
  removed: number;
  added: number;
  counts: ChangeCounts;
}
