/**
 * Splits markdown (after preprocessing) into runs of lines that parse the same apart as together: each run after the
 * first starts with a heading that follows a blank line at the top level, outside any fenced code block, where
 * CommonMark's block parser holds no open block. Consecutive revisions share most runs, so each is parsed once.
 * Whether a run really ends closed (no HTML left open, no fence running on) is checked on its parse
 * (`remark-chunk-check.ts`); this scan only proposes where to cut.
 */

export interface Chunk {
  /** 0-based index of the chunk's first line in the text. */
  line: number;
  text: string;
}

const BLANK = /^[ \t]*$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
// A setext heading's text line: a letter first, so it cannot open a list, quote, table, HTML or code block.
const SETEXT_TEXT = /^\p{L}[^|]*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// CommonMark's HTML blocks 1-5 run to their end marker across blank lines: after one, the rest stays one run.
const LONG_HTML = /^ {0,3}<(?:(?:script|pre|style|textarea)(?:[\s>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i;

/** The fence `line` closes, if it is a closing fence for `open` (same character, at least as long, nothing after). */
const closes = (open: string, line: string): boolean => {
  const m = FENCE.exec(line);
  return m !== null && m[1]![0] === open[0] && m[1]!.length >= open.length && BLANK.test(m[2]!);
};

/** The text cut before each top-level heading that follows a blank line; one chunk when there is nowhere to cut. */
export function splitChunks(text: string): Chunk[] {
  const lines = text.split('\n');
  const cuts: number[] = [0];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== null) {
      if (closes(fence, line)) fence = null;
      continue;
    }
    if (LONG_HTML.test(line)) break;
    const open = FENCE.exec(line);
    // A backtick fence's info string holds no backtick; otherwise the line is inline code, not a fence.
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) { fence = open[1]!; continue; }
    if (i > 0 && BLANK.test(lines[i - 1]!) && (ATX.test(line) || (SETEXT_TEXT.test(line) && SETEXT_UNDERLINE.test(lines[i + 1] ?? '')))) cuts.push(i);
  }
  return cuts.map((line, k) => ({ line, text: lines.slice(line, cuts[k + 1] ?? lines.length).join('\n') }));
}
