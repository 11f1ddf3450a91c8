/**
 * Markdown.pl and Discount accept white space between a reference link's brackets: `[text] [id]`
 * (and so read `[this] [that]` as one link when `that` is defined). CommonMark doesn't; the space
 * is dropped where the second label is a defined reference or empty, so the link parses as ikiwiki's.
 */
import { INDENTED, mapProseLines } from './block-lines.ts';

const DEFINITION = /^ {0,3}\[([^\]]+)\]:/gm;
const SPACED = /(\[[^\]\n]*\])[ ]+(\[([^\]\n]*)\])/g;

const normalize = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

export function joinSpacedReferences(text: string): string {
  if (!/\] +\[/.test(text)) return text;
  const labels = new Set([...text.matchAll(DEFINITION)].map((m) => normalize(m[1]!)));
  if (labels.size === 0) return text;
  return mapProseLines(text, (line) => {
    if (INDENTED.test(line) || !line.includes('] [')) return line;
    return line.replace(SPACED, (all, first: string, second: string, label: string) => {
      const id = label === '' ? first.slice(1, -1) : label;
      return labels.has(normalize(id)) ? `${first}${second}` : all;
    });
  });
}
