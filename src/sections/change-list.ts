/** The sections a revision changed, as short labelled items with the diff hunk each one starts at. */
import type { SectionEntry } from '../diff/sections.ts';

export interface SectionChangeItem {
  kind: SectionEntry['kind'];
  /** The section's title; `old → new` for a rename; a fixed phrase for text above the first heading. */
  label: string;
  /** Anchor id of the first hunk in the section (`h2`), or null when the change has no hunk (a rename only). */
  hunk: string | null;
}

/** Text before the page's first heading belongs to no section. */
export const PREAMBLE_LABEL = 'text before the first heading';

function label(entry: SectionEntry): string {
  if (entry.kind === 'renamed') return `${entry.old!.text} → ${entry.new!.text}`;
  return (entry.new ?? entry.old)?.text ?? PREAMBLE_LABEL;
}

/** One item per summary entry, in page order. */
export function sectionChangeItems(sections: readonly SectionEntry[], hunkIds: readonly string[]): SectionChangeItem[] {
  return sections.map((entry) => {
    const first = entry.hunks[0];
    return { kind: entry.kind, label: label(entry), hunk: first === undefined ? null : (hunkIds[first] ?? null) };
  });
}
