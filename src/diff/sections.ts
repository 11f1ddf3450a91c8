/** Which sections a diff touches: changed, added, removed or renamed, and the hunks in each. */
import type { Heading } from '../markdown/outline.ts';
import { matchHeadings } from '../utils/heading-match.ts';

/** Page-line ranges [from, to) of one change on each side; an empty range sits before `from`. */
export interface ChangeRange {
  old: [number, number];
  new: [number, number];
}

export interface SectionEntry {
  kind: 'changed' | 'added' | 'removed' | 'renamed';
  /** The heading in the old and new revision; both null for text before the first heading. */
  old: Heading | null;
  new: Heading | null;
  /** Indexes of the hunks with changes in this section. */
  hunks: number[];
}

export interface HunkSection {
  old: Heading | null;
  new: Heading | null;
}

/** The heading whose section holds page line `line` (the last one at or above it), or null. */
export function sectionAt(headings: readonly Heading[], line: number): Heading | null {
  let [lo, hi] = [0, headings.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return headings[lo - 1] ?? null;
}

/** Where a change starts on one side: its first line, or the line before an empty range. */
const anchor = ([from, to]: [number, number]) => (to > from ? from : from - 1);

/** The section each hunk starts in, on both sides (its first change decides). */
export function hunkSections(oldHeadings: readonly Heading[], newHeadings: readonly Heading[], hunks: ChangeRange[][]): HunkSection[] {
  return hunks.map((changes) => {
    const first = changes[0]!;
    return { old: sectionAt(oldHeadings, anchor(first.old)), new: sectionAt(newHeadings, anchor(first.new)) };
  });
}

/** Lists the sections touched by the hunks, in page order, plus every added, removed or renamed one. */
export function sectionSummary(oldHeadings: readonly Heading[], newHeadings: readonly Heading[], hunks: ChangeRange[][]): SectionEntry[] {
  const pairs = matchHeadings(oldHeadings, newHeadings);
  const entries: SectionEntry[] = pairs.map((p) => ({
    kind: p.kind === 'same' ? 'changed' : p.kind,
    old: 'old' in p ? p.old : null,
    new: 'new' in p ? p.new : null,
    hunks: [],
  }));
  const preamble: SectionEntry = { kind: 'changed', old: null, new: null, hunks: [] };
  const bySide = { old: new Map<Heading, SectionEntry>(), new: new Map<Heading, SectionEntry>() };
  for (const e of entries) for (const side of ['old', 'new'] as const) if (e[side]) bySide[side].set(e[side], e);
  const entryOf = (side: 'old' | 'new', heading: Heading | null) => (heading ? bySide[side].get(heading)! : preamble);
  const note = (entry: SectionEntry, hunk: number) => entry.hunks.at(-1) !== hunk && entry.hunks.push(hunk);
  hunks.forEach((changes, k) => {
    for (const change of changes) {
      for (let line = change.old[0]; line < change.old[1]; line++) note(entryOf('old', sectionAt(oldHeadings, line)), k);
      for (let line = change.new[0]; line < change.new[1]; line++) note(entryOf('new', sectionAt(newHeadings, line)), k);
    }
  });
  const touched = entries.filter((e) => e.kind !== 'changed' || e.hunks.length > 0);
  return preamble.hunks.length > 0 ? [preamble, ...touched] : touched;
}
