/** Tells prose lines from code, headings and the rest, line by line, as markdown would read them. */

export type LineKind = 'blank' | 'prose' | 'code' | 'heading' | 'other';

export interface LineInfo {
  kind: LineKind;
  /** Prose lines of one paragraph (or list item) share a number; -1 for other lines. */
  paragraph: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^\s*$/;
const INDENTED = /^( {4}|\t)/;
const ATX = /^ {0,3}#{1,6}(\s|$)/;
const UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const BREAK = /^ {0,3}([-*_])( *\1){2,}\s*$/;
const OTHER = /^\s*(\||<|\[\[!)/;
const ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/;

/** Classifies each line; a setext underline turns the paragraph above it into a heading. */
export function classifyLines(lines: readonly string[]): LineInfo[] {
  const info: LineInfo[] = [];
  let fence = '';
  let paragraph = -1;
  let count = 0;
  for (const line of lines) {
    const prev = info[info.length - 1]?.kind ?? 'blank';
    const open = FENCE.exec(line)?.[1];
    let kind: LineKind;
    if (fence) {
      kind = 'code';
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = '';
    } else if (open) [kind, fence] = ['code', open];
    else if (BLANK.test(line)) kind = 'blank';
    else if (INDENTED.test(line) && prev !== 'prose') kind = 'code';
    else if (ATX.test(line)) kind = 'heading';
    else if (UNDERLINE.test(line) && prev === 'prose') {
      kind = 'heading';
      for (let k = info.length - 1; k >= 0 && info[k]!.paragraph === paragraph; k--) info[k] = { kind, paragraph: -1 };
    } else if (BREAK.test(line) || OTHER.test(line)) kind = 'other';
    else kind = 'prose';
    if (kind === 'prose' && (prev !== 'prose' || ITEM.test(line))) paragraph = count++;
    info.push({ kind, paragraph: kind === 'prose' ? paragraph : -1 });
  }
  return info;
}
