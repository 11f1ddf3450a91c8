/** The history of each section of a page's newest revision: which revisions changed it, followed back through renames. */
import type { Heading } from '../markdown/outline.ts';
import { matchHeadings } from '../utils/heading-match.ts';
import type { RevisionChange } from './revision-change.ts';

/** What the history needs of each revision, oldest first. */
export interface SectionSource {
  revision: string;
  headings: readonly Heading[];
  change: RevisionChange;
}

export interface SectionEvent {
  /** The revision that changed the section. */
  revision: string;
  /** The revision before it, whose diff shows the change; null for the oldest revision the site has. */
  previous: string | null;
  /**
   * `changed`: text under the heading changed; `renamed`: its heading was retitled (text may have changed too);
   * `added`: the section first appears; `oldest`: it is already in the oldest revision the site has.
   */
  kind: 'changed' | 'renamed' | 'added' | 'oldest';
  /** The section's heading in this revision, and before a rename. */
  title: string;
  oldTitle?: string;
  /** Anchor id of the first hunk of the adjacent diff that touches the section, if any. */
  hunk: string | null;
}

export interface SectionHistory {
  heading: Heading;
  /** Page lines the section covers in the newest revision: from its heading to the line before the next heading. */
  lines: { first: number; last: number };
  /** Newest first. */
  events: SectionEvent[];
}

/** The heading of the revision before that `heading` continues, when the summary does not list it (unchanged). */
function keptFrom(before: readonly Heading[], after: readonly Heading[], heading: Heading): Heading | null {
  for (const pair of matchHeadings(before, after))
    if ((pair.kind === 'same' || pair.kind === 'renamed') && pair.new.slug === heading.slug) return pair.old;
  return null;
}

/** Follows one heading of the newest revision back through the revisions. */
function eventsOf(revisions: readonly SectionSource[], heading: Heading): SectionEvent[] {
  const events: SectionEvent[] = [];
  let current = heading;
  for (let r = revisions.length - 1; r >= 1; r--) {
    const { revision, change } = revisions[r]!;
    const entry = change.sections.find((e) => e.new?.slug === current.slug);
    const hunk = entry?.hunks[0] !== undefined ? (change.hunkIds[entry.hunks[0]] ?? null) : null;
    const base = { revision, previous: change.previous, title: current.text, hunk };
    if (entry?.kind === 'added') {
      events.push({ ...base, kind: 'added' });
      return events;
    }
    if (entry?.kind === 'renamed') events.push({ ...base, kind: 'renamed', oldTitle: entry.old!.text });
    else if (entry) events.push({ ...base, kind: 'changed' });
    const before = entry?.old ?? keptFrom(revisions[r - 1]!.headings, revisions[r]!.headings, current);
    if (!before) return events;
    current = before;
  }
  events.push({ revision: revisions[0]!.revision, previous: null, kind: 'oldest', title: current.text, hunk: null });
  return events;
}

/** One history per heading of the newest revision, in page order; `lastLine` is the revision's last page line. */
export function sectionHistories(revisions: readonly SectionSource[], lastLine: number): SectionHistory[] {
  const newest = revisions.at(-1);
  if (!newest) return [];
  return newest.headings.map((heading, i) => ({
    heading,
    lines: { first: heading.line, last: (newest.headings[i + 1]?.line ?? lastLine + 1) - 1 },
    events: eventsOf(revisions, heading),
  }));
}
