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

/**
 * For each revision r ≥ 1, the heading of revision r - 1 that each of its headings continues (by slug), for headings
 * the summary does not list (unchanged); matched once per revision, however many sections are followed through it.
 */
function keptHeadings(revisions: readonly SectionSource[]): (r: number, heading: Heading) => Heading | null {
  const kept: Array<Map<string, Heading>> = [];
  return (r, heading) => {
    if (!kept[r]) {
      kept[r] = new Map();
      for (const pair of matchHeadings(revisions[r - 1]!.headings, revisions[r]!.headings))
        if ((pair.kind === 'same' || pair.kind === 'renamed') && !kept[r].has(pair.new.slug)) kept[r].set(pair.new.slug, pair.old);
    }
    return kept[r].get(heading.slug) ?? null;
  };
}

/** Follows one heading of the newest revision back through the revisions. */
function eventsOf(revisions: readonly SectionSource[], keptFrom: ReturnType<typeof keptHeadings>, heading: Heading): SectionEvent[] {
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
    const before = entry?.old ?? keptFrom(r, current);
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
  const keptFrom = keptHeadings(revisions);
  return newest.headings.map((heading, i) => ({
    heading,
    lines: { first: heading.line, last: (newest.headings[i + 1]?.line ?? lastLine + 1) - 1 },
    events: eventsOf(revisions, keptFrom, heading),
  }));
}
