/** Tells prose lines from code, headings and the rest, line by line, as markdown would read them. */

export type LineKind = 'blank' | 'prose' | 'code' | 'heading' | 'other';

export interface LineInfo {
  readonly kind: LineKind;
  /** Prose lines of one paragraph (or list item) share a number; -1 for other lines. */
  readonly paragraph: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^\s*$/;
const ATX = /^ {0,3}#{1,6}(\s|$)/;
const UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const BREAK = /^ {0,3}([-*_])( *\1){2,}\s*$/;
const OTHER = /^\s*(\||<|\[\[!)/;
const ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/;

/** True when the line starts with an ASCII letter: no pattern above can match, so it is prose (or code in a fence). */
function plain(line: string): boolean {
  const c = line.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/** Leading spaces (at most 4) and the code of the character after them (NaN at the end of the line). */
function lead(line: string): [number, number] {
  let k = 0;
  while (k < 4 && line.charCodeAt(k) === 0x20) k++;
  return [k, line.charCodeAt(k)];
}

/** ITEM, tried only when a marker or digit follows at most three spaces. */
function item(line: string): boolean {
  const [k, c] = lead(line);
  return k < 4 && (c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39)) && ITEM.test(line);
}

/** The info of every non-prose line of a kind (shared: infos are read-only). */
const OF_KIND = {
  blank: { kind: 'blank', paragraph: -1 },
  code: { kind: 'code', paragraph: -1 },
  heading: { kind: 'heading', paragraph: -1 },
  other: { kind: 'other', paragraph: -1 },
} as const satisfies Record<Exclude<LineKind, 'prose'>, LineInfo>;

/** Classifies each line; a setext underline turns the paragraph above it into a heading. */
export function classifyLines(lines: readonly string[]): LineInfo[] {
  const info: LineInfo[] = new Array<LineInfo>(lines.length);
  let fence = '';
  let paragraph: LineInfo = OF_KIND.blank;
  let count = 0;
  let prev: LineKind = 'blank';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let kind: LineKind;
    if (plain(line)) kind = fence ? 'code' : 'prose';
    else if (line === '') kind = fence ? 'code' : 'blank';
    else {
      // Each pattern is only tried when the character after the leading spaces allows it.
      const [k, c] = lead(line);
      const near = k < 4;
      const visible = c > 0x20 && c < 0x7f;
      const open = near && (c === 0x60 || c === 0x7e) ? FENCE.exec(line)?.[1] : undefined;
      if (fence) {
        kind = 'code';
        if (open && open[0] === fence[0] && open.length >= fence.length) fence = '';
      } else if (open) [kind, fence] = ['code', open];
      else if (!visible && BLANK.test(line)) kind = 'blank';
      else if ((k === 4 || line.charCodeAt(0) === 0x09) && prev !== 'prose') kind = 'code';
      else if (near && c === 0x23 && ATX.test(line)) kind = 'heading';
      else if (near && (c === 0x3d || c === 0x2d) && prev === 'prose' && UNDERLINE.test(line)) {
        kind = 'heading';
        for (let j = i - 1; j >= 0 && info[j] === paragraph; j--) info[j] = OF_KIND.heading;
      } else if (near && (c === 0x2d || c === 0x2a || c === 0x5f) && BREAK.test(line)) kind = 'other';
      else if ((!visible || c === 0x7c || c === 0x3c || c === 0x5b) && OTHER.test(line)) kind = 'other';
      else kind = 'prose';
    }
    if (kind === 'prose' && (prev !== 'prose' || (!plain(line) && item(line)))) paragraph = { kind, paragraph: count++ };
    info[i] = kind === 'prose' ? paragraph : OF_KIND[kind];
    prev = kind;
  }
  return info;
}
