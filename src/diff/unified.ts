/** Prints a line diff as the text `diff -u -p` writes, byte for byte (given the two header lines). */
import { functionContext, functionFinder } from './function-context.ts';
import { groupHunks, rangeText, type Hunk } from './hunks.ts';
import { diffLines, type LineDiff } from './line-diff.ts';
import type { Lines } from './lines.ts';

const NO_NEWLINE = '\\ No newline at end of file\n';

/** The `@@ -a,b +c,d @@ context` line of a hunk (file line numbers), without its newline; `context` as `functionContext`. */
export function hunkHeader(hunk: Hunk, old: Lines, context = functionContext(old.lines, hunk.start0)): string {
  return `@@ -${rangeText(hunk.start0, hunk.count0)} +${rangeText(hunk.start1, hunk.count1)} @@${context === null ? '' : ` ${context}`}`;
}

/** One output line: marker, text, and the no-newline note after a file's unterminated last line. */
function line(marker: string, file: Lines, index: number): string {
  const last = file.missingNewline && index === file.lines.length - 1;
  return `${marker}${file.lines[index]}\n${last ? NO_NEWLINE : ''}`;
}

/** The body of one hunk: context lines, then each change's deleted lines followed by its inserted ones. */
function hunkText(hunk: Hunk, diff: LineDiff): string {
  const out: string[] = [];
  let i = hunk.start0;
  let j = hunk.start1;
  const end0 = hunk.start0 + hunk.count0;
  for (const change of hunk.changes) {
    for (; i < change.line0; i++, j++) out.push(line(' ', diff.old, i));
    for (let k = 0; k < change.deleted; k++) out.push(line('-', diff.old, i++));
    for (let k = 0; k < change.inserted; k++) out.push(line('+', diff.new, j++));
  }
  for (; i < end0; i++, j++) out.push(line(' ', diff.old, i));
  return out.join('');
}

/** All hunks of a computed diff, from the first `@@` on; empty when the texts are equal. */
export function formatHunks(diff: LineDiff, context = 3): string {
  const hunks = groupHunks(diff.changes, diff.old.lines.length, diff.new.lines.length, context);
  const find = functionFinder(diff.old.lines);
  return hunks.map((h) => `${hunkHeader(h, diff.old, functionContext(diff.old.lines, h.start0, find))}\n${hunkText(h, diff)}`).join('');
}

/** `diff -u -p` of two texts with the given `---` and `+++` labels; empty when they are equal. */
export function unifiedDiff(oldText: string, newText: string, oldLabel: string, newLabel: string): string {
  const body = formatHunks(diffLines(oldText, newText));
  return body === '' ? '' : `--- ${oldLabel}\n+++ ${newLabel}\n${body}`;
}

/** The `---`/`+++` label of a revision in our .diff files: `ports/xen/howto.mdwn<TAB>1.51 2014-12-26T23:36:34Z`. */
export const diffLabel = (page: string, revision: string, date: string): string => `${page}.mdwn\t${revision} ${date}`;
