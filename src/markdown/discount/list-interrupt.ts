/**
 * Discount (ikiwiki's markdown) starts a list only after a blank line or another item: a hard-wrapped
 * paragraph line that begins with `* ` or `8. ` stays text, where CommonMark would start a list. Such a
 * marker is escaped (`\*`, `8\.`), which renders as written; items inside lists are left alone.
 */
import { ATX_HEADING, BLANK, INDENTED, LIST_MARKER, mapProseLines, THEMATIC_BREAK } from './block-lines.ts';

// A line indented at least as far as the shortest item content goes on that item.
const ITEM_CONTENT = /^( {2,}|\t)/;

type State = 'none' | 'paragraph' | 'list';

export function keepListMarkersInParagraphs(text: string): string {
  if (!/\n {0,3}([*+-]|\d{1,9}[.)]) /.test(text)) return text;
  let state: State = 'none';
  let blankBefore = true;
  return mapProseLines(text, (line) => {
    const blank = BLANK.test(line);
    const wasBlank = blankBefore;
    blankBefore = blank;
    if (blank) {
      if (state === 'paragraph') state = 'none';
      return line;
    }
    const marker = LIST_MARKER.exec(line);
    if (marker && !THEMATIC_BREAK.test(line)) {
      if (state === 'paragraph') return `${marker[1]}${escapeMarker(marker[2]!)}${line.slice(marker[1]!.length + marker[2]!.length)}`;
      state = 'list';
      return line;
    }
    if (state === 'list' && (!wasBlank || ITEM_CONTENT.test(line))) return line;
    if (ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || (wasBlank && INDENTED.test(line))) state = 'none';
    else state = 'paragraph';
    return line;
  });
}

const escapeMarker = (marker: string): string => (/^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`);
