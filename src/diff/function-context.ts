/** The text diff -p shows after a hunk header: the last line before the hunk that starts like a definition. */

const DEFINITION = /^[A-Za-z$_]/;
const ASCII = /^[\x00-\x7f]*$/;
const TRAILING_SPACE = /[ \t\n\v\f\r]+$/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Diff's print_context_function, as bytes: at most 40 bytes of the line, trailing white space removed (a cut may split a character). */
export function contextBytes(line: string): Uint8Array<ArrayBuffer> {
  // 41 code units hold at least 40 bytes and never end inside a character that starts before byte 40.
  const bytes = encoder.encode(line.slice(0, 41)).subarray(0, 40);
  let end = bytes.length;
  while (end > 0 && [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(bytes[end - 1]!)) end--;
  return bytes.subarray(0, end);
}

/** `contextBytes` as text: a split character reads as U+FFFD (the `.diff` keeps the bytes). */
export function contextText(line: string): string {
  const head = line.slice(0, 40);
  // Forty ASCII characters are forty bytes: no need to encode.
  if (ASCII.test(head)) return head.replace(TRAILING_SPACE, '');
  return decoder.decode(contextBytes(line));
}

/** The context as diff prints it: plain text when ASCII, else the exact bytes. */
export function contextOutput(line: string): string | Uint8Array<ArrayBuffer> {
  const head = line.slice(0, 40);
  return ASCII.test(head) ? head.replace(TRAILING_SPACE, '') : contextBytes(line);
}

/** Index of the last line before `before` matching `^[[:alpha:]$_]` (C locale), or -1. */
export function findFunction(lines: readonly string[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (DEFINITION.test(lines[i]!)) return i;
  return -1;
}

/** `findFunction` for hunks in file order: like diff, a search stops where the previous one began. */
export function functionFinder(lines: readonly string[]): (before: number) => number {
  let searched = 0;
  let found = -1;
  return (before) => {
    if (before < searched) return findFunction(lines, before);
    for (let i = before - 1; i >= searched; i--)
      if (DEFINITION.test(lines[i]!)) {
        searched = before;
        return (found = i);
      }
    searched = before;
    return found;
  };
}

/** Diff -p's text for the hunk starting at line `before`, or null; `find` may be a `functionFinder`. */
export function functionContext(lines: readonly string[], before: number, find = (b: number) => findFunction(lines, b)): string | null {
  const fn = find(before);
  return fn < 0 ? null : contextText(lines[fn]!);
}
