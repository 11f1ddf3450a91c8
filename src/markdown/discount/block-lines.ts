/** Line classes shared by the Discount compatibility passes: which lines are code, blank, list items, headings. */

export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
export const BLANK = /^[ \t]*$/;
/** A list item line at the margin, as micromark would start one: `* `, `- `, `+ `, `8. `, `8) `. */
export const LIST_MARKER = /^( {0,3})([*+-]|\d{1,9}[.)])( +|$)/;
export const THEMATIC_BREAK = /^ {0,3}([*_-])( *\1){2,} *$/;
export const ATX_HEADING = /^ {0,3}#{1,6}( |$)/;
export const INDENTED = /^( {4}|\t)/;

/** Calls `visit(line, index)` for each line outside fenced code blocks; returns the lines, which `visit` may change. */
export function mapProseLines(text: string, visit: (line: string, index: number, lines: readonly string[]) => string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = null;
      continue;
    }
    if (open) { fence = open; continue; }
    lines[i] = visit(line, i, lines);
  }
  return lines.join('\n');
}
