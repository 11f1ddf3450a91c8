/** What one revision changed against the one before it, from the adjacent pair's diff model. */
import type { SectionEntry } from '../diff/sections.ts';
import type { DiffModel } from '../diff/types.ts';
import { lineStats } from '../utils/line-stats.ts';

export interface RevisionChange {
  /** The revision before, or null for the oldest revision the site has. */
  previous: string | null;
  /** Sections touched, as the diff page's summary lists them (empty for the oldest revision). */
  sections: SectionEntry[];
  /** Anchor id of each hunk of the adjacent diff (`h1`, ...), indexed as `SectionEntry.hunks`. */
  hunkIds: string[];
  added: number;
  removed: number;
}

/** The change of a revision with a predecessor: the parts of its adjacent diff model that feeds and histories need. */
export const changeFromModel = (model: DiffModel): RevisionChange => ({
  previous: model.from.revision,
  sections: model.sections,
  hunkIds: model.hunks.map((h) => h.id),
  added: model.added,
  removed: model.removed,
});

/** The oldest revision the site has: everything in it counts as added. */
export const firstChange = (body: string): RevisionChange => ({ previous: null, sections: [], hunkIds: [], ...lineStats('', body) });
