/** The one error an RCS file can raise: names the file, the line:column and what was expected. */

/** Line and column (1-based; the column counts bytes, as RCS files are bytes) of a byte offset. */
export function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export class RcsFormatError extends Error {
  readonly file: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** The message without its `file:line:column: ` prefix. */
  readonly problem: string;

  constructor(file: string, bytes: Uint8Array, offset: number, message: string) {
    const { line, column } = lineColumn(bytes, offset);
    super(`${file}:${line}:${column}: ${message}`);
    this.problem = message;
    this.name = 'RcsFormatError';
    this.file = file;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}
