/** Splits bytes into lines that keep their `\n` (the last one may lack it), as views without copying. */
export function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    lines.push(bytes.subarray(start, end));
    start = end;
  }
  return lines;
}
