/** Per revision of one page: the markdown as rendered, its headings, and the ids its sections had elsewhere in history. */
import { fillMissingLines } from '../markdown/missing-lines.ts';
import { outline, type Heading } from '../markdown/outline.ts';
import type { Revision } from '../schemas/revision.ts';
import { headingAliases } from '../utils/heading-aliases.ts';

export interface Prepared {
  revision: Revision;
  markdown: string;
  headings: Heading[];
  aliases: Record<string, string[]>;
}

/** `revisions` are one page's, oldest first; removed revisions have no headings and break no chain. */
export function preparePage(revisions: readonly Revision[]): Prepared[] {
  const markdowns = revisions.map((r) => fillMissingLines(r.body, r.firstLine, r.missing));
  const outlines = revisions.map((r, i) => (r.state === 'removed' ? [] : outline(markdowns[i]!, r.firstLine)));
  const aliases = headingAliases(outlines.filter((o, i) => revisions[i]!.state !== 'removed'));
  let present = 0;
  return revisions.map((revision, i) => ({
    revision,
    markdown: markdowns[i]!,
    headings: outlines[i]!,
    aliases: revision.state === 'removed' ? {} : Object.fromEntries(aliases[present++]!),
  }));
}
