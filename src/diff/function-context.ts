/** The text diff -p shows after a hunk header: the last line before the hunk that starts like a definition. */

const DEFINITION = /^[A-Za-z$_]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Diff's print_context_function: at most 40 bytes of the line, trailing white space removed. */
export function contextText(line: string): string {
  const bytes = encoder.encode(line).subarray(0, 40);
  let end = bytes.length;
  while (end > 0 && [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(bytes[end - 1]!)) end--;
  return decoder.decode(bytes.subarray(0, end));
}

/** Index of the last line before `before` matching `^[[:alpha:]$_]` (C locale), or -1. */
export function findFunction(lines: readonly string[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (DEFINITION.test(lines[i]!)) return i;
  return -1;
}
